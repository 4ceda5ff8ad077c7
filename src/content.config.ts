/**
 * Astro content collections. The schemas come from `src/schemas/`, the single
 * definition of the content model; references are plain slugs whose integrity
 * the content checker (`src/lib/check/`, run by the `bff:content-check`
 * integration before every build) verifies, because Astro's own `reference()`
 * only logs a broken link and still exits 0. Entries and vocabularies are
 * read with the checker's YAML parser (src/lib/content-loader.ts).
 */
import { defineCollection } from 'astro:content';
import { entryGlob, vocabularyFile } from './lib/content-loader.ts';
import type { z } from 'astro/zod';
import { ENTRY_COLLECTIONS, VOCABULARIES, VOCABULARY_SCHEMAS, type EntryCollection, type VocabularyName } from './schemas/index.ts';

const PATTERN = '**/[^_]*.{md,mdx}';
/** Content folder; benchmarks and tests point it elsewhere with CONTENT_ROOT. */
const CONTENT_ROOT = process.env.CONTENT_ROOT ?? './content';

function entries<S extends z.ZodType>(name: EntryCollection, schema: S) {
  return defineCollection({ loader: entryGlob({ pattern: PATTERN, base: `${CONTENT_ROOT}/${ENTRY_COLLECTIONS[name].folder}` }), schema });
}

function vocabulary<S extends z.ZodType>(name: VocabularyName, schema: S) {
  return defineCollection({ loader: vocabularyFile(`${CONTENT_ROOT}/vocabularies/${VOCABULARIES[name]}`), schema });
}

export const collections = {
  sources: entries('sources', ENTRY_COLLECTIONS.sources.schema),
  towns: entries('towns', ENTRY_COLLECTIONS.towns.schema),
  organisations: entries('organisations', ENTRY_COLLECTIONS.organisations.schema),
  contacts: entries('contacts', ENTRY_COLLECTIONS.contacts.schema),
  offers: entries('offers', ENTRY_COLLECTIONS.offers.schema),
  networks: entries('networks', ENTRY_COLLECTIONS.networks.schema),
  practices: entries('practices', ENTRY_COLLECTIONS.practices.schema),
  topics: vocabulary('topics', VOCABULARY_SCHEMAS.topics),
  audiences: vocabulary('audiences', VOCABULARY_SCHEMAS.audiences),
  lifePhases: vocabulary('lifePhases', VOCABULARY_SCHEMAS.lifePhases),
  contactKinds: vocabulary('contactKinds', VOCABULARY_SCHEMAS.contactKinds),
  networkKinds: vocabulary('networkKinds', VOCABULARY_SCHEMAS.networkKinds),
  organisationKinds: vocabulary('organisationKinds', VOCABULARY_SCHEMAS.organisationKinds),
  accessModes: vocabulary('accessModes', VOCABULARY_SCHEMAS.accessModes),
  crisis: vocabulary('crisis', VOCABULARY_SCHEMAS.crisis),
};
