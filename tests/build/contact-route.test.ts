/**
 * A way to someone from every entry page (issue 13): each page of an offer,
 * contact point, network, practice example and organisation in dist/ offers,
 * inside its main content, a tel: link, a postal address, or the labelled
 * route "So erreichen Sie jemanden" (responsible Jugendamt and a fitting
 * hotline). And the yellow "Bitte nachfragen" box no longer opens a page: the
 * freshness is one compact line near the contact block.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URL_PREFIX } from '../../src/schemas/index.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';

const COLLECTIONS = ['offers', 'contacts', 'networks', 'practices', 'organisations'] as const;

function entryPages(): { path: string; main: string }[] {
  assertBuilt();
  const out: { path: string; main: string }[] = [];
  for (const c of COLLECTIONS) {
    const dir = join(DIST, URL_PREFIX[c]);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const file = join(dir, slug, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      if (/http-equiv="refresh"/i.test(html)) continue; // redirect from a former slug
      const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? '';
      out.push({ path: `${URL_PREFIX[c]}${slug}/`, main });
    }
  }
  return out;
}

describe('a way to someone on every entry page', () => {
  const pages = entryPages();
  it('finds the entry pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });
  it('every entry page has a tel: link, a postal address or a labelled route', () => {
    const without = pages
      .filter((p) => !/href="tel:/.test(p.main) && !/class="postal-address"/.test(p.main) && !/data-contact-route/.test(p.main))
      .map((p) => p.path);
    expect(without).toEqual([]);
  });
  it('the labelled route names the responsible office or a hotline with a tel: link', () => {
    for (const p of pages.filter((x) => /data-contact-route/.test(x.main))) {
      const route = /<section[^>]*data-contact-route[\s\S]*?<\/section>/.exec(p.main)?.[0] ?? '';
      expect(route, p.path).toMatch(/So erreichen Sie jemanden/);
      expect(/href="tel:/.test(route) || /href="\/anlaufstellen\/[^"]+"/.test(route), p.path).toBe(true);
    }
  });
  it('the Kinder- und Jugendtelefon page gives the numbers seed 002 §4 a names', () => {
    const page = pages.find((p) => p.path === '/angebote/nummer-gegen-kummer-kinder-jugendtelefon/');
    expect(page?.main).toContain('href="tel:116111"');
    expect(page?.main).toContain('href="tel:+498001110333"');
  });
  it('no entry page opens with the yellow "Bitte nachfragen" box', () => {
    expect(pages.filter((p) => /<strong>Bitte nachfragen:<\/strong>/.test(p.main)).map((p) => p.path)).toEqual([]);
  });
});
