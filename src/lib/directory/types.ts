/**
 * The loaded directory and its entry types. Types only: the `data` type comes
 * from the zod schemas in src/schemas/ (the single definition of the content
 * model), intersected with Astro's CollectionEntry so that `render(entry)`
 * accepts the entries. Importing this module loads nothing.
 */
import type { CollectionEntry } from 'astro:content';
import type { CollectionName, Contact, LifePhaseTerm, Network, Offer, Organisation, Practice, Source, Term, Town, VocabularyName } from '../../schemas/index.ts';

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

/** Every collection, loaded and indexed by slug (entries sorted by title, terms in vocabulary order). */
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

/** The entry type stored under one key of the directory. */
export type DirectoryItem<C extends keyof Directory> = Directory[C] extends Map<string, infer T> ? T : never;

/** Where a reference comes from, for error messages. */
export interface RefOrigin {
  collection: CollectionName;
  id: string;
  field: string;
}
