/**
 * A search exactly as /suche/ runs it, in Node: the page's own config (known
 * words, towns) read from the built dist/suche/index.html, the town taken
 * from the words (townFromWords), then runQuery (compound split, typo fallback,
 * local first, family first). Used by the query-set test and the benchmark.
 */
import { townFromWords } from '../../search/query-aids.ts';
import { runQuery } from '../../search/run.ts';
import { queryAidsOf } from '../../search/page-config.ts';
import { readSearchConfig } from './search-config.ts';
import { PAGE_SIZE } from '../../search/ranking.ts';
import { decodeState } from '../../search/url-state.ts';
import { PAGES } from '../../urls.ts';
import { loadPagefindModule, type PagefindModule } from './pagefind-node.ts';

export interface PageLikeResult {
  urls: string[];
  total: number;
  /** Folder of the index searched (the whole one or a town's: src/lib/search/bundles.ts). */
  bundle: string;
  town?: string;
  corrected?: string;
}

/**
 * A search as the page runs it, and the whole index's Pagefind instance (e.g. to load the filter
 * counts as the page does later), loaded on first use as the page loads it.
 */
export type PageLikeSearch = ((query: string) => Promise<PageLikeResult>) & { pagefind: () => Promise<PagefindModule> };

/** `configDir`: the built site whose /suche/ page gives the known words and towns (default: `distDir`). */
export async function pageLikeSearch(distDir: string, origin: string, configDir = distDir): Promise<PageLikeSearch> {
  const config = readSearchConfig(configDir);
  const aids = queryAidsOf(config);
  // Each bundle's module once, when first searched, as the page loads it.
  const opened = new Map<string, Promise<PagefindModule>>();
  const open = (bundle: string) => {
    let module = opened.get(bundle);
    if (!module) opened.set(bundle, (module = loadPagefindModule(distDir, origin, 'de', bundle)));
    return module;
  };
  const search = async (query: string) => {
    const typed = decodeState(`?q=${encodeURIComponent(query)}`);
    const state = townFromWords(typed, config.towns);
    const out = await runQuery(open, state, aids, PAGE_SIZE);
    const result: PageLikeResult = {
      urls: (out?.firstPage ?? []).map((d) => d.url.replace(origin, '')),
      total: out?.results.length ?? 0,
      bundle: out?.bundle.base ?? PAGES.pagefind,
    };
    const town = state !== typed ? state.filters.ort?.[0] : undefined;
    if (town) result.town = town;
    if (out?.corrected) result.corrected = out.corrected;
    return result;
  };
  return Object.assign(search, { pagefind: () => open(PAGES.pagefind) });
}
