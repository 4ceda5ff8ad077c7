/**
 * What the first search query transfers on a built site, counted as
 * `npm run bench:search` counts "first query KB": the searched bundle's pagefind.js plus every file
 * Pagefind's own module fetches for the query as the search page runs it
 * (`pageLikeSearch`: the town taken from the words as a filter) and the first
 * page of results, each file as it crosses the wire (`wireBytes`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageLikeSearch } from '../src/lib/dev/search/like-page.ts';
import { serveDist } from '../src/lib/dev/server.ts';
import { pagefindScriptOf } from '../src/lib/urls.ts';

export const FIRST_QUERY = 'alleinerziehend Unna';

/**
 * Bytes a file costs on the wire: Pagefind's index files (.pf_*, .pagefind) are gzip already and
 * are sent as they are; JavaScript and JSON are compressed by the host (GitHub Pages and every
 * common static host send them with gzip), so they count gzip-compressed.
 */
export function wireBytes(name: string, body: Uint8Array): number {
  return /\.(js|json)(\?|$)/.test(name) ? gzipSync(body).byteLength : body.byteLength;
}

export async function firstQueryTransfer(dist: string, query = FIRST_QUERY): Promise<number> {
  const server = await serveDist(dist);
  const realFetch = globalThis.fetch;
  let bytes = 0;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await realFetch(input, init);
    const name = String(input instanceof Request ? input.url : input);
    // Read the body before adding: `bytes += f(await …)` would read `bytes` before the await, and
    // Pagefind fetches several files at once, so concurrent additions were lost (2026-12-01: 100 KB
    // counted where 189 KB crossed the wire at 10,000 entries).
    const body = new Uint8Array(await response.clone().arrayBuffer());
    bytes += wireBytes(name, body);
    return response;
  };
  try {
    const asPage = await pageLikeSearch(dist, server.origin);
    const { bundle } = await asPage(query);
    // The browser fetches the bundle's pagefind.js itself; in Node it is imported from disk.
    const script = join(dist, pagefindScriptOf(bundle));
    return bytes + wireBytes(script, readFileSync(script));
  } finally {
    globalThis.fetch = realFetch;
    await server.close();
  }
}
