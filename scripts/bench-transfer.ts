/**
 * What the first search query transfers on a built site, counted as
 * `npm run bench:search` counts "first query KB": pagefind.js plus every file
 * Pagefind's own module fetches for the query and the first page of results
 * (index files are gzip-compressed already, so raw bytes are what is sent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_SIZE } from '../src/lib/search/ranking.ts';
import { loadPagefind } from '../src/lib/dev/search/pagefind-node.ts';
import { serveDist } from '../src/lib/dev/server.ts';

export const FIRST_QUERY = 'alleinerziehend Unna';

export async function firstQueryTransfer(dist: string, query = FIRST_QUERY): Promise<number> {
  const server = await serveDist(dist);
  const realFetch = globalThis.fetch;
  let bytes = readFileSync(join(dist, 'pagefind', 'pagefind.js')).byteLength;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await realFetch(input, init);
    bytes += (await response.clone().arrayBuffer()).byteLength;
    return response;
  };
  try {
    const pf = await loadPagefind(dist, server.origin);
    await pf.search(query, {}, PAGE_SIZE);
    return bytes;
  } finally {
    globalThis.fetch = realFetch;
    await server.close();
  }
}
