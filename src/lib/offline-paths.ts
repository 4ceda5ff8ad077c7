/**
 * What the browser side of the offline support needs, without Node modules
 * and without other imports: the registration script on every page imports
 * only this file, so it stays one small module (no shared chunk to fetch).
 * Hence the worker's path is written here as well as in the URL module
 * (PAGES.serviceWorker; a unit test keeps them equal); the rest lives in
 * src/lib/offline.ts. The worker
 * (src/offline/service-worker.ts) takes its configuration type from here.
 */
/** Where the worker is served; its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';
/** App icons (public/). */
export const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
] as const;
/** Names of the worker's caches: this prefix plus the build's version. */
export const OFFLINE_CACHE_PREFIX = 'bff-offline-';

/** The worker's per-build configuration (made by `offlineConfig` in src/lib/offline.ts, put in front of the worker as `OFFLINE`). */
export interface OfflineConfig {
  /** Changes with every build whose offline files change. */
  version: string;
  /** Cache names are this prefix plus the version. */
  cachePrefix: string;
  /** Same-origin URLs stored on install (pages and their stylesheets). */
  precache: string[];
  /** The page shown for any page that is not stored. */
  offlinePage: string;
  /** Path patterns (RegExp sources) of pages stored when the visitor opens them. */
  keep: string[];
  /** Path prefixes the worker never touches. */
  bypass: string[];
  /** Path patterns of files that never change (cache first). */
  immutable: string[];
  /** Milliseconds to wait for the network before a stored page is shown instead. */
  timeout: number;
}
