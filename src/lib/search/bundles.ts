/**
 * Which search index a search uses. Besides the whole site's index
 * (`/pagefind/`), the build writes one Pagefind bundle per town
 * (`/pagefind/orte/<town>/`, scripts/after-build.ts) holding only the entries
 * that serve the town — the pages whose `ort` filter names it. A search for
 * exactly one town uses that town's bundle without the town filter: it finds
 * the same entries for whole words (tests/search/bundles.test.ts; prefix hits
 * and ranking may differ, docs/performance.md), and its first query loads that town's metadata instead of
 * the metadata of every page (at 10,000 entries 63 KB, the largest file of a
 * first query; docs/performance.md). Every other search uses the whole index.
 */
import { PAGES, pagefindTownBundle } from '../urls.ts';
import type { FilterKey } from './filters.ts';
import { pagefindFilters, type SearchState } from './url-state.ts';

/** The filter whose single value picks a town's bundle. */
export const BUNDLE_FILTER = 'ort' satisfies FilterKey;

export interface SearchBundle {
  /** Folder of the bundle, e.g. "/pagefind/" or "/pagefind/orte/unna/". */
  base: string;
  /** Pagefind's filter argument for this bundle (without the town when the town's bundle is used). */
  filters: Record<string, { any: string[] }>;
  /** The town whose bundle it is. */
  town?: string;
}

/** The whole site's index with all filters of the state. */
export function wholeIndex(state: SearchState): SearchBundle {
  return { base: PAGES.pagefind, filters: pagefindFilters(state) };
}

/**
 * The bundle for `state`: a known town's own when exactly one town is chosen, else the whole index.
 * `towns`: the towns that have a bundle (the search page's towns).
 */
export function searchBundle(state: SearchState, towns: { has(town: string): boolean }): SearchBundle {
  const chosen = state.filters[BUNDLE_FILTER] ?? [];
  const town = chosen.length === 1 ? chosen[0] : undefined;
  if (town === undefined || !towns.has(town)) return wholeIndex(state);
  const { [BUNDLE_FILTER]: _town, ...filters } = pagefindFilters(state);
  return { base: pagefindTownBundle(town), filters, town };
}
