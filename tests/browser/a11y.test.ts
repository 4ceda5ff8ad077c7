/**
 * Accessibility: axe-core over every page in the sitemap (and the 404 page),
 * WCAG 2.0/2.1 A and AA plus WCAG 2.2 AA rules, zero violations.
 * One browser, one context, a few tabs in parallel; a failure names the page,
 * the rule and the offending elements.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { workOff } from '../support/workers.ts';
import { axeViolations } from '../../src/lib/dev/axe.ts';
import { PHONE } from '../../src/lib/dev/browser.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { fileOf, pageTypeOf, sitemapPaths } from '../../src/lib/dev/site.ts';
import { DESKTOP } from '../../src/lib/dev/browser.ts';
import { PAGES } from '../../src/lib/urls.ts';
import { LANGUAGE_INFO, TRANSLATED_LANGS } from '../../src/i18n/languages.ts';
import { splitLangPath } from '../../src/i18n/urls.ts';

interface Finding {
  path: string;
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

const site = siteBrowser();
let context: BrowserContext;

beforeAll(async () => {
  // The offline worker is blocked: axe looks at the page, and the worker's precaching would only compete for the CPU.
  context = await site.context({ viewport: PHONE });
});

afterAll(async () => {
  await context?.close();
});

/** Tabs of the shared context, one per worker. */
const tabs = () => ({ open: () => context.newPage(), close: (page: Page) => page.close() });

/**
 * Loads `path` at the first of `viewports` (default: the phone) and runs axe at each of them (the
 * tab is resized for the others: the same page and layout as a fresh load at that size).
 */
async function audit(page: Page, path: string, viewports: readonly { width: number; height: number }[] = [PHONE], skipRules: readonly string[] = []): Promise<Finding[]> {
  // Tabs are reused across paths: every page starts at its first viewport, never at the last page's.
  await page.setViewportSize(viewports[0] ?? PHONE);
  const response = await page.goto(site.origin + path, { waitUntil: 'load' });
  const findings: Finding[] = [];
  const status = response?.status() ?? 0;
  if (status !== 200 && !path.endsWith('404.html')) {
    findings.push({ path, rule: `HTTP ${status}`, impact: 'critical', help: 'Seite aus der Sitemap nicht erreichbar', helpUrl: '', targets: [] });
    return findings;
  }
  // axe is loaded once per page and run at each viewport (the site has no iframes, nothing from
  // other origins at all). Only violations carry node details; passes are not needed.
  for (const [i, viewport] of viewports.entries()) {
    if (i > 0) await page.setViewportSize(viewport);
    const at = viewports.length === 1 ? path : `${path} (${viewport.width} px)`;
    for (const v of await axeViolations(page, { skipRules })) {
      findings.push({
        path: at,
        rule: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`),
      });
    }
  }
  return findings;
}

const ENTRY_TYPES = new Set(['offer', 'contact', 'network', 'organisation', 'practice', 'source', 'town', 'townGuide', 'lifePhase', 'topic']);

/**
 * The template of a German path: entry pages by their type, other pages by their first two path
 * segments. Life phases have three templates (a phase, a phase in one town, the overview matrix).
 */
function templateOf(path: string): string {
  const type = pageTypeOf(path);
  if (type === 'lifePhase') return path === PAGES.chainOverview ? 'chainOverview' : `lifePhase/${path.split('/').filter(Boolean).length}`;
  return ENTRY_TYPES.has(type) ? type : path.split('/').slice(0, 3).join('/');
}

/** The short statements of the translated languages: one template. */
const STATEMENTS = new Set<string>([PAGES.about, PAGES.privacy, PAGES.accessibility]);

/**
 * Every path when `all`; otherwise, of each template, its smallest and its largest page (the
 * extremes of what the template is filled with: a contact without an address and the one with
 * the most, the longest topic list…). Templates: entry pages by their type, other pages by their
 * first two path segments (the 16 Leichte-Sprache offers, the 28 practice filters by town and
 * topic share one template each). Every single page — home, lists, statements, search, map — is
 * audited. `sizeOf` gives a page's size (the built file's bytes).
 */
export function a11yPaths(paths: readonly string[], all: boolean, sizeOf: (path: string) => number): string[] {
  if (all) return [...paths];
  const picked = new Set<string>();
  for (const pages of byTemplate(paths, sizeOf).values()) picked.add(pages[0]!.path).add(pages.at(-1)!.path);
  return paths.filter((p) => picked.has(p));
}

/** The largest page of each template: audited at the desktop width too (wide layouts: the chain in a row, the matrix, the guide). */
export function widePaths(paths: readonly string[], sizeOf: (path: string) => number): Set<string> {
  return new Set([...byTemplate(paths, sizeOf).values()].map((pages) => pages.at(-1)!.path));
}

/** Pages of each template, smallest first. */
function byTemplate(paths: readonly string[], sizeOf: (path: string) => number): Map<string, { path: string; size: number }[]> {
  const out = new Map<string, { path: string; size: number }[]>();
  for (const p of paths) {
    const template = templateOf(p);
    out.set(template, [...(out.get(template) ?? []), { path: p, size: sizeOf(p) }]);
  }
  for (const pages of out.values()) pages.sort((a, b) => a.size - b.size || a.path.localeCompare(b.path));
  return out;
}

function report(findings: Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const lines: string[] = [];
  for (const [rule, list] of [...byRule.entries()].sort((a, b) => b[1].length - a[1].length)) {
    const first = list[0]!;
    lines.push(`\n[${rule}] (${first.impact}) ${first.help} — ${list.length} Seite(n) ${first.helpUrl}`);
    for (const f of list.slice(0, 8)) {
      lines.push(`  ${f.path}`);
      for (const t of f.targets.slice(0, 3)) lines.push(`    ${t}`);
      if (f.targets.length > 3) lines.push(`    … ${f.targets.length - 3} weitere Elemente`);
    }
    if (list.length > 8) lines.push(`  … und ${list.length - 8} weitere Seiten: ${list.slice(8, 30).map((f) => f.path).join(' ')}`);
  }
  return lines.join('\n');
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('the axe setup finds planted violations, and skipping contrast skips only contrast (guards against a sweep that checks nothing)', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}/`, { waitUntil: 'load' });
      await page.evaluate(() => {
        const main = document.querySelector('main');
        main?.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
        const faint = Object.assign(document.createElement('p'), { textContent: 'Kaum lesbar' });
        faint.style.color = '#ccc';
        faint.style.background = '#fff';
        main?.append(faint);
      });
      const all = (await axeViolations(page)).map((v) => v.id);
      expect(all).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
      // As the language sweep runs it: contrast off, every other rule still on.
      const withoutContrast = (await axeViolations(page, { skipRules: ['color-contrast'] })).map((v) => v.id);
      expect(withoutContrast).toContain('image-alt');
      expect(withoutContrast).not.toContain('color-contrast');
    } finally {
      await page.close();
    }
  });

  it('every German template, at its smallest and largest page (the largest also at 1280 px), has zero axe violations (every page with A11Y_ALL=1)', { timeout: 900_000 }, async () => {
    // Translated pages share their templates per language: a sample of each page type per language is audited below.
    // axe takes 1–5 s per page on two cores, so `npm test` audits every page that is not an entry plus
    // the smallest and the largest page of each template; A11Y_ALL=1 audits every page.
    const german = sitemapPaths().filter((p) => splitLangPath(p).lang === 'de');
    const sizeOf = (p: string) => statSync(fileOf(p)).size;
    const paths = a11yPaths(german, process.env.A11Y_ALL === '1', sizeOf);
    const wide = widePaths(german, sizeOf);
    expect(paths.length).toBeGreaterThan(0);
    if (existsSync(join(DIST, '404.html'))) paths.push('/404.html');
    const findings: Finding[] = [];
    await workOff(paths, tabs(), async (page, path) => {
      findings.push(...(await audit(page, path, wide.has(path) ? [PHONE, DESKTOP] : [PHONE])));
    });
    const pagesHit = new Set(findings.map((f) => f.path)).size;
    if (findings.length > 0) throw new Error(`axe: ${findings.length} Verstöße auf ${pagesHit} von ${paths.length} Seiten:${report(findings)}`);
  });

  it('every page type in every language has zero axe violations at 390 px (Arabic, the mirrored layout, also at 1280 px)', { timeout: 900_000 }, async () => {
    // Per language, one page of each template (the German path's template; the short statements
    // share one): in right-to-left Arabic the largest (the mirrored layout under the most content),
    // in the other languages the smallest (their strings, notices and lang/dir marks are the same on
    // every page of a template; the German test above audits both extremes of every template).
    // The search page with a query, so that results are audited too.
    // Colour contrast (axe's slowest rule: two thirds of its time) and the desktop width depend on the
    // stylesheet, not on the words: the left-to-right languages have German's markup with other
    // strings, and German audits the largest page of every template at 1280 px with contrast. So
    // Arabic (the mirrored layout) is audited at both widths with every rule, the other languages
    // at 390 px without contrast.
    const sample = TRANSLATED_LANGS.flatMap((lang) => {
      const own = sitemapPaths().filter((p) => splitLangPath(p).lang === lang);
      const sign = LANGUAGE_INFO[lang].dir === 'rtl' ? 1 : -1;
      const pick = new Map<string, { path: string; size: number }>();
      for (const path of own) {
        const german = splitLangPath(path).path;
        const template = STATEMENTS.has(german) ? 'statement' : templateOf(german);
        const size = sign * statSync(fileOf(path)).size;
        if ((pick.get(template)?.size ?? -Infinity) < size) pick.set(template, { path, size });
      }
      return [...pick.values()].map(({ path }) => (splitLangPath(path).path === PAGES.search ? `${path}?q=a` : path));
    });
    expect(sample.length).toBeGreaterThanOrEqual(TRANSLATED_LANGS.length * 6);
    const findings: Finding[] = [];
    await workOff(sample, tabs(), async (page, path) => {
      const rtl = LANGUAGE_INFO[splitLangPath(path).lang].dir === 'rtl';
      findings.push(...(await audit(page, path, rtl ? [PHONE, DESKTOP] : [PHONE], rtl ? [] : ['color-contrast'])));
    });
    if (findings.length > 0) throw new Error(`axe: ${findings.length} Verstöße auf ${sample.length} Seiten (390 px, Arabisch auch 1280 px):${report(findings)}`);
  });
});
