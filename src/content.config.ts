/**
 * Astro content collections. The schemas come from `src/schemas/`, the single
 * definition of the content model; references are plain slugs whose integrity
 * the content checker (`src/lib/check/`) verifies before every build, because
 * Astro's own `reference()` only logs a broken link and still exits 0.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ENTRY_COLLECTIONS, VOCABULARIES, VOCABULARY_SCHEMAS, type EntryCollection, type VocabularyName } from './schemas/index.ts';

const PATTERN = '**/[^_]*.{md,mdx}';
/** Content folder; benchmarks and tests point it elsewhere with CONTENT_ROOT. */
const CONTENT_ROOT = process.env.CONTENT_ROOT ?? './content';

function entries<C extends EntryCollection>(name: C) {
  const def = ENTRY_COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern: PATTERN, base: `${CONTENT_ROOT}/${def.folder}` }),
    schema: def.schema as (typeof ENTRY_COLLECTIONS)[C]['schema'],
  });
}

function vocabulary<V extends VocabularyName>(name: V) {
  return defineCollection({
    loader: file(`${CONTENT_ROOT}/vocabularies/${VOCABULARIES[name]}`),
    schema: VOCABULARY_SCHEMAS[name],
  });
}

export const collections = {
  sources: entries('sources'),
  towns: entries('towns'),
  organisations: entries('organisations'),
  contacts: entries('contacts'),
  offers: entries('offers'),
  networks: entries('networks'),
  practices: entries('practices'),
  topics: vocabulary('topics'),
  audiences: vocabulary('audiences'),
  lifePhases: vocabulary('lifePhases'),
  contactKinds: vocabulary('contactKinds'),
  networkKinds: vocabulary('networkKinds'),
  organisationKinds: vocabulary('organisationKinds'),
  accessModes: vocabulary('accessModes'),
};
