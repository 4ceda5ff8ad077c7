/**
 * Search quality over the built site, as the search page searches (issue 13):
 * at least 60 realistic queries, at least 90 % with an expected entry in the
 * top five; every crisis phrase shows its crisis panel; a word that is the head
 * or the tail of a compound finds the compound.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST } from '../../src/lib/dev/dist.ts';
import { siteOrigin } from '../support/site-browser.ts';
import { pageLikeSearch, type PageLikeResult } from '../../src/lib/dev/search/like-page.ts';
import { QUERY_SET } from '../../src/lib/dev/search/query-set.ts';
import { matchCrisis } from '../../src/lib/search/crisis.ts';
import { crisisTerm } from '../../src/schemas/vocabulary.ts';

const dist = DIST;
let search: (q: string) => Promise<PageLikeResult>;
const results = new Map<string, PageLikeResult>();

beforeAll(async () => {
  search = await pageLikeSearch(dist, siteOrigin());
  for (const row of QUERY_SET) results.set(row.q, await search(row.q));
}, 120_000);

const crisisTerms = (parse(readFileSync(join(import.meta.dirname, '../../content/vocabularies/crisis.yaml'), 'utf8')) as unknown[]).map((t) => crisisTerm.parse(t));

describe('search quality set', () => {
  it('has at least 60 queries of every kind', () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['compound', 'colloquial', 'typo', 'town', 'crisis', 'professional']) expect(QUERY_SET.some((r) => r.kind === kind), kind).toBe(true);
  });

  it('every expected entry exists', () => {
    const missing = QUERY_SET.flatMap((r) => r.expect).filter((u) => !existsSync(join(dist, u, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('at least 90 % find an expected entry in the top 5', () => {
    const misses = QUERY_SET.filter((r) => {
      const top = results.get(r.q)!.urls.slice(0, 5);
      // A crisis phrase is answered by its panel (the lines are hotline offers) or by the results.
      const panel = r.crisis ? matchCrisis(r.q, crisisTerms).flatMap((t) => t.lines.map((l) => `/angebote/${l}/`)) : [];
      return !r.expect.some((u) => top.includes(u) || panel.includes(u));
    });
    const rate = 1 - misses.length / QUERY_SET.length;
    expect(rate, `Top-5-Fehler: ${misses.map((m) => `„${m.q}“ → ${results.get(m.q)!.urls.slice(0, 5).join(', ')}`).join(' · ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('every crisis phrase calls for its crisis panel', () => {
    for (const r of QUERY_SET.filter((x) => x.crisis)) expect(matchCrisis(r.q, crisisTerms).map((t) => t.id), r.q).toContain(r.crisis);
  });

  it('the tail of a compound finds the compound', () => {
    expect(results.get('hebammen')!.urls.slice(0, 5)).toContain('/angebote/familienhebammen/');
    expect(results.get('Konfliktberatung')!.urls.slice(0, 5)).toContain('/angebote/schwangerschaftskonfliktberatung/');
    expect(results.get('Zentrum')!.urls.some((u) => /familienzentr/.test(u))).toBe(true);
  });

  it('a town in the query becomes the town filter; a misspelling is corrected visibly', () => {
    expect(results.get('Erziehungsberatung Lünen')!.town).toBe('luenen');
    expect(results.get('Erziehungsberatung 59379')!.town).toBe('selm');
    expect(results.get('Kinderschutzbunt')!.corrected).toBe('kinderschutzbund');
  });
});
