/**
 * Performance budgets, checked on the built files (sizes are gzip level 9,
 * as a static host or CDN serves them):
 * - a detail page (one offer, contact point, network, organisation, practice
 *   example, source or town) ships no JavaScript unless it shows a map
 *   (JSON data blocks such as schema.org `application/ld+json` are allowed) or
 *   live opening hours: "Jetzt geöffnet" must be computed in the browser, so a
 *   page with structured hours that are not round the clock (`data-open-now`)
 *   may load that one small script (src/components/chain/OpenNowLive.astro) and nothing else;
 * - HTML plus CSS of a detail page (inline and linked) is at most 20 KB;
 *   the printable town guide (/orte/<town>/wegweiser/, a compilation of all
 *   entries of a town with one inline QR code per entry) has its own budget of 64 KB;
 * - no page loads more than 100 KB on start (HTML, CSS, scripts with their
 *   static imports, images and fonts; map tiles come from another server after
 *   consent and are not counted, nor are dynamic imports such as the search index).
 * The web editor /admin/ is not a page of the site and has no budget.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertNone } from '../support/report.ts';
import { assertBuilt } from '../../src/lib/dev/dist.ts';
import { DETAIL_TYPES, executableScripts, hasMap, fileOf, pageTypeOf, pageWeight, type PageType, type PageWeight, sitePages } from '../../src/lib/dev/site.ts';

const KB = 1024;
const DETAIL_HTML_CSS_BUDGET = 20 * KB;
const GUIDE_HTML_CSS_BUDGET = 64 * KB;
const PAGE_BUDGET = 100 * KB;

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

let pages: { path: string; type: PageType; html: string; weight: PageWeight }[] = [];

beforeAll(() => {
  assertBuilt();
  // Without the web editor (/admin/, Decap CMS, a large program for editors only): not a page of the site.
  pages = sitePages().map(({ path }) => {
    return { path, type: pageTypeOf(path), html: readFileSync(fileOf(path), 'utf8'), weight: pageWeight(path) };
  });
  // Print the figures so that a run documents them (largest page per type).
  const byType = new Map<PageType, { path: string; htmlCss: number; total: number; n: number }>();
  for (const p of pages) {
    const cur = byType.get(p.type);
    const htmlCss = p.weight.html + p.weight.css;
    if (!cur) byType.set(p.type, { path: p.path, htmlCss, total: p.weight.total, n: 1 });
    else {
      cur.n++;
      if (p.weight.total > cur.total) Object.assign(cur, { path: p.path, total: p.weight.total });
      cur.htmlCss = Math.max(cur.htmlCss, htmlCss);
    }
  }
  const rows = [...byType.entries()].map(
    ([t, v]) => `${t.padEnd(13)} ${String(v.n).padStart(5)} Seiten  max HTML+CSS ${kb(v.htmlCss).padStart(9)}  max gesamt ${kb(v.total).padStart(9)}  (${v.path})`,
  );
  console.log(`Budgets (gzip):\n${rows.join('\n')}`);
});

describe('budgets', () => {
  it('detail pages without a map ship no JavaScript', () => {
    const offenders = pages
      .filter((p) => DETAIL_TYPES.has(p.type) && !hasMap(p.html))
      .map((p) => ({
        p,
        scripts: executableScripts(p.html).filter((s) => !(/\sdata-open-now=/.test(p.html) && s.src && /\/OpenNowLive\.astro_astro_type_script/.test(s.src))),
      }))
      .filter(({ scripts }) => scripts.length > 0)
      .map(({ p, scripts }) => `${p.path}: ${scripts.map((s) => (s.src ? `<script src="${s.src}">` : `<script type="${s.type}"> (${s.inlineLength} Zeichen inline)`)).join(', ')}`);
    assertNone(offenders, `Detailseiten ohne Karte mit JavaScript`);
  });

  it(`HTML plus CSS of every detail page is at most ${DETAIL_HTML_CSS_BUDGET / KB} KB compressed`, () => {
    const detail = pages.filter((p) => DETAIL_TYPES.has(p.type));
    expect(detail.length).toBeGreaterThan(0);
    const over = detail
      .filter((p) => p.weight.html + p.weight.css > DETAIL_HTML_CSS_BUDGET)
      .map((p) => `${p.path}: HTML ${kb(p.weight.html)} + CSS ${kb(p.weight.css)} = ${kb(p.weight.html + p.weight.css)}`);
    assertNone(over, `Detailseiten über ${DETAIL_HTML_CSS_BUDGET / KB} KB (HTML+CSS, gzip)`);
  });

  it(`HTML plus CSS of every printable town guide is at most ${GUIDE_HTML_CSS_BUDGET / KB} KB compressed`, () => {
    const over = pages
      .filter((p) => p.type === 'townGuide' && p.weight.html + p.weight.css > GUIDE_HTML_CSS_BUDGET)
      .map((p) => `${p.path}: HTML ${kb(p.weight.html)} + CSS ${kb(p.weight.css)} = ${kb(p.weight.html + p.weight.css)}`);
    assertNone(over, `Wegweiser über ${GUIDE_HTML_CSS_BUDGET / KB} KB (HTML+CSS, gzip)`);
  });

  it(`no page loads more than ${PAGE_BUDGET / KB} KB compressed on start`, () => {
    const over = pages
      .filter((p) => p.weight.total > PAGE_BUDGET)
      .map(
        (p) =>
          `${p.path}: ${kb(p.weight.total)} (HTML ${kb(p.weight.html)}, CSS ${kb(p.weight.css)}, JS ${kb(p.weight.js)}, sonst ${kb(p.weight.other)}; größte: ${p.weight.resources
            .sort((a, b) => b.gzip - a.gzip)
            .slice(0, 3)
            .map((r) => `${r.path} ${kb(r.gzip)}`)
            .join(', ')})`,
      );
    assertNone(over, `Seiten über ${PAGE_BUDGET / KB} KB (gzip)`);
  });

  it('every resource a page references exists in dist/', () => {
    const missing = pages.filter((p) => p.weight.missing.length > 0).map((p) => `${p.path}: ${p.weight.missing.join(', ')}`);
    assertNone(missing, `Fehlende Dateien`);
  });
});
