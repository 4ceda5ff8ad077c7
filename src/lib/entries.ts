/**
 * Data access for pages: loads every collection once, checks that every
 * reference resolves, and offers typed look-ups and the relations the pages
 * show (offers at a contact point, networks of an organisation, everything
 * for a town, every entry taken from a source).
 *
 * A reference that does not resolve throws a German error that names the
 * entry, the field and the missing slug, so no page is ever built with a
 * broken link.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  ENTRY_COLLECTIONS,
  REFERENCES,
  type CollectionName,
  type Contact,
  type EntryCollection,
  type LifePhaseTerm,
  type Network,
  type Offer,
  type Organisation,
  type Practice,
  type Source,
  type Term,
  type Town,
  type VocabularyName,
} from '../schemas/index.ts';
import { SCOPE_ORDER, areaText as areaInWords, isDistrictTown, scopeFor, type AreaServed, type Scope } from './area.ts';
import { checkReferences, collectionLocation, danglingReferenceMessage, referenceValues } from './check/references.ts';
import { formatPath } from './check/messages.ts';
import { collator } from './format.ts';
import { groupAt, groupByKeys, memoPerObject } from './index-by.ts';

/**
 * Entry types. The `data` type comes from the zod schemas in src/schemas/
 * (the single definition of the content model), intersected with Astro's
 * CollectionEntry so that `render(entry)` accepts them.
 */
export type Entry<C extends CollectionName> = CollectionEntry<C>;
export type SourceEntry = CollectionEntry<'sources'> & { data: Source };
export type TownEntry = CollectionEntry<'towns'> & { data: Town };
export type OrganisationEntry = CollectionEntry<'organisations'> & { data: Organisation };
export type ContactEntry = CollectionEntry<'contacts'> & { data: Contact };
export type OfferEntry = CollectionEntry<'offers'> & { data: Offer };
export type NetworkEntry = CollectionEntry<'networks'> & { data: Network };
export type PracticeEntry = CollectionEntry<'practices'> & { data: Practice };
export type TermEntry<V extends VocabularyName = VocabularyName> = CollectionEntry<V> & {
  data: V extends 'lifePhases' ? LifePhaseTerm : Term;
};

/** Where a reference comes from, for error messages. */
export interface RefOrigin {
  collection: CollectionName;
  id: string;
  field: string;
}

export { collectionLocation } from './check/references.ts';

/** The German error for a reference that does not resolve: the checker's message, after the file and field it comes from. */
export function brokenReferenceMessage(target: CollectionName, slug: string, from?: RefOrigin): string {
  const where = from ? `${collectionLocation(from.collection)}${from.collection in ENTRY_COLLECTIONS ? `${from.id}.md` : ` (${from.id})`}, Feld „${from.field}“: ` : '';
  return `${where}${danglingReferenceMessage(target, slug)}`;
}

/** Look `slug` up in `index`; throws the German broken-reference error when it is missing. */
export function resolveIn<T>(index: ReadonlyMap<string, T>, target: CollectionName, slug: string, from?: RefOrigin): T {
  const hit = index.get(slug);
  if (hit === undefined) throw new Error(brokenReferenceMessage(target, slug, from));
  return hit;
}

/** Every value found at a REFERENCES path such as "members[].organisation" or "source[].document" (the checker's walker). */
export function valuesAt(data: unknown, path: string): string[] {
  return referenceValues(data, path).map((v) => v.value);
}

/** A minimal view of entries for reference checking. */
export interface EntryLike {
  id: string;
  data: unknown;
}

/**
 * All broken references across the given entries, as German messages.
 * `exists(target, slug)` tells whether an entry or term exists.
 */
export function findBrokenReferences(
  entries: Partial<Record<EntryCollection, readonly EntryLike[]>>,
  exists: (target: CollectionName, slug: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const [collection, fields] of Object.entries(REFERENCES) as [EntryCollection, (typeof REFERENCES)[EntryCollection]][]) {
    for (const entry of entries[collection] ?? []) {
      for (const d of checkReferences(entry.data, fields, exists).dangling) {
        problems.push(brokenReferenceMessage(d.target, d.value, { collection, id: entry.id, field: formatPath(d.path) }));
      }
    }
  }
  return problems;
}

import { entryUrl } from './urls.ts';
export { entryUrl, topicUrl, lifePhaseUrl } from './urls.ts';

/** Display title of any entry: `title` for offers, practices and sources, `name` for the rest. */
export function entryTitle(entry: { data: unknown }): string {
  const d = entry.data as { title?: string; name?: string };
  return d.title ?? d.name ?? '';
}

/** Every collection, loaded and indexed by slug. */
export interface Directory {
  sources: Map<string, SourceEntry>;
  towns: Map<string, TownEntry>;
  organisations: Map<string, OrganisationEntry>;
  contacts: Map<string, ContactEntry>;
  offers: Map<string, OfferEntry>;
  networks: Map<string, NetworkEntry>;
  practices: Map<string, PracticeEntry>;
  topics: Map<string, TermEntry<'topics'>>;
  audiences: Map<string, TermEntry<'audiences'>>;
  lifePhases: Map<string, TermEntry<'lifePhases'>>;
  contactKinds: Map<string, TermEntry<'contactKinds'>>;
  networkKinds: Map<string, TermEntry<'networkKinds'>>;
  organisationKinds: Map<string, TermEntry<'organisationKinds'>>;
  accessModes: Map<string, TermEntry<'accessModes'>>;
  /** Crisis situations of the search, most urgent first. */
  crisis: Map<string, TermEntry<'crisis'>>;
}

function sortedMap<T extends { id: string; data: unknown }>(items: T[]): Map<string, T> {
  const sorted = [...items].sort((a, b) => collator.compare(entryTitle(a) || a.id, entryTitle(b) || b.id));
  return new Map(sorted.map((e) => [e.id, e]));
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((e) => [e.id, e]));
}

let loading: Promise<Directory> | undefined;

/** Load every collection once per build and check every reference; throws on the first build with broken references. */
export function loadDirectory(): Promise<Directory> {
  loading ??= (async () => {
    const dir: Directory = {
      sources: sortedMap((await getCollection('sources')) as SourceEntry[]),
      towns: sortedMap((await getCollection('towns')) as TownEntry[]),
      organisations: sortedMap((await getCollection('organisations')) as OrganisationEntry[]),
      contacts: sortedMap((await getCollection('contacts')) as ContactEntry[]),
      offers: sortedMap((await getCollection('offers')) as OfferEntry[]),
      networks: sortedMap((await getCollection('networks')) as NetworkEntry[]),
      practices: sortedMap((await getCollection('practices')) as PracticeEntry[]),
      topics: byId((await getCollection('topics')) as TermEntry<'topics'>[]),
      audiences: byId((await getCollection('audiences')) as TermEntry<'audiences'>[]),
      lifePhases: byId(((await getCollection('lifePhases')) as TermEntry<'lifePhases'>[]).sort((a, b) => a.data.order - b.data.order)),
      contactKinds: byId((await getCollection('contactKinds')) as TermEntry<'contactKinds'>[]),
      networkKinds: byId((await getCollection('networkKinds')) as TermEntry<'networkKinds'>[]),
      organisationKinds: byId((await getCollection('organisationKinds')) as TermEntry<'organisationKinds'>[]),
      accessModes: byId((await getCollection('accessModes')) as TermEntry<'accessModes'>[]),
      crisis: byId(((await getCollection('crisis')) as TermEntry<'crisis'>[]).sort((a, b) => a.data.order - b.data.order)),
    };
    const entries: Partial<Record<EntryCollection, EntryLike[]>> = {};
    for (const name of Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]) entries[name] = [...dir[name].values()];
    const problems = findBrokenReferences(entries, (target, slug) => dir[target].has(slug));
    if (problems.length > 0) {
      throw new Error(`Die Seite kann nicht gebaut werden, weil ${problems.length} Verweis(e) ins Leere zeigen:\n- ${problems.join('\n- ')}`);
    }
    return dir;
  })();
  return loading;
}

/** All entries of a collection, sorted by title (German collation). */
export async function all<C extends keyof Directory>(name: C): Promise<Array<Directory[C] extends Map<string, infer T> ? T : never>> {
  const dir = await loadDirectory();
  return [...dir[name].values()] as Array<Directory[C] extends Map<string, infer T> ? T : never>;
}

/** Look up one entry or term in a loaded directory; throws a German error naming the referring entry and field. */
export function ref<C extends keyof Directory>(
  dir: Directory,
  name: C,
  slug: string,
  from?: RefOrigin,
): Directory[C] extends Map<string, infer T> ? T : never {
  return resolveIn(dir[name] as Map<string, unknown>, name, slug, from) as Directory[C] extends Map<string, infer T> ? T : never;
}

export const getSource = async (slug: string, from?: RefOrigin) => ref(await loadDirectory(), 'sources', slug, from);
export const getTown = async (slug: string, from?: RefOrigin) => ref(await loadDirectory(), 'towns', slug, from);
export const getOrganisation = async (slug: string, from?: RefOrigin) => ref(await loadDirectory(), 'organisations', slug, from);
export const getContact = async (slug: string, from?: RefOrigin) => ref(await loadDirectory(), 'contacts', slug, from);
export const getOffer = async (slug: string, from?: RefOrigin) => ref(await loadDirectory(), 'offers', slug, from);
export const getNetwork = async (slug: string, from?: RefOrigin) => ref(await loadDirectory(), 'networks', slug, from);
export const getPractice = async (slug: string, from?: RefOrigin) => ref(await loadDirectory(), 'practices', slug, from);

/** German label of a vocabulary term. */
export function termLabel(dir: Directory, vocab: VocabularyName, id: string, from?: RefOrigin): string {
  return ref(dir, vocab, id, from).data.label;
}

// ---------------------------------------------------------------------------
// Relations

const values = <T>(m: Map<string, T>): T[] => [...m.values()];

// Each relation is indexed once per loaded directory (see index-by.ts): a
// detail page looks its related entries up instead of filtering the whole
// collection, which would make the build quadratic in the number of entries.
// Groups keep the directory's order (by title), as the filters did before.

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
  return values(dir.offers).filter((o) => o.data.topics.includes(topicId));
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

/** Compare section numbers such as "6.2.1" < "6.10" (numeric, German collation for words). */
export function compareSections(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Names of towns, in the given order; throws on unknown slugs. */
export function townNames(dir: Directory, ids: readonly string[], from?: RefOrigin): string[] {
  return ids.map((id) => ref(dir, 'towns', id, from).data.name);
}

/** Where an offer or network is available, in words (see `areaText` in area.ts); throws on unknown town slugs. */
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

/** True when an entry has a Markdown body worth rendering. */
export function hasBody(entry: { body?: string | undefined }): boolean {
  return (entry.body ?? '').trim().length > 0;
}
