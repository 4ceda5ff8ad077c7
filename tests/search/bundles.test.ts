/**
 * The towns' own search indexes (src/lib/search/bundles.ts) over the built site: each town's
 * bundle finds exactly the entries the whole index finds with that town as filter — for every
 * town of the search page, all entries and whole words, each with the same text, metadata and
 * filters — so that searching a town's bundle changes what is downloaded, not what is found.
 *
 * Words are compared quoted (whole words, Pagefind's exact search). Unquoted, Pagefind also
 * finds words that begin with the typed one ("Kita" → "Kitas"), but only those in the index
 * chunk it loads for the word: Pagefind 1.6.0 does not load a neighbouring chunk that holds
 * more of them. Chunks split elsewhere in a smaller index, so such prefix hits can differ in
 * either direction (found 2026-12-01: "Kita" in Lünen, 42 hits in the whole index, 40 in the
 * town's). Unquoted, the town's bundle must still find every whole-word hit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../src/lib/dev/dist.ts';
import { siteOrigin } from '../support/site-browser.ts';
import { loadPagefindModule, type PagefindModule } from '../../src/lib/dev/search/pagefind-node.ts';
import { pagefindTownBundle } from '../../src/lib/urls.ts';
import { readSearchConfig } from '../../src/lib/dev/search/search-config.ts';

const towns = readSearchConfig(DIST).towns.map((t) => t.id);
const WORDS = ['Beratung', 'alleinerziehend', 'Hebamme', 'Kita', 'Familienzentrum'];

let whole: PagefindModule;
beforeAll(async () => {
  whole = await loadPagefindModule(DIST, siteOrigin());
});

async function found(pf: PagefindModule, q: string | null, filters: object): Promise<string[]> {
  const res = await pf.search(q, { filters });
  return (await Promise.all(res.results.map((r) => r.data()))).map((d) => d.url.replace(siteOrigin(), '')).sort();
}

/** What a result carries: a town's bundle must read each page as the whole index does. */
async function carried(pf: PagefindModule, filters: object): Promise<Map<string, unknown>> {
  const res = await pf.search(null, { filters });
  const data = (await Promise.all(res.results.map((r) => r.data()))) as unknown as { url: string; content: string; meta: object; filters: object; word_count: number }[];
  return new Map(data.map((d) => [d.url.replace(siteOrigin(), ''), { content: d.content, meta: d.meta, filters: d.filters, words: d.word_count }]));
}

describe('search: one index per town', () => {
  it('the search page names the towns', () => {
    expect(towns.length).toBeGreaterThan(5);
  });

  for (const town of towns) {
    it(`${town}: its bundle finds what the whole index finds for the town`, async () => {
      const own = await loadPagefindModule(DIST, siteOrigin(), 'de', pagefindTownBundle(town));
      const inTown = { ort: { any: [town] } };
      const all = await found(own, null, {});
      expect(all.length, `${town}: keine Einträge`).toBeGreaterThan(0);
      expect(all, `alle Einträge in ${town}`).toEqual(await found(whole, null, inTown));
      const mine = await carried(own, {});
      const theirs = await carried(whole, inTown);
      for (const [url, data] of mine) expect(data, `${url} im Suchindex von ${town}`).toEqual(theirs.get(url));
      let hits = 0;
      for (const word of WORDS) {
        const exact = await found(own, `"${word}"`, {});
        hits += exact.length;
        expect(exact, `„${word}“ als ganzes Wort in ${town}`).toEqual(await found(whole, `"${word}"`, inTown));
        const typed = await found(own, word, {});
        expect(exact.filter((url) => !typed.includes(url)), `„${word}“ wie getippt in ${town}: ganze Treffer fehlen`).toEqual([]);
      }
      expect(hits, `${town}: kein einziger Treffer für ${WORDS.join(', ')}`).toBeGreaterThan(0);
    });
  }
});
