/**
 * Privacy on load, one page of every page type (plus a search with a query and
 * the 404 page): every request goes to the site's own origin, no cookie is
 * set, and nothing is written to localStorage, sessionStorage, IndexedDB or
 * the Cache Storage; no service worker is registered — except the site's own
 * offline worker (/sw.js) and its cache of the site's own pages (tests/browser/offline.test.ts),
 * whose install requests are not counted as the page's transfer. Map tiles may only load
 * after consent, so the map page must not contact the tile server on load.
 *
 * The same visit also measures what the browser really loads on start
 * (gzip size of every response): at most 100 KB per page. Like map tiles,
 * the search data that Pagefind fetches for a query (its script and
 * WebAssembly, index chunks and result fragments under /pagefind/; the filter
 * counts load only when a filter group is opened) is not part of the page: it
 * has its own budget of 120 KB per first query, its results shown (issue 18's
 * goal is 100 KB; the WebAssembly alone is about 57 KB).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { workOff } from '../support/workers.ts';
import { OFFLINE_CACHE_PREFIX, SERVICE_WORKER_PATH } from '../../src/lib/offline-paths.ts';
import { PHONE } from '../../src/lib/dev/browser.ts';
import { assertNone } from '../support/report.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { pageTypeOf, samplePerType, sitemapPaths } from '../../src/lib/dev/site.ts';

const PAGE_BUDGET = 100 * 1024;
/**
 * What a first query may transfer, Pagefind's script included: 110 KB today for "Beratung",
 * 108 KB for "Beratung" in Unna (WebAssembly 57 KB, script 13 KB, one index chunk about 20 KB,
 * ten result fragments about 20 KB). Issue 18's goal is 100 KB; this budget guards against growth.
 */
const SEARCH_QUERY_BUDGET = 120 * 1024;
/** A first query in one town, which searches that town's own index (src/lib/search/bundles.ts). */
const TOWN_SEARCH = '/suche/?q=Beratung&ort=unna';
/** Data fetched for a search query (Pagefind's script, WebAssembly, index and results), measured apart from the page. */
const isSearchData = (url: string) => url.startsWith('/pagefind/');

const site = siteBrowser();



/** Resolves when no request of the page has been in flight for two consecutive idle periods of the browser. */
async function quiet(page: Page, inFlight: () => number): Promise<void> {
  for (let calm = 0; calm < 2; ) {
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => setTimeout(done, 0), { timeout: 5_000 })));
    calm = inFlight() === 0 ? calm + 1 : 0;
  }
}

function pagesToVisit(): string[] {
  const sample = samplePerType(sitemapPaths());
  const out = [...sample.values()];
  if (sample.has('search')) out.push('/suche/?q=Beratung', TOWN_SEARCH);
  if (existsSync(join(DIST, '404.html'))) out.push('/gibt-es-nicht/');
  return out;
}

interface Visit {
  path: string;
  foreign: string[];
  cookies: string[];
  /** Browser storage apart from the offline support (the site's own service worker and its cache, see offline.test.ts). */
  storage: { local: number; session: number; indexedDb: string[]; caches: string[]; serviceWorkers: string[] };
  /** gzip bytes of the page itself (everything except search data). */
  bytes: number;
  /** gzip bytes of search data fetched for a query (everything under /pagefind/). */
  searchBytes: number;
  /** gzip size per response, largest first. */
  largest: { url: string; bytes: number }[];
  failed: string[];
}

/**
 * Loads `path` in a fresh context and records what it does. `plant` runs in the loaded page
 * before the recording ends (used to check the recorder itself); `bypassCSP` lets a planted request through.
 */
async function visit(path: string, { plant, bypassCSP = false }: { plant?: () => void; bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await site.browser.newContext({ viewport: PHONE, locale: 'de-DE', bypassCSP });
  const own = new URL(site.origin).origin;
  const foreign: string[] = [];
  const failed: string[] = [];
  let bytes = 0;
  let searchBytes = 0;
  const sizes: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  let inFlight = 0;
  const done = (req: Request) => req.serviceWorker() === null && inFlight--;
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  context.on('request', (req) => {
    if (req.serviceWorker() === null) inFlight++;
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== own) foreign.push(url);
  });
  // The offline worker's install requests may be cut off when the visit ends; they are not the page's.
  context.on('requestfailed', (req) => req.serviceWorker() === null && failed.push(`${req.url()} (${req.failure()?.errorText ?? '?'})`));
  context.on('response', (res) => {
    // The offline worker stores home, Schnelle Hilfe and the CSS after the page has loaded: not the page's transfer.
    if (res.request().serviceWorker()) return;
    pending.push(
      res
        .body()
        .then((b) => {
          const n = gzipSync(b, { level: 9 }).length;
          const url = res.url().replace(own, '');
          if (isSearchData(url)) searchBytes += n;
          else bytes += n;
          sizes.push({ url, bytes: n });
        })
        .catch(() => undefined),
    );
  });
  const page = await context.newPage();
  await page.goto(site.origin + path, { waitUntil: 'load' });
  if (plant) await page.evaluate(plant);
  // A search with a query: its results must be on the page before the transfer counts.
  if (new URL(path, site.origin).searchParams.has('q')) await page.locator('#search-results li').first().waitFor({ timeout: 30_000 });
  // Wait until the page is quiet: no request in flight and the browser idle, so that timers and idle
  // callbacks (consent banners, analytics would fire here) and the search's data requests have run.
  await quiet(page, () => inFlight);
  await Promise.all(pending);
  const storage = await page.evaluate(async () => {
    const idb = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '?') : [];
    const cacheKeys = 'caches' in self ? await caches.keys() : [];
    const sw = 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).map((r) => (r.installing ?? r.waiting ?? r.active)?.scriptURL ?? `scope ${r.scope}`) : [];
    return { local: localStorage.length, session: sessionStorage.length, indexedDb: idb, caches: cacheKeys, serviceWorkers: sw };
  });
  const cookies = (await context.cookies()).map((c) => `${c.name}@${c.domain}`);
  await context.close();
  const largest = sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 4);
  return { path, foreign, cookies, storage, bytes, searchBytes, largest, failed };
}

describe('privacy on load (one page per page type)', () => {
  let visits: Visit[] = [];

  it('the recorder sees a planted request to another origin, a cookie and a storage write', async () => {
    // The site's CSP would block the planted fetch before the recorder sees it: bypassed for this visit only.
    // ".invalid" never resolves (RFC 2606): nothing leaves the machine.
    const planted = await visit('/', {
      bypassCSP: true,
      plant: () => {
        void fetch('http://tracker.invalid/pixel').catch(() => undefined);
        document.cookie = 'probe=1; path=/';
        localStorage.setItem('probe', '1');
      },
    });
    expect(planted.foreign.some((u) => u.startsWith('http://tracker.invalid/'))).toBe(true);
    expect(planted.cookies.some((c) => c.startsWith('probe@'))).toBe(true);
    expect(planted.storage.local).toBe(1);
    // The same visit without the plant records none of it.
    const clean = await visit('/');
    expect([clean.foreign, clean.cookies, clean.storage.local]).toEqual([[], [], 0]);
  });

  beforeAll(async () => {
    // Each visit has a context of its own; a few at a time (most of a visit is waiting for the page to be quiet).
    const paths = pagesToVisit();
    const byPath = new Map<string, Visit>();
    await workOff(paths, { workers: 3, open: async () => undefined }, async (_, path) => void byPath.set(path, await visit(path)));
    visits = paths.map((path) => byPath.get(path)!);
    console.log(
      `Privatsphäre/Übertragung (gzip):\n${visits.map((v) => `${pageTypeOf(v.path.split('?')[0]!).padEnd(12)} ${(v.bytes / 1024).toFixed(1).padStart(7)} KB  ${v.path}`).join('\n')}`,
    );
  });

  it('covers the main page types', () => {
    const types = new Set(visits.map((v) => pageTypeOf(v.path)));
    for (const t of ['home', 'offer', 'contact', 'town'] as const) expect(types, `Seitentyp ${t} fehlt in der Sitemap`).toContain(t);
  });

  it('sends no request to another origin', () => {
    const bad = visits.filter((v) => v.foreign.length > 0).map((v) => `${v.path}: ${v.foreign.join(', ')}`);
    assertNone(bad, `Anfragen an fremde Server beim Laden`);
  });

  it('sets no cookies', () => {
    const bad = visits.filter((v) => v.cookies.length > 0).map((v) => `${v.path}: ${v.cookies.join(', ')}`);
    assertNone(bad, `Cookies gesetzt`);
  });

  it('writes nothing to browser storage and registers no service worker, apart from the offline support', () => {
    const bad = visits
      .map((v) => ({ ...v, storage: { ...v.storage, caches: v.storage.caches.filter((c) => !c.startsWith(OFFLINE_CACHE_PREFIX)), serviceWorkers: v.storage.serviceWorkers.filter((u) => u !== site.origin + SERVICE_WORKER_PATH && u !== `scope ${site.origin}/`) } }))
      .filter((v) => v.storage.local + v.storage.session + v.storage.indexedDb.length + v.storage.caches.length + v.storage.serviceWorkers.length > 0)
      .map((v) => `${v.path}: ${JSON.stringify(v.storage)}`);
    assertNone(bad, `Speicher beschrieben`);
  });

  it('loads no missing resources', () => {
    const bad = visits.filter((v) => v.failed.length > 0).map((v) => `${v.path}: ${v.failed.join(', ')}`);
    assertNone(bad, `Fehlgeschlagene Anfragen`);
  });

  it('transfers at most 100 KB compressed on load', () => {
    const bad = visits
      .filter((v) => v.bytes > PAGE_BUDGET)
      .map((v) => `${v.path}: ${(v.bytes / 1024).toFixed(1)} KB (größte: ${v.largest.map((r) => `${r.url} ${(r.bytes / 1024).toFixed(1)} KB`).join(', ')})`);
    assertNone(bad, `Seiten über 100 KB (gzip) beim Laden`);
  });

  it('a search query on load fetches at most 120 KB of search data, in the whole index and in one town, Pagefind itself included', () => {
    const searches = visits.filter((v) => v.path.startsWith('/suche/?q='));
    expect(searches.length, 'keine Suche mit Suchbegriff besucht').toBeGreaterThan(0);
    for (const v of searches) expect(v.searchBytes, `Suchdaten für ${v.path}`).toBeGreaterThan(10 * 1024);
    const bad = searches.filter((v) => v.searchBytes > SEARCH_QUERY_BUDGET).map((v) => `${v.path}: ${(v.searchBytes / 1024).toFixed(1)} KB Suchdaten`);
    for (const v of searches) console.log(`${v.path}: ${(v.searchBytes / 1024).toFixed(1)} KB Suchdaten (gzip)`);
    expect(searches.map((v) => v.path)).toContain(TOWN_SEARCH);
    assertNone(bad, `Suchanfragen über ${SEARCH_QUERY_BUDGET / 1024} KB (gzip)`);
  });
});
