/**
 * URLs of the offline support and the shape of the worker's configuration,
 * safe to import in the browser (no Node modules); the rest lives in
 * src/lib/offline.ts. The worker (src/offline/service-worker.ts) takes its
 * configuration type from here.
 */
import { PAGES } from './urls.ts';

/** Where the worker is served; its scope is the whole site. */
export const SERVICE_WORKER_PATH = PAGES.serviceWorker;
/** The German page shown offline for any page that is not stored. */
export const OFFLINE_PAGE = PAGES.offline;
/** The web app manifest. */
export const MANIFEST_PATH = PAGES.manifest;
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
