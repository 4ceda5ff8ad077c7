/**
 * Pagefind's built `dist/pagefind/pagefind.js`, imported in Node and pointed
 * at a loopback server over dist/ (Pagefind ≥ 1.4 runs outside the browser:
 * it fetches its index files with the global `fetch`). Shared by the query
 * test and the benchmark.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS } from '../../search/ranking.ts';
import { PAGES, pagefindScriptOf } from '../../urls.ts';

export interface Hit {
  /** Site path, e.g. "/angebote/familienhebammen/". */
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface NodePagefind {
  search(query: string | null, filters?: Record<string, unknown>, limit?: number): Promise<{ total: number; hits: Hit[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindModule {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: { id: string; data(): Promise<Hit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let counter = 0;

/**
 * Pagefind's module itself (search results with `data()`), as the search page uses it.
 * Each call gets a fresh module instance: a query string makes Node load the bundle anew, so several
 * sites can be searched in one process. `language` picks the index as `<html lang>` does in a
 * browser (default: German); `bundle` is the bundle's folder (the whole index, or a town's:
 * src/lib/search/bundles.ts).
 */
export async function loadPagefindModule(distDir: string, origin: string, language = 'de', bundle: string = PAGES.pagefind): Promise<PagefindModule> {
  const url = `${pathToFileURL(join(distDir, pagefindScriptOf(bundle))).href}?instance=${++counter}`;
  const pf = (await import(url)) as PagefindModule;
  // Pagefind reads the page language from document.documentElement's lang; Node has no document.
  const g = globalThis as { document?: unknown };
  g.document = { querySelector: () => ({ getAttribute: () => language }) };
  try {
    await pf.options({ ...PAGEFIND_OPTIONS, basePath: `${origin}${bundle}`, baseUrl: '/' });
    await pf.init();
  } finally {
    delete g.document;
  }
  return pf;
}

/** The bundle in `distDir` against `origin`, with results as plain data (url relative to the site). */
export async function loadPagefind(distDir: string, origin: string, language = 'de'): Promise<NodePagefind> {
  const pf = await loadPagefindModule(distDir, origin, language);
  return {
    async search(query, filters = {}, limit = 5) {
      const res = await pf.search(query, { filters });
      const hits = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
      return { total: res.results.length, hits: hits.map((h) => ({ ...h, url: h.url.replace(origin, '') })) };
    },
    filters: () => pf.filters(),
  };
}
