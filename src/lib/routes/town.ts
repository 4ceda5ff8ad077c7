/**
 * Route data of a town page (/orte/<town>/ and its language versions): the
 * responsible youth office, contact points, offers and networks by scope,
 * practice examples, the prevention chain, the map places, JSON-LD and
 * breadcrumbs. Pure functions of a loaded `Directory`.
 */
import { pdfGuidesPlanned } from '../chain/pdf.ts';
import {
  contactsForTown,
  districtOf,
  isDistrict,
  networksForTown,
  offersForTown,
  practicesForTown,
  ref,
  townsInOrder,
  type ContactEntry,
  type Directory,
  type NetworkEntry,
  type OfferEntry,
  type PracticeEntry,
  type Scoped,
  type TownEntry,
} from '../entries.ts';
import { townJsonLd, type Crumb, type JsonLd } from '../jsonld.ts';
import { placesOfTown } from '../map/directory.ts';
import type { MapPlace } from '../map/places.ts';
import { needsTownList, TOWN_PREVIEW } from '../town-lists.ts';
import type { Card } from './common.ts';
import { absoluteUrl, entryUrl, guidePdfUrl, guideUrl, mapTownUrl, PAGES, townListUrl } from '../urls.ts';
import { townChain, type TownChain } from './life-phase.ts';

/** One card in a list of the town page: an entry card with a phone and a regional mark. */
export interface TownCard extends Omit<Card, 'scope'> {
  /** First phone number of a contact point, or the hotline of a nationwide offer. */
  phone?: { number: string; label?: string | undefined } | undefined;
  /** "regional" for items reaching beyond the district. */
  regional?: boolean;
}

/** The facts every language version of a town page shares. */
export interface TownBasics {
  town: TownEntry;
  district: boolean;
  path: string;
  jugendamt: ContactEntry;
  /** The youth office sits in another town (the town has none of its own). */
  jugendamtElsewhere: boolean;
  /** Names of the towns the youth office is responsible for, when more than this one. */
  jugendamtTowns: string[];
  /** Contact points in or responsible for the town, without the youth office. */
  contacts: { contact: ContactEntry; responsibleOnly: boolean }[];
  offers: Scoped<OfferEntry>[];
  /** The other towns and the district, towns first. */
  otherTowns: TownEntry[];
}

/** The phone of a nationwide offer (its first phone channel). */
export function offerPhone(offer: OfferEntry): string | undefined {
  return offer.data.channels.find((c) => c.kind === 'phone' && c.phone)?.phone;
}

/** What every language version of the town page shows. */
export function townBasics(dir: Directory, town: TownEntry): TownBasics {
  const district = isDistrict(town);
  const jugendamt = ref(dir, 'contacts', town.data.jugendamt, { collection: 'towns', id: town.id, field: 'jugendamt' });
  const jugendamtTowns = jugendamt.data.responsibleFor.length > 1 ? jugendamt.data.responsibleFor.map((id) => ref(dir, 'towns', id).data.name) : [];
  return {
    town,
    district,
    path: entryUrl('towns', town.id),
    jugendamt,
    jugendamtElsewhere: jugendamt.data.town !== town.id && !district,
    jugendamtTowns,
    contacts: contactsForTown(dir, town.id).filter((c) => c.contact.id !== jugendamt.id),
    offers: offersForTown(dir, town),
    otherTowns: townsInOrder(dir).filter((x) => x.id !== town.id),
  };
}

export interface TownPage extends TownBasics {
  title: string;
  heading: string;
  description: string;
  kindLabel: string;
  /** "in Selm" or "im Kreis Unna". */
  inTown: string;
  breadcrumbs: Crumb[];
  jsonLd: JsonLd;
  actions: { guide: string; guidePdf?: string | undefined; map: string; quickHelp: string };
  toc: { href: string; label: string }[];
  contactCards: { local: TownCard[]; responsible: TownCard[]; more?: { href: string; label: string } | undefined };
  offerCards: { heading: string; local: TownCard[]; district: TownCard[]; nationwide: TownCard[]; more?: { href: string; label: string } | undefined };
  networkCards: { local: TownCard[]; wide: TownCard[] };
  practices: PracticeEntry[];
  chain: TownChain;
  places: MapPlace[];
}

const kindLabels = { kreis: 'Kreis', stadt: 'Stadt im Kreis Unna', gemeinde: 'Gemeinde im Kreis Unna' } as const;

/** The German town page. `site` is the origin for JSON-LD URLs. */
export function townPage(dir: Directory, town: TownEntry, site: string, opts: { pdf?: boolean } = {}): TownPage {
  const basics = townBasics(dir, town);
  const { district, path, contacts, offers } = basics;
  const t = town.data;
  const inTown = district ? 'im Kreis Unna' : `in ${t.name}`;
  const label = (vocab: 'contactKinds' | 'networkKinds', id: string) => ref(dir, vocab, id).data.label;
  const org = (id: string) => ref(dir, 'organisations', id).data.name;
  const contactCard = (c: ContactEntry, place?: string): TownCard => ({
    href: entryUrl('contacts', c.id),
    title: c.data.name,
    kind: label('contactKinds', c.data.kind),
    place,
    summary: c.data.summary,
    phone: c.data.phones[0],
  });
  const networkCard = ({ item, scope }: Scoped<NetworkEntry>): TownCard => ({
    href: entryUrl('networks', item.id),
    title: item.data.name,
    kind: label('networkKinds', item.data.kind),
    regional: scope === 'region',
  });

  // A long list shows its first TOWN_PREVIEW entries here and links to its own pages (src/lib/town-lists.ts).
  const localContacts = contacts.filter((c) => !c.responsibleOnly).map((c) => c.contact);
  const shownLocal = localContacts.slice(0, TOWN_PREVIEW);
  const responsible = contacts
    .filter((c) => c.responsibleOnly)
    .map((c) => c.contact)
    .slice(0, Math.max(0, TOWN_PREVIEW - shownLocal.length));
  const localOffers = offers.filter((o) => o.scope === 'town');
  const localWhere = district ? 'für den Kreis' : `vor Ort in ${t.name}`;
  const networks = networksForTown(dir, town);
  const practices = practicesForTown(dir, town);
  const districtEntry = districtOf(dir);

  const toc = [
    { href: '#jugendamt', label: 'Jugendamt' },
    { href: '#praeventionskette', label: 'Präventionskette' },
    ...(contacts.length > 0 ? [{ href: '#anlaufstellen', label: `Anlaufstellen (${contacts.length})` }] : []),
    ...(offers.length > 0 ? [{ href: '#angebote', label: `Angebote (${offers.length})` }] : []),
    ...(networks.length > 0 ? [{ href: '#netzwerke', label: `Netzwerke (${networks.length})` }] : []),
    ...(practices.length > 0 ? [{ href: '#praxis', label: `Praxisbeispiele (${practices.length})` }] : []),
    { href: '#ueber', label: `Über ${t.name}` },
  ];

  return {
    ...basics,
    otherTowns: district ? basics.otherTowns : [],
    title: `${t.name}: Hilfe für Familien`,
    heading: district ? 'Hilfe für Familien im ganzen Kreis Unna' : `Hilfe für Familien in ${t.name}`,
    description: t.summary ?? `Hilfe und Beratung für Familien ${inTown}: Jugendamt, Anlaufstellen, Angebote und Netzwerke.`,
    kindLabel: kindLabels[t.kind],
    inTown,
    breadcrumbs: [
      { name: 'Orte', path: PAGES.towns },
      { name: t.name, path },
    ],
    jsonLd: townJsonLd(t, {
      url: absoluteUrl(site, path),
      district: districtEntry ? { name: districtEntry.data.name, url: absoluteUrl(site, entryUrl('towns', districtEntry.id)), kind: districtEntry.data.kind } : undefined,
    }),
    actions: { guide: guideUrl(town.id), guidePdf: (opts.pdf ?? pdfGuidesPlanned()) ? guidePdfUrl(town.id) : undefined, map: mapTownUrl(town.id), quickHelp: PAGES.quickHelp },
    toc,
    contactCards: {
      local: shownLocal.map((c) => contactCard(c)),
      responsible: responsible.map((c) => contactCard(c, `Sitz: ${ref(dir, 'towns', c.data.town).data.name}`)),
      more: needsTownList(contacts.length) ? { href: townListUrl(town.id, 'anlaufstellen'), label: `Alle ${contacts.length} Anlaufstellen ${inTown}` } : undefined,
    },
    offerCards: {
      heading: district ? 'Für den Kreis' : `Vor Ort in ${t.name}`,
      local: localOffers.slice(0, TOWN_PREVIEW).map(({ item }) => ({ href: entryUrl('offers', item.id), title: item.data.title, kind: org(item.data.organisation), summary: item.data.summary })),
      district: offers
        .filter((o) => o.scope === 'district' || o.scope === 'region')
        .map(({ item, scope }) => ({ href: entryUrl('offers', item.id), title: item.data.title, kind: org(item.data.organisation), regional: scope === 'region' })),
      nationwide: offers.filter((o) => o.scope === 'nationwide').map(({ item }) => ({ href: entryUrl('offers', item.id), title: item.data.title, phone: phoneOf(item) })),
      more: needsTownList(localOffers.length) ? { href: townListUrl(town.id, 'angebote'), label: `Alle ${localOffers.length} Angebote ${localWhere}` } : undefined,
    },
    networkCards: { local: networks.filter((n) => n.scope === 'town').map(networkCard), wide: networks.filter((n) => n.scope !== 'town').map(networkCard) },
    practices,
    chain: townChain(dir, town),
    places: placesOfTown(dir, town.id),
  };
}

function phoneOf(offer: OfferEntry): TownCard['phone'] {
  const number = offerPhone(offer);
  return number ? { number } : undefined;
}

/** The paths of every town page. */
export function townPaths(dir: Directory): { params: { town: string }; props: { entry: TownEntry } }[] {
  return [...dir.towns.values()].map((entry) => ({ params: { town: entry.id }, props: { entry } }));
}
