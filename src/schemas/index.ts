/**
 * The content model in one place: every collection, its folder, its schema
 * and the fields that refer to other entries. The Astro config, the content
 * checker, the editor templates and the tests all read this module.
 */
import { z } from 'astro/zod';
import { contactSchema } from './contact.ts';
import { networkSchema } from './network.ts';
import { offerSchema } from './offer.ts';
import { organisationSchema } from './organisation.ts';
import { practiceSchema } from './practice.ts';
import { sourceSchema } from './source.ts';
import { townSchema } from './town.ts';
import { transitionSchema } from './transition.ts';
import { referenceRegistry, type RefTarget } from './primitives.ts';
import { URL_PREFIX, type PagedCollection } from './url-prefix.ts';
import { VOCABULARIES, audienceTerm, contactKindTerm, crisisTerm, lifePhaseTerm, term, topicTerm, type VocabularyName } from './vocabulary.ts';

export const ENTRY_COLLECTIONS = {
  sources: { schema: sourceSchema, folder: 'sources', label: 'Quelle' },
  towns: { schema: townSchema, folder: 'towns', label: 'Ort' },
  organisations: { schema: organisationSchema, folder: 'organisations', label: 'Organisation' },
  contacts: { schema: contactSchema, folder: 'contacts', label: 'Anlaufstelle' },
  offers: { schema: offerSchema, folder: 'offers', label: 'Angebot' },
  networks: { schema: networkSchema, folder: 'networks', label: 'Netzwerk' },
  practices: { schema: practiceSchema, folder: 'practices', label: 'Praxisbeispiel' },
} as const;
export type EntryCollection = keyof typeof ENTRY_COLLECTIONS;
export type CollectionName = EntryCollection | VocabularyName;
/** `refTo` names its targets without importing this module; both lists must agree. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const targetsAgree: Same<RefTarget, CollectionName> = true;
void targetsAgree;

export const VOCABULARY_SCHEMAS = {
  topics: topicTerm,
  audiences: audienceTerm,
  lifePhases: lifePhaseTerm,
  contactKinds: contactKindTerm,
  networkKinds: term,
  organisationKinds: term,
  accessModes: term,
  crisis: crisisTerm,
} as const satisfies Record<VocabularyName, z.ZodType>;
export { VOCABULARIES };
export type { VocabularyName };

/**
 * Reference fields: `path` uses `[]` for "every element of a list".
 * Every value found at the path must be the slug of an entry in `target`.
 */
export interface ReferenceField {
  path: string;
  target: CollectionName;
}

/**
 * The reference fields of a schema: every place where a field built with
 * `refTo()` sits, as a path such as "members[].organisation" or "source[].document".
 */
export function referenceFields(schema: z.ZodType): ReferenceField[] {
  const found = new Map<string, ReferenceField>();
  const walk = (s: z.ZodType, path: string): void => {
    const meta = referenceRegistry.get(s);
    if (meta) {
      found.set(`${path} ${meta.target}`, { path, target: meta.target });
      return;
    }
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable || s instanceof z.ZodPrefault || s instanceof z.ZodReadonly || s instanceof z.ZodCatch) walk(s.unwrap() as z.ZodType, path);
    else if (s instanceof z.ZodPipe) walk(s.in as z.ZodType, path);
    else if (s instanceof z.ZodArray) walk(s.element as z.ZodType, `${path}[]`);
    else if (s instanceof z.ZodObject) for (const [key, field] of Object.entries(s.shape)) walk(field as z.ZodType, path ? `${path}.${key}` : key);
    else if (s instanceof z.ZodUnion) for (const option of s.options) walk(option as z.ZodType, path);
    else if (s instanceof z.ZodIntersection) {
      walk(s.def.left as z.ZodType, path);
      walk(s.def.right as z.ZodType, path);
    }
  };
  walk(schema, '');
  return [...found.values()];
}

/** Reference fields of every entry collection, derived from the schemas (see `refTo`). */
export const REFERENCES: Record<EntryCollection, ReferenceField[]> = Object.fromEntries(
  Object.entries(ENTRY_COLLECTIONS).map(([name, def]) => [name, referenceFields(def.schema)]),
) as Record<EntryCollection, ReferenceField[]>;

/**
 * Content files that are lists of items with an `id` but no vocabulary
 * (nobody searches or filters by them): file under content/, schema, label.
 */
export const LIST_FILES = {
  transitions: { file: 'chain/transitions.yaml', schema: transitionSchema, label: 'Übergang', optional: true },
} as const;
export type ListFileName = keyof typeof LIST_FILES;

/** Reference fields of the terms of each vocabulary and of the items of each list file. */
export const LIST_REFERENCES: Record<VocabularyName | ListFileName, ReferenceField[]> = Object.fromEntries(
  [...Object.entries(VOCABULARY_SCHEMAS), ...Object.entries(LIST_FILES).map(([name, def]) => [name, def.schema] as const)].map(([name, schema]) => [name, referenceFields(schema)]),
) as Record<VocabularyName | ListFileName, ReferenceField[]>;

/** URL prefix of each entry collection's detail pages (German, stable); defined zod-free in `./url-prefix.ts`. */
export { URL_PREFIX };
// Every entry collection has a URL prefix, and every prefix belongs to a collection.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const prefixesMatchCollections: SameKeys<EntryCollection, PagedCollection> = true;
void prefixesMatchCollections;

export { contactSchema, networkSchema, offerSchema, organisationSchema, practiceSchema, sourceSchema, townSchema };
export type { Contact } from './contact.ts';
export type { Network, Party } from './network.ts';
export type { Offer, Indicator } from './offer.ts';
export type { Organisation } from './organisation.ts';
export type { Practice } from './practice.ts';
export type { Source } from './source.ts';
export type { Town } from './town.ts';
export type { Term, LifePhaseTerm, TopicTerm, AudienceTerm, ContactKindTerm, HotlineGroupId } from './vocabulary.ts';
export { HOTLINE_GROUPS } from './vocabulary.ts';
export type { Transition, TransitionHelper } from './transition.ts';
export { transitionSchema };
export { refTo } from './primitives.ts';
