/**
 * The search page's configuration, as /suche/ embeds it (`<script type="application/json"
 * id="search-config">`, SearchPage.astro) and its script reads it: known words, towns, crisis
 * phrases. The build step, the benchmarks and the tests read it from the built page
 * (`readSearchConfig` in src/lib/dev/search/search-config.ts), so that they search with the
 * towns and words the page offers. Browser-safe: the page's script imports it.
 */
import type { TownRef } from './query-aids.ts';
import type { QueryAids } from './run.ts';

/** The element id of the configuration on the search page. */
export const SEARCH_CONFIG_ID = 'search-config';

/** The parts of the configuration that code outside the page reads. */
export interface SearchPageConfig {
  /** Known words (vocabulary and titles), lower case, sorted. */
  dict: string[];
  /** The towns a search can be narrowed to (each has its own search index). */
  towns: TownRef[];
  crisis: { lang?: string }[];
}

/** The aids `runQuery` needs, from the configuration. */
export function queryAidsOf(config: Pick<SearchPageConfig, 'dict' | 'towns'>): QueryAids {
  return { dictionary: config.dict, known: new Set(config.dict), townNames: new Map(config.towns.map((t) => [t.id, t.name])) };
}
