/**
 * A Directory from plain data, every entry and term checked by the real zod
 * schemas (src/schemas/) exactly as the content collections check them. For
 * unit tests and scripts that need a directory without Astro: invalid data
 * throws the schema's error, a broken reference the German reference error.
 */
import { ENTRY_COLLECTIONS, VOCABULARY_SCHEMAS, type CollectionName } from '../../schemas/index.ts';
import { byId, byOrder, sortedMap } from './order.ts';
import { directoryProblems } from './references.ts';
import type { Directory } from './types.ts';

/** One entry or term before validation: slug, front matter (or YAML item) and Markdown body. */
export interface RawEntry {
  id: string;
  data: unknown;
  body?: string;
}

export type RawDirectory = Partial<Record<keyof Directory, readonly RawEntry[]>>;

function parse<C extends CollectionName, T>(collection: C, schema: { parse: (data: unknown) => T }, list: readonly RawEntry[] = []) {
  return list.map((e) => ({ id: e.id, collection, ...(e.body === undefined ? {} : { body: e.body }), data: schema.parse(e.data) }));
}

/** Build and check a directory; collections not given are empty. */
export function directoryFrom(raw: RawDirectory): Directory {
  const E = ENTRY_COLLECTIONS;
  const V = VOCABULARY_SCHEMAS;
  const dir: Directory = {
    sources: sortedMap(parse('sources', E.sources.schema, raw.sources)),
    towns: sortedMap(parse('towns', E.towns.schema, raw.towns)),
    organisations: sortedMap(parse('organisations', E.organisations.schema, raw.organisations)),
    contacts: sortedMap(parse('contacts', E.contacts.schema, raw.contacts)),
    offers: sortedMap(parse('offers', E.offers.schema, raw.offers)),
    networks: sortedMap(parse('networks', E.networks.schema, raw.networks)),
    practices: sortedMap(parse('practices', E.practices.schema, raw.practices)),
    topics: byId(parse('topics', V.topics, raw.topics)),
    audiences: byId(parse('audiences', V.audiences, raw.audiences)),
    lifePhases: byId(byOrder(parse('lifePhases', V.lifePhases, raw.lifePhases))),
    contactKinds: byId(parse('contactKinds', V.contactKinds, raw.contactKinds)),
    networkKinds: byId(parse('networkKinds', V.networkKinds, raw.networkKinds)),
    organisationKinds: byId(parse('organisationKinds', V.organisationKinds, raw.organisationKinds)),
    accessModes: byId(parse('accessModes', V.accessModes, raw.accessModes)),
    crisis: byId(byOrder(parse('crisis', V.crisis, raw.crisis))),
  };
  const problems = directoryProblems(dir);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return dir;
}
