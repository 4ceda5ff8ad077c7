/**
 * Search quality over the built site: Pagefind's own pagefind.js, imported in
 * Node and pointed at a loopback server over dist/, answers a table of
 * realistic queries; filters narrow correctly (a town filter keeps
 * district-wide and nationwide entries); synonyms find entries without
 * appearing in excerpts; navigation, footer and provenance are not indexed.
 *
 * The expected entries are real content: if one is renamed or removed, this
 * test fails and names it (update the table then).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../src/lib/dev/dist.ts';
import { siteOrigin } from '../support/site-browser.ts';
import { loadPagefind, type Hit, type NodePagefind } from '../../src/lib/dev/search/pagefind-node.ts';
import { decodeState, localFilters, localFirst, pagefindFilters } from '../../src/lib/search/url-state.ts';

let pf: NodePagefind;

beforeAll(async () => {
  pf = await loadPagefind(DIST, siteOrigin());
});

/** query → entries that must be first (`first`) and/or among the top five (`top5`). */
const QUERIES: { q: string; first?: string; top5?: string[] }[] = [
  { q: 'Nummer gegen Kummer', first: '/angebote/nummer-gegen-kummer-elterntelefon/', top5: ['/angebote/nummer-gegen-kummer-kinder-jugendtelefon/'] },
  { q: 'Kinderschutz Holzwickede', first: '/netzwerke/ak-kinderschutz-holzwickede/', top5: ['/anlaufstellen/kinderschutzbund-beratungsstelle/'] },
  { q: 'Hebamme Selm', first: '/angebote/familienhebammen/' },
  { q: 'Stadtteileltern', first: '/angebote/stadtteileltern-luenen/' },
  { q: 'Familienhebamme', first: '/angebote/familienhebammen/' },
  { q: 'alleinerziehend Unna', first: '/angebote/keep-alleinerziehendenberatung/', top5: ['/angebote/gute-arbeit-fuer-alleinerziehende/'] },
  { q: 'Erziehungsberatung', top5: ['/anlaufstellen/erziehungsberatung-kreis-unna/', '/anlaufstellen/erziehungsberatung-unna/'] },
  { q: 'Schulden', top5: ['/anlaufstellen/schuldnerberatung-awo-unna/'] },
  { q: 'Schuldnerberatung', first: '/anlaufstellen/schuldnerberatung-awo-unna/' },
  { q: 'Hebamme', top5: ['/angebote/familienhebammen/', '/anlaufstellen/katharinen-hospital-geburtshilfe/'] },
  { q: 'Kita', top5: ['/angebote/kindertagesbetreuung/'] },
  { q: 'Kindertageseinrichtung', top5: ['/angebote/fachberatung-kindertageseinrichtungen/'] },
  { q: 'Jugendamt Selm', first: '/anlaufstellen/jugendamt-selm/' },
  { q: 'ASD', first: '/angebote/allgemeiner-sozialer-dienst/' },
  { q: 'Fachbereich Familie und Jugend', first: '/anlaufstellen/jugendamt-kreis-unna/' },
  { q: 'Frühe Hilfen Selm', first: '/netzwerke/ak-fruehe-hilfen-selm/' },
];

const urls = (hits: Hit[]) => hits.map((h) => h.url);
const pageExists = (url: string) => existsSync(join(DIST, url, 'index.html'));

describe('search: realistic queries', () => {
  it('every expected entry exists in the built site', () => {
    const missing = QUERIES.flatMap((row) => [row.first, ...(row.top5 ?? [])]).filter((u): u is string => !!u && !pageExists(u));
    expect(missing, 'Diese erwarteten Einträge gibt es nicht (mehr) – Tabelle anpassen').toEqual([]);
  });

  for (const row of QUERIES) {
    it(`„${row.q}“`, async () => {
      const { hits } = await pf.search(row.q, {}, 5);
      const top = urls(hits);
      if (row.first) expect(top[0], `erster Treffer für „${row.q}“; Top 5: ${top.join(', ')}`).toBe(row.first);
      for (const url of row.top5 ?? []) expect(top, `„${row.q}“ soll ${url} unter den ersten fünf haben`).toContain(url);
    });
  }
});

describe('search: index contents', () => {
  it('indexes only detail pages of offers, contact points, networks and practice examples', async () => {
    const { hits, total } = await pf.search(null, {}, 1000);
    expect(total).toBeGreaterThan(50);
    for (const url of urls(hits)) expect(url).toMatch(/^\/(angebote|anlaufstellen|netzwerke|praxisbeispiele)\/[a-z0-9-]+\/$/);
  });

  it('does not index navigation, footer or provenance text', async () => {
    // Pagefind also matches parts of words, so look at what was found, not at the count.
    for (const q of ['Zum Inhalt springen', 'Impressum', 'Herkunft der Angaben', 'Eintrag bearbeiten', 'Fehler melden']) {
      const { hits } = await pf.search(q, {}, 50);
      for (const hit of hits) expect(hit.excerpt.replace(/<\/?mark>/g, '').toLowerCase(), `${hit.url} enthält „${q}“`).not.toContain(q.toLowerCase());
    }
  });

  it('finds entries by vocabulary synonyms without showing the synonyms in excerpts', async () => {
    const { hits } = await pf.search('Kindertagesstätte', {}, 20);
    expect(urls(hits)).toContain('/angebote/kindertagesbetreuung/');
    for (const hit of hits) {
      expect(hit.meta.stichworte, hit.url).toBeTruthy();
      expect(hit.excerpt).not.toContain('Kindertageseinrichtung, Kindertagesstätte');
      // No run of three vocabulary words from the hidden keywords appears in the excerpt.
      const words = (hit.meta.stichworte ?? '').split(', ');
      for (let i = 0; i + 2 < words.length; i++) expect(hit.excerpt).not.toContain(words.slice(i, i + 3).join(', '));
    }
  });

  it('gives every result its kind, towns, summary and (where known) a dialable phone', async () => {
    const { hits } = await pf.search(null, {}, 1000);
    for (const hit of hits) {
      expect(hit.meta.title, hit.url).toBeTruthy();
      expect(['Angebot', 'Anlaufstelle', 'Netzwerk', 'Praxisbeispiel']).toContain(hit.meta.art);
      expect(hit.meta.summary, hit.url).toBeTruthy();
      if (hit.meta.tel) expect(hit.meta.tel, hit.url).toMatch(/^(\+\d{6,15}|110|112|116\d{3})$/);
    }
    const kummer = hits.find((h) => h.url === '/angebote/nummer-gegen-kummer-elterntelefon/');
    expect(kummer?.meta.tel).toBeTruthy();
  });
});

describe('search: filters', () => {
  it('offers filter values from the vocabularies', async () => {
    const filters = await pf.filters();
    expect(Object.keys(filters.art ?? {}).sort()).toEqual(['angebot', 'anlaufstelle', 'netzwerk', 'praxisbeispiel']);
    expect(filters.ort?.holzwickede).toBeGreaterThan(0);
    expect(filters.thema?.kinderschutz).toBeGreaterThan(0);
    expect(filters.kosten?.kostenlos).toBeGreaterThan(0);
    expect(Object.keys(filters.zugang ?? {}).every((v) => ['anonym', 'ohne-termin', 'hausbesuch', 'telefonisch', 'online'].includes(v))).toBe(true);
  });

  it('a town filter keeps district-wide and nationwide entries and drops other towns', async () => {
    const all = await pf.search(null, { ort: { any: ['holzwickede'] } }, 1000);
    const found = urls(all.hits);
    expect(found).toContain('/netzwerke/ak-kinderschutz-holzwickede/');
    expect(found).toContain('/angebote/gute-arbeit-fuer-alleinerziehende/'); // district-wide
    expect(found).toContain('/angebote/nummer-gegen-kummer-elterntelefon/'); // nationwide
    expect(found).not.toContain('/angebote/stadtteileltern-luenen/');
    for (const hit of all.hits) expect(hit.filters.ort, hit.url).toContain('holzwickede');
  });

  it('words and filters combine: "alleinerziehend" in Selm keeps district-wide help, drops Unna-only help', async () => {
    const unna = urls((await pf.search('alleinerziehend', { ort: { any: ['unna'] } }, 1000)).hits);
    const selm = urls((await pf.search('alleinerziehend', { ort: { any: ['selm'] } }, 1000)).hits);
    expect(unna).toContain('/angebote/keep-alleinerziehendenberatung/');
    expect(selm).not.toContain('/angebote/keep-alleinerziehendenberatung/');
    expect(selm).toContain('/angebote/gute-arbeit-fuer-alleinerziehende/');
    // The town filter narrows: Selm's results are a proper subset of all results for the word.
    const everywhere = urls((await pf.search('alleinerziehend', {}, 1000)).hits);
    expect(selm.every((u) => everywhere.includes(u)), 'Selm-Treffer, die ohne Filter fehlen').toBe(true);
    expect(everywhere).toContain('/angebote/keep-alleinerziehendenberatung/');
    expect(selm.length).toBeLessThan(everywhere.length);
  });

  it('kind, topic and cost filters narrow the results', async () => {
    const everything = (await pf.search(null, {}, 1000)).total;
    const networks = await pf.search(null, { art: { any: ['netzwerk'] } }, 1000);
    expect(networks.total).toBeGreaterThan(0);
    expect(networks.total).toBeLessThan(everything);
    for (const url of urls(networks.hits)) expect(url).toMatch(/^\/netzwerke\//);

    const free = await pf.search(null, { art: { any: ['angebot'] }, kosten: { any: ['kostenlos'] } }, 1000);
    expect(free.total).toBeGreaterThan(0);
    for (const hit of free.hits) expect(hit.filters.kosten).toContain('kostenlos');

    const both = await pf.search(null, { thema: { any: ['kinderschutz'] }, ort: { any: ['selm'] } }, 1000);
    const topicOnly = await pf.search(null, { thema: { any: ['kinderschutz'] } }, 1000);
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(topicOnly.total);
    for (const hit of both.hits) {
      expect(hit.filters.thema).toContain('kinderschutz');
      expect(hit.filters.ort).toContain('selm');
    }
  });

  it('several values of one filter are alternatives', async () => {
    const a = (await pf.search(null, { ort: { any: ['luenen'] }, art: { any: ['anlaufstelle'] } }, 1000)).total;
    const b = (await pf.search(null, { ort: { any: ['selm'] }, art: { any: ['anlaufstelle'] } }, 1000)).total;
    const both = (await pf.search(null, { ort: { any: ['luenen', 'selm'] }, art: { any: ['anlaufstelle'] } }, 1000)).total;
    expect(both).toBeGreaterThanOrEqual(Math.max(a, b));
    expect(both).toBeLessThanOrEqual(a + b);
  });

  it('with a town filter, entries of that town come before district-wide ones (as the page lists them)', async () => {
    const state = decodeState('?q=Kinderschutz&ort=holzwickede');
    const all = await pf.search(state.q, pagefindFilters(state), 1000);
    const local = await pf.search(state.q, localFilters(state)!, 1000);
    expect(local.total).toBeGreaterThan(0);
    expect(local.total).toBeLessThan(all.total);
    const merged = localFirst(local.hits.map((h) => ({ ...h, id: h.url })), all.hits.map((h) => ({ ...h, id: h.url })));
    expect(merged).toHaveLength(all.total);
    expect(merged.slice(0, local.total).map((h) => h.url)).toContain('/netzwerke/ak-kinderschutz-holzwickede/');
    expect(merged.slice(0, local.total).every((h) => h.meta.orte !== 'kreisweit' && h.meta.orte !== 'bundesweit')).toBe(true);
    for (const hit of local.hits) expect(hit.meta.orte, hit.url).toContain('Holzwickede');
  });
});
