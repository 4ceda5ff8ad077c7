/**
 * Data access for pages, kept as one import for existing callers. The code
 * lives in src/lib/directory/: `load.ts` reads the collections (the only
 * module that needs `astro:content`), `references.ts` checks and resolves
 * references, `relations.ts` answers what a page shows about related entries.
 * New code imports from those modules directly.
 */
export type * from './directory/types.ts';
export * from './directory/references.ts';
export { loadDirectory } from './directory/load.ts';
export * from './directory/relations.ts';
export { entryUrl, topicUrl, lifePhaseUrl } from './urls.ts';
