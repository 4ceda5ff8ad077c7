/**
 * URLs of the offline support, safe to import in the browser (no Node modules);
 * the rest lives in src/lib/offline.ts.
 */
/** Where the worker is served; its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';
/** The German page shown offline for any page that is not stored. */
export const OFFLINE_PAGE = '/offline/';
/** The web app manifest. */
export const MANIFEST_PATH = '/manifest.webmanifest';
/** App icons (public/). */
export const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
] as const;
/** Names of the worker's caches: this prefix plus the build's version. */
export const OFFLINE_CACHE_PREFIX = 'bff-offline-';
