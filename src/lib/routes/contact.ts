/** What a contact point's page (/anlaufstellen/<slug>/) and the contact points index show. */
import { originOf, ref } from '../directory/references.ts';
import { contactsForTown, isDistrict, offersAtContact, practicesFor, townsInOrder } from '../directory/relations.ts';
import type { ContactEntry, Directory, TownEntry } from '../directory/types.ts';
import { contactJsonLd } from '../jsonld.ts';
import { needsTownList, TOWN_PREVIEW } from '../town-lists.ts';
import { entryUrl, mapTownUrl, townListUrl } from '../urls.ts';
import { absolute, contactCard, contactRoute, entryCrumbs, linkedOrganisation, linkTo, placeOf, practiceCards, provenanceOf, sectionCrumb, townLinks } from './common.ts';
import type { Card, ContactRouteData, Link, EntryPage, PageHead } from './common.ts';
import { indexMetaOf, type IndexMetaData } from './index-meta.ts';

export interface ContactPage extends EntryPage {
  search: IndexMetaData;
  kind: string;
  /** "im" for the district, "in" for a town. */
  townPreposition: 'im' | 'in';
  town: Link;
  organisation: Link & { website?: string | undefined };
  responsible: Link[];
  /** What the source does not give: "keine Telefonnummer", "keine Anschrift", both, or nothing. */
  missing: string | undefined;
  /** The map, opened on the contact point's town (when it has coordinates). */
  mapUrl: string;
  offers: Card[];
  practices: Card[];
  /** Shown when the contact point has no phone number. */
  route: ContactRouteData | undefined;
}

/** "keine Telefonnummer und keine Anschrift", "keine Telefonnummer", "keine Anschrift" or undefined. */
export function missingText(c: { phones: readonly unknown[]; address?: unknown }): string | undefined {
  const noPhone = c.phones.length === 0;
  if (noPhone && !c.address) return 'keine Telefonnummer und keine Anschrift';
  if (noPhone) return 'keine Telefonnummer';
  if (!c.address) return 'keine Anschrift';
  return undefined;
}

export function contactPage(dir: Directory, entry: ContactEntry): ContactPage {
  const c = entry.data;
  const from = originOf('contacts', entry.id);
  const kind = ref(dir, 'contactKinds', c.kind, from('kind'));
  const org = ref(dir, 'organisations', c.organisation, from('organisation'));
  const town = ref(dir, 'towns', c.town, from('town'));
  const offers = offersAtContact(dir, entry.id);
  const jsonLd = contactJsonLd(c, { url: absolute(entryUrl('contacts', entry.id)), office: kind.data.office, organisation: linkedOrganisation(org), town: placeOf(town) });
  return {
    head: { title: c.name, description: c.summary, breadcrumbs: entryCrumbs('contacts', entry.id, c.name), jsonLd },
    search: indexMetaOf(dir, entry),
    kind: kind.data.label,
    townPreposition: isDistrict(town) ? 'im' : 'in',
    town: linkTo('towns', town),
    organisation: { ...linkTo('organisations', org), website: org.data.website },
    responsible: townLinks(dir, c.responsibleFor, from('responsibleFor')),
    missing: missingText(c),
    mapUrl: mapTownUrl(town.id),
    offers: offers.map((o) => ({ href: entryUrl('offers', o.id), title: o.data.title, summary: o.data.summary, scope: o.data.area })),
    practices: practiceCards(practicesFor(dir, 'contacts', entry.id)),
    route: c.phones.length === 0 ? contactRoute(dir, [c.town, ...c.responsibleFor], [...new Set([...offers.flatMap((o) => o.data.topics), c.kind])], entry.id) : undefined,
    provenance: provenanceOf(dir, 'contacts', entry, c.name),
  };
}

/** One town of the contact points index. */
export interface ContactGroup {
  id: string;
  town: TownEntry;
  heading: string;
  tocLabel: string;
  count: number;
  shown: (Card & { entry: ContactEntry })[];
  more?: { href: string; count: number } | undefined;
}

/** The contact points index (/anlaufstellen/): contact points by town, towns without their own. */
export function contactsIndexPage(dir: Directory): { head: PageHead; total: number; groups: ContactGroup[]; withoutOwn: Link[] } {
  const contacts = [...dir.contacts.values()];
  const townName = (id: string) => ref(dir, 'towns', id).data.name;
  const card = (c: ContactEntry) => {
    const r = c.data.responsibleFor;
    const onlyOwn = r.length === 1 && r[0] === c.data.town;
    return { ...contactCard(dir, c), place: r.length > 0 && !onlyOwn ? `zuständig für ${r.map(townName).join(', ')}` : undefined, entry: c };
  };
  const groups = townsInOrder(dir).flatMap((town): ContactGroup[] => {
    const here = contacts.filter((c) => c.data.town === town.id);
    if (here.length === 0) return [];
    // A town with more contact points than a town page shows: its first ones here, then a link to its own list pages.
    const all = contactsForTown(dir, town.id).filter((c) => c.contact.id !== town.data.jugendamt).length;
    const preview = needsTownList(all);
    return [
      {
        id: `ort-${town.id}`,
        town,
        heading: isDistrict(town) ? 'Stellen des Kreises und kreisweite Stellen' : town.data.name,
        tocLabel: isDistrict(town) ? 'Kreisweit' : town.data.name,
        count: here.length,
        shown: (preview ? here.slice(0, TOWN_PREVIEW) : here).map(card),
        more: preview ? { href: townListUrl(town.id, 'anlaufstellen'), count: all } : undefined,
      },
    ];
  });
  // Towns without a contact point of their own: say who is responsible.
  const withoutOwn = townsInOrder(dir)
    .filter((t) => !isDistrict(t) && !contacts.some((c) => c.data.town === t.id))
    .map((t) => linkTo('towns', t));
  return {
    head: {
      title: 'Anlaufstellen',
      description: `${contacts.length} Anlaufstellen für Familien im Kreis Unna: Jugendämter, Familienbüros, Beratungsstellen und Kliniken, nach Ort geordnet.`,
      breadcrumbs: [sectionCrumb('contacts')],
    },
    total: contacts.length,
    groups,
    withoutOwn,
  };
}
