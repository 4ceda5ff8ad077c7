/**
 * Loading, the only module of src/lib/directory that touches `astro:content`:
 * every collection once per build (memoised), sorted and indexed by slug, with
 * every reference checked. Everything else in src/lib takes the loaded
 * `Directory` and is testable without Astro.
 */
import { getCollection } from 'astro:content';
import { byId, byOrder, sortedMap } from './order.ts';
import { directoryProblems } from './references.ts';
import type { ContactEntry, Directory, NetworkEntry, OfferEntry, OrganisationEntry, PracticeEntry, SourceEntry, TermEntry, TownEntry } from './types.ts';

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
