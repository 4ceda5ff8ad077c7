/**
 * Data access for pages, kept as one import for existing callers. The code
 * lives in src/lib/directory/: `load.ts` reads the collections (the only
 * module that needs `astro:content`), `references.ts` checks and resolves
 * references, `relations.ts` answers what a page shows about related entries.
 * New code imports from those modules directly.
 */
export type {
  ContactEntry,
  Directory,
  DirectoryItem,
  NetworkEntry,
  OfferEntry,
  OrganisationEntry,
  PracticeEntry,
  RefOrigin,
  SourceEntry,
  TermEntry,
  TownEntry,
} from './directory/types.ts';
export {
  brokenReferenceMessage,
  collectionLocation,
  directoryProblems,
  findBrokenReferences,
  originOf,
  ref,
  resolveIn,
  valuesAt,
  type EntryLike,
} from './directory/references.ts';
export { loadDirectory } from './directory/load.ts';
export {
  areaText,
  childOrganisations,
  compareSections,
  contactsForTown,
  contactsOfOrganisation,
  countFromSource,
  districtOf,
  entriesFromSource,
  entryTitle,
  hasBody,
  isDistrict,
  networksForTopic,
  networksForTown,
  networksOfOrganisation,
  offersAtContact,
  offersByPlace,
  offersForTopic,
  offersForTown,
  offersOfOrganisation,
  practicesFor,
  practicesForTopic,
  practicesForTown,
  townNames,
  townsInOrder,
  type OffersByPlace,
  type Scoped,
  type SourcedEntry,
} from './directory/relations.ts';
export { entryUrl, topicUrl, lifePhaseUrl } from './urls.ts';
