/**
 * `npm run audit`: Lighthouse (mobile emulation, simulated slow 4G and 4×
 * CPU slowdown — Lighthouse's defaults) with the system Chromium over the
 * built site, served with Astro's preview server (gzip, like a static host) on a random loopback port.
 *
 * Pages: home, a town page, an offer page and the search page (or the paths
 * given as arguments). Writes one HTML report per page to reports/lighthouse/,
 * a summary.json, and prints a table. Budgets: 100 in accessibility, best
 * practices and SEO, at least 95 in performance; the exit code is 1 when a
 * budget is missed.
 *
 *   npm run build && npm run audit
 *   npm run audit -- /orte/selm/ /karte/      # other pages
 *   LIGHTHOUSE_RUNS=3 npm run audit            # median of three runs per page
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { assertChromium, launchBrowser } from '../src/lib/dev/browser.ts';
import { FULL_CHROMIUM } from '../src/lib/dev/chromium-path.ts';
import { freePort, serveDist } from '../src/lib/dev/server.ts';
import { pageTypeOf, sitemapPaths } from '../src/lib/dev/site.ts';

/** Lighthouse runs in the full Chromium unless CHROMIUM_PATH says otherwise. */
const AUDIT_CHROMIUM = process.env.CHROMIUM_PATH || FULL_CHROMIUM;
const OUT = resolve(import.meta.dirname, '../reports/lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const BUDGET: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));

function defaultPages(): { name: string; path: string }[] {
  const paths = sitemapPaths();
  const pick = (type: string, preferred?: string) =>
    (preferred && paths.includes(preferred) ? preferred : undefined) ?? paths.find((p) => pageTypeOf(p) === type);
  const pages = [
    { name: 'startseite', path: '/' },
    { name: 'ort', path: pick('town', '/orte/selm/') },
    { name: 'angebot', path: pick('offer') },
    { name: 'suche', path: paths.includes('/suche/') ? '/suche/' : undefined },
  ];
  for (const p of pages) if (!p.path) console.warn(`Hinweis: keine Seite für "${p.name}" in der Sitemap gefunden, übersprungen.`);
  return pages.filter((p): p is { name: string; path: string } => p.path !== undefined);
}

function nameOf(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'startseite';
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  assertChromium(AUDIT_CHROMIUM);
  const args = process.argv.slice(2).filter((a) => a.startsWith('/'));
  const pages = args.length > 0 ? args.map((path) => ({ name: nameOf(path), path })) : defaultPages();
  mkdirSync(OUT, { recursive: true });
  // Astro's preview server compresses text (gzip) like a static host.
  const server = await serveDist();
  // The system's full Chromium (as a visitor's browser; the tests' headless shell is a leaner build),
  // started by playwright-core with a DevTools port that Lighthouse connects to.
  const port = await freePort();
  const chrome = await launchBrowser({ executablePath: AUDIT_CHROMIUM, args: [`--remote-debugging-port=${port}`] });
  const rows: { name: string; path: string; scores: Record<Category, number>; metrics: Record<string, string>; failedAudits: string[] }[] = [];
  try {
    for (const page of pages) {
      const runs: Record<Category, number>[] = [];
      let last: Awaited<ReturnType<typeof lighthouse>>;
      for (let i = 0; i < RUNS; i++) {
        last = await lighthouse(
          server.origin + page.path,
          { port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES], locale: 'de' },
        );
        if (!last) throw new Error(`Lighthouse lieferte kein Ergebnis für ${page.path}`);
        runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((last!.lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>);
      }
      const result = last!;
      writeFileSync(join(OUT, `${page.name}.html`), result.report as string);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))])) as Record<Category, number>;
      const audits = result.lhr.audits;
      const metrics = Object.fromEntries(
        ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
          id,
          audits[id]?.displayValue ?? '–',
        ]),
      );
      const bytes = audits['total-byte-weight']?.numericValue;
      metrics['total-byte-weight'] = bytes === undefined ? '–' : `${(bytes / 1024).toFixed(0)} KiB`;
      const failedAudits = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push({ name: page.name, path: page.path, scores, metrics, failedAudits });
      console.log(`✓ ${page.path}`);
    }
  } finally {
    await chrome.close();
    await server.close();
  }

  const header = ['Seite', 'Pfad', 'Perf.', 'Barrierefr.', 'Best Pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'Bytes'];
  const table = rows.map((r) => [
    r.name,
    r.path,
    String(r.scores.performance),
    String(r.scores.accessibility),
    String(r.scores['best-practices']),
    String(r.scores.seo),
    r.metrics['largest-contentful-paint']!,
    r.metrics['total-blocking-time']!,
    r.metrics['cumulative-layout-shift']!,
    r.metrics['total-byte-weight']!,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\nLighthouse (mobil, ${RUNS === 1 ? '1 Lauf' : `Median aus ${RUNS} Läufen`}, Chromium ${AUDIT_CHROMIUM})`);
  console.log(line(header));
  for (const row of table) console.log(line(row));

  const misses: string[] = [];
  for (const r of rows) {
    for (const c of CATEGORIES) {
      if (r.scores[c] < BUDGET[c]) misses.push(`${r.path}: ${c} ${r.scores[c]} < ${BUDGET[c]} (nicht bestanden: ${r.failedAudits.join(', ') || '–'})`);
    }
  }
  writeFileSync(
    join(OUT, 'summary.json'),
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, budget: BUDGET, pages: rows }, null, 2),
  );
  console.log(`\nBerichte: ${OUT}/*.html`);
  if (misses.length > 0) {
    console.log(`\nBudget verfehlt:\n${misses.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('Alle Budgets eingehalten (Performance ≥ 95, Barrierefreiheit/Best Practices/SEO = 100).');
  }
}

await main();
