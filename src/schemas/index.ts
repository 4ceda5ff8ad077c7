/**
 * The content model in one place: every collection, its folder, its schema
 * and the fields that refer to other entries. The Astro config, the content
 * checker, the editor templates and the tests all read this module.
 */
import type { z } from 'astro/zod';
import { contactSchema } from './contact.ts';
import { networkSchema } from './network.ts';
import { offerSchema } from './offer.ts';
import { organisationSchema } from './organisation.ts';
import { practiceSchema } from './practice.ts';
import { sourceSchema } from './source.ts';
import { townSchema } from './town.ts';
import { URL_PREFIX, type PagedCollection } from './url-prefix.ts';
import { VOCABULARIES, crisisTerm, lifePhaseTerm, term, topicTerm, type VocabularyName } from './vocabulary.ts';

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

export const VOCABULARY_SCHEMAS = {
  topics: topicTerm,
  audiences: term,
  lifePhases: lifePhaseTerm,
  contactKinds: term,
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

const cite: ReferenceField = { path: 'source[].document', target: 'sources' };

export const REFERENCES: Record<EntryCollection, ReferenceField[]> = {
  sources: [],
  towns: [cite, { path: 'jugendamt', target: 'contacts' }],
  organisations: [
    cite,
    { path: 'kind', target: 'organisationKinds' },
    { path: 'parent', target: 'organisations' },
    { path: 'towns[]', target: 'towns' },
  ],
  contacts: [
    cite,
    { path: 'kind', target: 'contactKinds' },
    { path: 'organisation', target: 'organisations' },
    { path: 'town', target: 'towns' },
    { path: 'responsibleFor[]', target: 'towns' },
  ],
  offers: [
    cite,
    { path: 'organisation', target: 'organisations' },
    { path: 'partners[]', target: 'organisations' },
    { path: 'towns[]', target: 'towns' },
    { path: 'contacts[]', target: 'contacts' },
    { path: 'topics[]', target: 'topics' },
    { path: 'audiences[]', target: 'audiences' },
    { path: 'lifePhases[]', target: 'lifePhases' },
    { path: 'access[]', target: 'accessModes' },
  ],
  networks: [
    cite,
    { path: 'kind', target: 'networkKinds' },
    { path: 'coordinator.organisation', target: 'organisations' },
    { path: 'members[].organisation', target: 'organisations' },
    { path: 'towns[]', target: 'towns' },
    { path: 'topics[]', target: 'topics' },
  ],
  practices: [
    cite,
    { path: 'towns[]', target: 'towns' },
    { path: 'organisations[]', target: 'organisations' },
    { path: 'topics[]', target: 'topics' },
    { path: 'askContacts[]', target: 'contacts' },
    { path: 'askOrganisations[]', target: 'organisations' },
    { path: 'offers[]', target: 'offers' },
    { path: 'networks[]', target: 'networks' },
  ],
};

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
export type { Term, LifePhaseTerm } from './vocabulary.ts';
