/**
 * Relations between entries, pure: each function takes a loaded `Directory`
 * (see load.ts) and answers one question a page asks — offers at a contact
 * point, networks of an organisation, everything for a town, every entry taken
 * from a source. Tests build a Directory from schema-checked fixtures; nothing
 * here needs Astro.
 */
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../schemas/index.ts';
import { SCOPE_ORDER, areaText as areaInWords, isDistrictTown, scopeFor, type AreaServed, type Scope } from '../area.ts';
import { collator } from '../format.ts';
import { groupAt, groupByKeys, memoPerObject } from '../index-by.ts';
import { entryUrl } from '../urls.ts';
import { ref } from './references.ts';
import type { ContactEntry, Directory, NetworkEntry, OfferEntry, OrganisationEntry, PracticeEntry, RefOrigin, TownEntry } from './types.ts';

/** Display title of any entry: `title` for offers, practices and sources, `name` for the rest. */
export function entryTitle(entry: { data: unknown }): string {
  const d = entry.data as { title?: string; name?: string };
  return d.title ?? d.name ?? '';
}

/** True when an entry has a Markdown body worth rendering. */
export function hasBody(entry: { body?: string | undefined }): boolean {
  return (entry.body ?? '').trim().length > 0;
}

const values = <T>(m: Map<string, T>): T[] => [...m.values()];

// Each relation is indexed once per loaded directory (see index-by.ts): a
// detail page looks its related entries up instead of filtering the whole
// collection, which would make the build quadratic in the number of entries.
// Groups keep the directory's order (by title).

const offersByContact = memoPerObject((dir: Directory) => groupByKeys(dir.offers.values(), (o) => o.data.contacts ?? []));
const contactsByOrganisation = memoPerObject((dir: Directory) => groupByKeys(dir.contacts.values(), (c) => [c.data.organisation]));
const offersByOrganisation = memoPerObject((dir: Directory) =>
  groupByKeys(dir.offers.values(), (o) => [o.data.organisation, ...(o.data.partners ?? [])]),
);
const networksByOrganisation = memoPerObject((dir: Directory) =>
  groupByKeys(dir.networks.values(), (n) => [n.data.coordinator?.organisation, ...(n.data.members ?? []).map((m) => m.organisation)]),
);
const childrenByOrganisation = memoPerObject((dir: Directory) => groupByKeys(dir.organisations.values(), (o) => [o.data.parent]));
const practicesByOffer = memoPerObject((dir: Directory) => groupByKeys(dir.practices.values(), (p) => p.data.offers ?? []));
const practicesByNetwork = memoPerObject((dir: Directory) => groupByKeys(dir.practices.values(), (p) => p.data.networks ?? []));
const practicesByOrganisation = memoPerObject((dir: Directory) =>
  groupByKeys(dir.practices.values(), (p) => [...(p.data.organisations ?? []), ...(p.data.askOrganisations ?? [])]),
);
const practicesByContact = memoPerObject((dir: Directory) => groupByKeys(dir.practices.values(), (p) => p.data.askContacts ?? []));
const offersByTopic = memoPerObject((dir: Directory) => groupByKeys(dir.offers.values(), (o) => o.data.topics));
const networksByTopic = memoPerObject((dir: Directory) => groupByKeys(dir.networks.values(), (n) => n.data.topics));
const practicesByTopic = memoPerObject((dir: Directory) => groupByKeys(dir.practices.values(), (p) => p.data.topics));

/** Offers given at a contact point. */
export function offersAtContact(dir: Directory, contactId: string): OfferEntry[] {
  return groupAt(offersByContact(dir), contactId);
}

/** Contact points run by an organisation. */
export function contactsOfOrganisation(dir: Directory, orgId: string): ContactEntry[] {
  return groupAt(contactsByOrganisation(dir), orgId);
}

/** Offers an organisation provides or takes part in as a partner. */
export function offersOfOrganisation(dir: Directory, orgId: string): { offer: OfferEntry; role: 'provider' | 'partner' }[] {
  return groupAt(offersByOrganisation(dir), orgId).map((offer) => ({
    offer,
    role: offer.data.organisation === orgId ? ('provider' as const) : ('partner' as const),
  }));
}

/** Networks an organisation coordinates or belongs to. */
export function networksOfOrganisation(dir: Directory, orgId: string): { network: NetworkEntry; role: 'coordinator' | 'member' }[] {
  return groupAt(networksByOrganisation(dir), orgId).map((network) => ({
    network,
    role: network.data.coordinator?.organisation === orgId ? ('coordinator' as const) : ('member' as const),
  }));
}

/** Organisations whose parent is `orgId`. */
export function childOrganisations(dir: Directory, orgId: string): OrganisationEntry[] {
  return groupAt(childrenByOrganisation(dir), orgId);
}

/** Practice examples that name an offer, network, organisation or contact point. */
export function practicesFor(dir: Directory, kind: 'offers' | 'networks' | 'organisations' | 'contacts', id: string): PracticeEntry[] {
  if (kind === 'offers') return groupAt(practicesByOffer(dir), id);
  if (kind === 'networks') return groupAt(practicesByNetwork(dir), id);
  if (kind === 'organisations') return groupAt(practicesByOrganisation(dir), id);
  return groupAt(practicesByContact(dir), id);
}

/** Contact points located in a town or responsible for it. */
export function contactsForTown(dir: Directory, townId: string): { contact: ContactEntry; responsibleOnly: boolean }[] {
  return values(dir.contacts)
    .filter((c) => c.data.town === townId || c.data.responsibleFor.includes(townId))
    .map((contact) => ({ contact, responsibleOnly: contact.data.town !== townId }));
}

export interface Scoped<T> {
  item: T;
  scope: Scope;
}

function byScopeThenTitle<T extends { data: unknown }>(a: Scoped<T>, b: Scoped<T>): number {
  return SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || collator.compare(entryTitle(a.item), entryTitle(b.item));
}

/** Whether a town entry is the district itself. */
export function isDistrict(town: TownEntry): boolean {
  return isDistrictTown(town.data);
}

/**
 * Offers available in a town: local ones first, then district-wide and nationwide.
 * For the district entry: offers for the whole district, offers naming the district, and nationwide ones.
 */
export function offersForTown(dir: Directory, town: TownEntry): Scoped<OfferEntry>[] {
  const out: Scoped<OfferEntry>[] = [];
  for (const o of values(dir.offers)) {
    const scope = scopeFor(o.data, town.id);
    if (scope) out.push({ item: o, scope });
  }
  return out.sort(byScopeThenTitle);
}

/** Networks covering a town, local first; for the district: district-wide and regional ones. */
export function networksForTown(dir: Directory, town: TownEntry): Scoped<NetworkEntry>[] {
  const out: Scoped<NetworkEntry>[] = [];
  for (const n of values(dir.networks)) {
    const scope = scopeFor(n.data, town.id);
    if (scope) out.push({ item: n, scope });
  }
  return out.sort(byScopeThenTitle);
}

/** Practice examples from a town (for the district: those naming the district or no town). */
export function practicesForTown(dir: Directory, town: TownEntry): PracticeEntry[] {
  return values(dir.practices).filter((p) => p.data.towns.includes(town.id) || (isDistrict(town) && p.data.towns.length === 0));
}

/** Offers with a topic. */
export function offersForTopic(dir: Directory, topicId: string): OfferEntry[] {
  return groupAt(offersByTopic(dir), topicId);
}

/** Networks with a topic. */
export function networksForTopic(dir: Directory, topicId: string): NetworkEntry[] {
  return groupAt(networksByTopic(dir), topicId);
}

/** Practice examples with a topic. */
export function practicesForTopic(dir: Directory, topicId: string): PracticeEntry[] {
  return groupAt(practicesByTopic(dir), topicId);
}

/** Offers sorted into the groups of a list page: district-wide, several towns, one town (in town order), nationwide. */
export interface OffersByPlace {
  district: OfferEntry[];
  several: OfferEntry[];
  byTown: { town: TownEntry; offers: OfferEntry[] }[];
  nationwide: OfferEntry[];
}

/** Offers for several towns are listed once ("In mehreren Orten"), offers for one town under that town. */
export function offersByPlace(dir: Directory, offers: readonly OfferEntry[]): OffersByPlace {
  const single = groupByKeys(
    offers.filter((o) => o.data.area === 'town' && o.data.towns.length === 1),
    (o) => o.data.towns,
  );
  return {
    district: offers.filter((o) => o.data.area === 'district'),
    several: offers.filter((o) => o.data.area === 'town' && o.data.towns.length > 1),
    byTown: townsInOrder(dir)
      .map((town) => ({ town, offers: groupAt(single, town.id) }))
      .filter((g) => g.offers.length > 0),
    nationwide: offers.filter((o) => o.data.area === 'nationwide'),
  };
}

/** One entry taken from a source, with the cited sections. */
export interface SourcedEntry {
  collection: EntryCollection;
  id: string;
  title: string;
  url: string;
  sections: string[];
}

/** Every entry citing a source, grouped by collection (in the order of ENTRY_COLLECTIONS). */
export function entriesFromSource(dir: Directory, sourceId: string): Map<EntryCollection, SourcedEntry[]> {
  const out = new Map<EntryCollection, SourcedEntry[]>();
  for (const name of Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]) {
    if (name === 'sources') continue;
    const list: SourcedEntry[] = [];
    for (const e of dir[name].values()) {
      const sections = (e.data as { source: { document: string; section: string }[] }).source
        .filter((s) => s.document === sourceId)
        .map((s) => s.section);
      if (sections.length > 0) list.push({ collection: name, id: e.id, title: entryTitle(e), url: entryUrl(name, e.id), sections });
    }
    if (list.length > 0) out.set(name, list);
  }
  return out;
}

/** How many entries cite a source. */
export function countFromSource(dir: Directory, sourceId: string): number {
  return [...entriesFromSource(dir, sourceId).values()].reduce((n, l) => n + l.length, 0);
}

/** Compare section numbers such as "6.2.1" < "6.10" (numeric, German collation for words). */
export function compareSections(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Names of towns, in the given order; throws on unknown slugs. */
export function townNames(dir: Directory, ids: readonly string[], from?: RefOrigin): string[] {
  return ids.map((id) => ref(dir, 'towns', id, from).data.name);
}

/**
 * Where an offer or network is available, in words: "Selm und Unna",
 * "ganzer Kreis Unna", "bundesweit", "regional (über den Kreis hinaus)".
 */
export function areaText(dir: Directory, item: AreaServed, from?: RefOrigin): string {
  return areaInWords(item, (id) => ref(dir, 'towns', id, from).data.name);
}

/** Towns in display order: towns and municipalities alphabetically, the district last. */
export function townsInOrder(dir: Directory): TownEntry[] {
  const list = [...dir.towns.values()];
  return [...list.filter((t) => !isDistrict(t)), ...list.filter(isDistrict)];
}

/** The district entry (kind "kreis"), if the directory has one. */
export function districtOf(dir: Directory): TownEntry | undefined {
  return [...dir.towns.values()].find(isDistrict);
}
