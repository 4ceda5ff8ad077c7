/**
 * The service worker (served as /sw.js; written into dist/ by the `bff-offline`
 * integration, src/integrations/offline.ts, which strips the types and puts the
 * build's configuration in front as `OFFLINE`).
 *
 * - Pages are fetched from the network first. The home page, "Schnelle Hilfe",
 *   the offline page and every town page the visitor opens are kept in one
 *   cache per build; without a network (or after a few seconds of waiting
 *   for a page we have) the kept copy is shown, for any other page the offline
 *   page with the hotlines.
 * - Stylesheets (hashed file names, never change) come from the cache first.
 * - Everything else goes to the network untouched: other origins, /admin/,
 *   the search index (/pagefind/), scripts, data. The worker itself never
 *   requests another origin.
 * - A new build has a new version: its worker installs, deletes the caches of
 *   older versions and takes over.
 *
 * Deliberately dependency-free and small: see docs/performance.md ("Offline").
 */

import type { OfflineConfig } from '../lib/offline-paths.ts';

interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

declare const OFFLINE: OfflineConfig;

const worker = self as unknown as WorkerScope;
const PREFIX = OFFLINE.cachePrefix;
const CACHE = PREFIX + OFFLINE.version;
const keep = OFFLINE.keep.map((source) => new RegExp(source));
const immutable = OFFLINE.immutable.map((source) => new RegExp(source));

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(OFFLINE.precache))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  if (OFFLINE.bypass.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url.pathname));
  else if (immutable.some((re) => re.test(url.pathname))) event.respondWith(cacheFirst(request));
});

/** Network first; keep the page if it is one we keep; fall back to the kept copy or the offline page. */
async function page(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(path);
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic' && (OFFLINE.precache.includes(path) || keep.some((re) => re.test(path)))) {
      await cache.put(path, response.clone());
    }
    return response;
  });
  try {
    if (!kept) return await network;
    // A weak connection should not keep a parent waiting for a page we have.
    const slow = new Promise<undefined>((resolve) => setTimeout(resolve, OFFLINE.timeout));
    return (await Promise.race([network, slow])) ?? kept;
  } catch {
    return kept ?? (await cache.match(OFFLINE.offlinePage)) ?? Response.error();
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

export {};
