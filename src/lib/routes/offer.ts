/** What an offer's page (/angebote/<slug>/) and the offers index show. */
import type { Address } from '../../schemas/geo.ts';
import type { Offer } from '../../schemas/index.ts';
import type { Scope } from '../area.ts';
import { originOf, ref } from '../directory/references.ts';
import { areaText, districtOf, offersByPlace, offersForTown, practicesFor } from '../directory/relations.ts';
import type { ContactEntry, Directory, OfferEntry } from '../directory/types.ts';
import { formatAgeRange } from '../format.ts';
import { offerJsonLd } from '../jsonld.ts';
import { needsTownList, TOWN_PREVIEW } from '../town-lists.ts';
import { entryUrl, townListUrl } from '../urls.ts';
import { absolute, contactCard, contactRoute, entryCrumbs, linkedOrganisation, linkTo, placeOf, practiceCards, sectionCrumb, provenanceOf, termLinks, townLinks } from './common.ts';
import type { Card, ContactRouteData, Link, EntryPage, PageHead, TermLink } from './common.ts';
import { indexMetaOf, type IndexMetaData } from './index-meta.ts';

type Channel = Offer['channels'][number];

export interface OfferPage extends EntryPage {
  search: IndexMetaData;
  scope: Scope;
  /** "0 bis 3 Jahre", when the source gives an age range. */
  age: string | undefined;
  phoneChannels: Channel[];
  otherChannels: (Channel & { kindLabel: string })[];
  /** Reachable directly: a channel, an email or website of the offer, or a contact point with phone, address or website. */
  reachable: boolean;
  /** Where the offer is given: contact points as cards with address and first phone. */
  contacts: (Card & { address: Address | undefined; phone: { number: string; label?: string | undefined } | undefined })[];
  provider: Link & { website?: string | undefined };
  partners: Link[];
  /** The towns as links (area "town"), else the area in words. */
  area: Link[] | string;
  topics: TermLink[];
  audiences: TermLink[];
  lifePhases: TermLink[];
  access: TermLink[];
  practices: Card[];
  /** Shown when neither the offer nor its contact points give a phone number. */
  route: ContactRouteData | undefined;
}

/** German names of channel kinds. */
export const CHANNEL_KIND = { phone: 'Telefon', chat: 'Chat', email: 'E-Mail', web: 'Internet' } as const;

/**
 * How to reach someone for an offer, in every language: its contact points, and — when neither
 * the offer nor its contact points give a phone number — the route the page shows instead (the
 * Jugendamt of its towns, the hotlines of its topics).
 */
export function offerReach(dir: Directory, entry: OfferEntry): { contacts: ContactEntry[]; route: ContactRouteData | undefined } {
  const o = entry.data;
  const from = originOf('offers', entry.id);
  const contacts = o.contacts.map((c) => ref(dir, 'contacts', c, from('contacts')));
  const hasPhone = o.channels.some((c) => c.kind === 'phone' && c.phone) || contacts.some((c) => c.data.phones.length > 0);
  return { contacts, route: hasPhone ? undefined : contactRoute(dir, o.area === 'town' ? o.towns : [], o.topics) };
}

export function offerPage(dir: Directory, entry: OfferEntry): OfferPage {
  const o = entry.data;
  const from = originOf('offers', entry.id);
  const org = ref(dir, 'organisations', o.organisation, from('organisation'));
  const partners = o.partners.map((p) => ref(dir, 'organisations', p, from('partners')));
  const { contacts, route } = offerReach(dir, entry);
  const towns = o.towns.map((t) => ref(dir, 'towns', t, from('towns')));
  const district = districtOf(dir);
  const phoneChannels = o.channels.filter((c) => c.kind === 'phone');
  const reachable =
    o.channels.length > 0 || !!o.email || !!o.website || contacts.some((c) => c.data.phones.length > 0 || !!c.data.address || !!c.data.website);
  const topics = termLinks(dir, 'topics', o.topics, from('topics'));
  const audiences = termLinks(dir, 'audiences', o.audiences, from('audiences'));
  const jsonLd = offerJsonLd(o, {
    url: absolute(entryUrl('offers', entry.id)),
    provider: linkedOrganisation(org),
    partners: partners.map(linkedOrganisation),
    towns: towns.map(placeOf),
    district: district ? placeOf(district) : undefined,
    audiences: audiences.map((a) => a.label),
    topics: topics.map((t) => t.label),
    locations: contacts.map((c) => ({
      name: c.data.name,
      url: absolute(entryUrl('contacts', c.id)),
      address: c.data.address,
      geo: c.data.geo,
      phone: c.data.phones[0]?.number,
    })),
  });
  return {
    head: { title: o.title, description: o.summary, breadcrumbs: entryCrumbs('offers', entry.id, o.title), jsonLd },
    search: indexMetaOf(dir, entry),
    scope: o.area,
    age: formatAgeRange(o.ageRange),
    phoneChannels,
    otherChannels: o.channels.filter((c) => c.kind !== 'phone').map((c) => ({ ...c, kindLabel: c.label ?? CHANNEL_KIND[c.kind] })),
    reachable,
    contacts: contacts.map((c) => ({ ...contactCard(dir, c), summary: undefined, address: c.data.address, phone: c.data.phones[0] })),
    provider: { ...linkTo('organisations', org), website: org.data.website },
    partners: partners.map((p) => linkTo('organisations', p)),
    area: o.area === 'town' ? townLinks(dir, o.towns, from('towns')) : areaText(dir, o, from('towns')),
    topics,
    audiences,
    lifePhases: termLinks(dir, 'lifePhases', o.lifePhases, from('lifePhases')),
    access: termLinks(dir, 'accessModes', o.access, from('access')),
    practices: practiceCards(practicesFor(dir, 'offers', entry.id)),
    route,
    provenance: provenanceOf(dir, 'offers', entry, o.title),
  };
}

/** Card of an offer in a list: provider as kind, "beendet" as badge; `entry` for extras such as the hours. */
export interface OfferCard extends Card {
  badges: { label: string; variant: 'ended' }[];
  entry: OfferEntry;
}

export function offerCard(dir: Directory, o: OfferEntry, place?: string): OfferCard {
  return {
    href: entryUrl('offers', o.id),
    title: o.data.title,
    kind: ref(dir, 'organisations', o.data.organisation, { collection: 'offers', id: o.id, field: 'organisation' }).data.name,
    place,
    summary: o.data.summary,
    badges: o.data.status === 'ended' ? [{ label: 'beendet', variant: 'ended' }] : [],
    entry: o,
  };
}

/** One group of an offer list: anchor, heading, cards, and for a big town the link to its complete list. */
export interface OfferGroup {
  id: string;
  name: string;
  cards: OfferCard[];
  /** Offers in this group (the cards may show only the first ones). */
  count: number;
  more?: { href: string; count: number } | undefined;
}

/** The groups of an offer list (offers index, topic page). */
export interface OfferGroups {
  district: OfferCard[];
  several: OfferCard[];
  byTown: OfferGroup[];
  nationwide: OfferCard[];
}

/**
 * Offers for several towns are listed once ("In mehreren Orten", with the
 * towns in words), offers for one town under that town. With `previewTowns`,
 * a town with more offers than a town page shows lists its first ones and
 * links to its own list pages.
 */
export function offerGroups(dir: Directory, offers: readonly OfferEntry[], options: { previewTowns?: boolean } = {}): OfferGroups {
  const g = offersByPlace(dir, offers);
  const cards = (list: readonly OfferEntry[]) => list.map((o) => offerCard(dir, o));
  return {
    district: cards(g.district),
    several: g.several.map((o) => offerCard(dir, o, areaText(dir, o.data))),
    byTown: g.byTown.map(({ town, offers: list }) => {
      const all = options.previewTowns ? offersForTown(dir, town).filter((s) => s.scope === 'town').length : 0;
      const preview = needsTownList(all);
      return {
        id: `ort-${town.id}`,
        name: town.data.name,
        count: list.length,
        cards: cards(preview ? list.slice(0, TOWN_PREVIEW) : list),
        more: preview ? { href: townListUrl(town.id, 'angebote'), count: all } : undefined,
      };
    }),
    nationwide: cards(g.nationwide),
  };
}

/** The offers index (/angebote/). */
export function offersIndexPage(dir: Directory): { head: PageHead; total: number; groups: OfferGroups } {
  const total = dir.offers.size;
  return {
    head: {
      title: 'Angebote',
      description: `Alle ${total} Angebote für Familien im Kreis Unna: Beratung, Hilfen und Programme, nach Ort geordnet.`,
      breadcrumbs: [sectionCrumb('offers')],
    },
    total,
    groups: offerGroups(dir, [...dir.offers.values()], { previewTowns: true }),
  };
}
