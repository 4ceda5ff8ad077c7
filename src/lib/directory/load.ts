/**
 * Loading, the only module of src/lib/directory that touches `astro:content`:
 * every collection once per build (memoised), sorted and indexed by slug, with
 * every reference checked. Everything else in src/lib takes the loaded
 * `Directory` and is testable without Astro.
 */
import { getCollection } from 'astro:content';
import { collator } from '../format.ts';
import { directoryProblems } from './references.ts';
import { entryTitle } from './relations.ts';
import type { ContactEntry, Directory, NetworkEntry, OfferEntry, OrganisationEntry, PracticeEntry, SourceEntry, TermEntry, TownEntry } from './types.ts';

/** Entries sorted by title (German collation), indexed by slug. */
export function sortedMap<T extends { id: string; data: unknown }>(items: readonly T[]): Map<string, T> {
  const sorted = [...items].sort((a, b) => collator.compare(entryTitle(a) || a.id, entryTitle(b) || b.id));
  return new Map(sorted.map((e) => [e.id, e]));
}

/** Items indexed by slug, in the given order. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((e) => [e.id, e]));
}

const byOrder = <T extends { data: { order: number } }>(items: T[]): T[] => items.sort((a, b) => a.data.order - b.data.order);

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
      lifePhases: byId(byOrder((await getCollection('lifePhases')) as TermEntry<'lifePhases'>[])),
      contactKinds: byId((await getCollection('contactKinds')) as TermEntry<'contactKinds'>[]),
      networkKinds: byId((await getCollection('networkKinds')) as TermEntry<'networkKinds'>[]),
      organisationKinds: byId((await getCollection('organisationKinds')) as TermEntry<'organisationKinds'>[]),
      accessModes: byId((await getCollection('accessModes')) as TermEntry<'accessModes'>[]),
      crisis: byId(byOrder((await getCollection('crisis')) as TermEntry<'crisis'>[])),
    };
    const problems = directoryProblems(dir);
    if (problems.length > 0) {
      throw new Error(`Die Seite kann nicht gebaut werden, weil ${problems.length} Verweis(e) ins Leere zeigen:\n- ${problems.join('\n- ')}`);
    }
    return dir;
  })();
  return loading;
}
