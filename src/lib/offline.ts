/**
 * Offline support: what the service worker (src/offline/service-worker.ts)
 * keeps, and how its per-build configuration is made from the built site.
 * Used by the `bff-offline` integration (writes dist/sw.js), the registration
 * component and the tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NON_CONTENT_PREFIXES, PAGES, URL_PREFIX } from './urls.ts';

export { ICONS, OFFLINE_CACHE_PREFIX, SERVICE_WORKER_PATH, type OfflineConfig } from './offline-paths.ts';
import { ICONS, OFFLINE_CACHE_PREFIX, type OfflineConfig } from './offline-paths.ts';

/** The German page shown offline for any page that is not stored. */
export const OFFLINE_PAGE = PAGES.offline;
/** The web app manifest. */
export const MANIFEST_PATH = PAGES.manifest;

/** Pages stored on the first visit to any page: home and "Schnelle Hilfe" (plus the offline page). */
export const PRECACHE_PAGES = [PAGES.home, PAGES.quickHelp] as const;
/** Never touched by the worker: the editor and the search index (which must never be stale). */
export const BYPASS_PREFIXES = NON_CONTENT_PREFIXES;
/** Milliseconds to wait for the network before a stored page is shown instead. */
export const NETWORK_TIMEOUT_MS = 4000;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Town pages the visitor opens are stored: a town page and its further list pages (one or more segments below it), not the printable guide. */
export const KEEP_PATTERNS = [`^${escapeRegExp(URL_PREFIX.towns)}[^/]+/(?:(?!wegweiser/)[^/]+/)*$`];
/** Stylesheets and other hashed build files never change: cache first. */
export const IMMUTABLE_PATTERNS = ['^/_astro/[^/]+\\.css$'];

/** Same-origin stylesheets a built page links to (`<link rel="stylesheet" href="/…">`). */
export function stylesheetsOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\srel="?stylesheet"?/i.test(tag)) continue;
    const href = /\shref="([^"]+)"/i.exec(tag)?.[1];
    if (href && href.startsWith('/') && !href.startsWith('//')) out.push(href);
  }
  return out;
}

/** The built file of a URL path in `dist`. */
function fileOf(dist: string, path: string): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

/**
 * The worker's configuration for a built site: the pages to store on install
 * with every stylesheet they or a town page link to, and a version that is a
 * hash of all of these files and the worker's code — a build that changes any
 * of them gets a new version (and the old caches are deleted).
 */
export function offlineConfig(dist: string, workerCode: string): OfflineConfig {
  const pages = [...PRECACHE_PAGES, OFFLINE_PAGE];
  const townDir = join(dist, URL_PREFIX.towns);
  const townPages = existsSync(townDir)
    ? readdirSync(townDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(townDir, d.name, 'index.html')))
        .map((d) => `${URL_PREFIX.towns}${d.name}/`)
    : [];
  const css = new Set<string>();
  for (const p of [...pages, ...townPages]) {
    const file = fileOf(dist, p);
    if (existsSync(file)) for (const href of stylesheetsOf(readFileSync(file, 'utf8'))) css.add(href);
  }
  const assets = [...[...css].sort(), MANIFEST_PATH, ...ICONS.map((i) => i.src)].filter((p) => existsSync(fileOf(dist, p)));
  const precache = [...pages, ...assets];
  const hash = createHash('sha256').update(workerCode);
  for (const p of precache) {
    const file = fileOf(dist, p);
    hash.update(p).update(existsSync(file) ? readFileSync(file) : '');
  }
  return {
    version: hash.digest('hex').slice(0, 12),
    cachePrefix: OFFLINE_CACHE_PREFIX,
    precache,
    offlinePage: OFFLINE_PAGE,
    keep: KEEP_PATTERNS,
    bypass: [...BYPASS_PREFIXES],
    immutable: IMMUTABLE_PATTERNS,
    timeout: NETWORK_TIMEOUT_MS,
  };
}
