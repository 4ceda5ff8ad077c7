/**
 * Accessibility: axe-core over every page in the sitemap (and the 404 page),
 * WCAG 2.0/2.1 A and AA plus WCAG 2.2 AA rules, zero violations.
 * One browser, one context, a few tabs in parallel; a failure names the page,
 * the rule and the offending elements.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { PHONE } from '../../src/lib/dev/browser.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { pageTypeOf, sitemapPaths } from '../../src/lib/dev/site.ts';
import { DESKTOP } from '../../src/lib/dev/browser.ts';
import { TRANSLATED_LANGS } from '../../src/i18n/languages.ts';
import { splitLangPath } from '../../src/i18n/urls.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Tabs of one browser in parallel: one per core (more tabs only queue on the CPU; measured on two cores). */
const TABS = Math.max(2, Math.min(4, availableParallelism()));

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

async function audit(page: Page, path: string): Promise<Finding[]> {
  const response = await page.goto(site.origin + path, { waitUntil: 'load' });
  const findings: Finding[] = [];
  const status = response?.status() ?? 0;
  if (status !== 200 && !path.endsWith('404.html')) {
    findings.push({ path, rule: `HTTP ${status}`, impact: 'critical', help: 'Seite aus der Sitemap nicht erreichbar', helpUrl: '', targets: [] });
    return findings;
  }
  // Legacy mode runs axe.run() in the page itself instead of finishing each
  // run in a new blank page: about twice as fast, and equivalent here because
  // the site has no iframes (nothing from other origins at all). Only
  // violations carry node details; passes are not needed.
  // (options() replaces all options, so it comes before withTags().)
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  for (const v of result.violations) {
    findings.push({
      path,
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`),
    });
  }
  return findings;
}

/** Pages per entry page type that `npm test` audits (the rest share their template and components). */
const PER_TYPE = 4;
const ENTRY_TYPES = new Set(['offer', 'contact', 'network', 'organisation', 'practice', 'source', 'town', 'townGuide', 'lifePhase', 'topic']);

/**
 * Every path when `all`; otherwise the first PER_TYPE pages of each template:
 * entry pages by their type, other pages by their first two path segments
 * (the 16 Leichte-Sprache offers, the 28 practice filters by town and topic
 * share one template each). Every single page — home, lists, statements,
 * search, map — is audited.
 */
export function a11yPaths(paths: string[], all: boolean): string[] {
  if (all) return paths;
  const seen = new Map<string, number>();
  return paths.filter((p) => {
    const type = pageTypeOf(p);
    const template = ENTRY_TYPES.has(type) ? type : p.split('/').slice(0, 3).join('/');
    const n = (seen.get(template) ?? 0) + 1;
    seen.set(template, n);
    return n <= PER_TYPE;
  });
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
  it('the axe setup finds a planted violation (guards against a sweep that checks nothing)', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })));
      const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
      expect(result.violations.map((v) => v.id)).toContain('image-alt');
    } finally {
      await page.close();
    }
  });

  it('every German page type has zero axe violations (every page with A11Y_ALL=1)', { timeout: 900_000 }, async () => {
    // Translated pages share their templates per language: a sample of each page type per language is audited below.
    // axe takes 2–5 s per page on two cores, so `npm test` audits every page that is not an entry plus
    // the first few entries of each page type; the weekly workflow and A11Y_ALL=1 audit every page.
    const paths = a11yPaths(sitemapPaths().filter((p) => splitLangPath(p).lang === 'de'), process.env.A11Y_ALL === '1');
    expect(paths.length).toBeGreaterThan(0);
    if (existsSync(join(DIST, '404.html'))) paths.push('/404.html');
    const queue = [...paths];
    const findings: Finding[] = [];
    await Promise.all(
      Array.from({ length: Math.min(TABS, queue.length) }, async () => {
        const page = await context.newPage();
        try {
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            findings.push(...(await audit(page, path)));
          }
        } finally {
          await page.close();
        }
      }),
    );
    const pagesHit = new Set(findings.map((f) => f.path)).size;
    if (findings.length > 0) throw new Error(`axe: ${findings.length} Verstöße auf ${pagesHit} von ${paths.length} Seiten:${report(findings)}`);
  });

  it('every page type in every language has zero axe violations at 390 and 1280 px', { timeout: 900_000 }, async () => {
    const all = sitemapPaths();
    const sample = TRANSLATED_LANGS.flatMap((lang) => {
      const own = all.filter((p) => splitLangPath(p).lang === lang);
      const first = (re: RegExp) => own.find((p) => re.test(p));
      // One page per template: home, Schnelle Hilfe, town, offer, short statement (about/privacy/accessibility share one), search.
      return [`/${lang}/`, `/${lang}/schnelle-hilfe/`, first(/\/orte\/(?!kreis)[^/]+\/$/), first(/\/angebote\/[^/]+\/$/), `/${lang}/ueber/`, `/${lang}/suche/?q=a`].filter((p): p is string => !!p);
    });
    expect(sample.length).toBe(TRANSLATED_LANGS.length * 6);
    const findings: Finding[] = [];
    const desktop = await site.browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
    try {
      const queue = [context, desktop].flatMap((ctx) => sample.map((path) => ({ ctx, path })));
      await Promise.all(
        [context, desktop].flatMap((ctx) => Array.from({ length: Math.max(1, TABS / 2) }, () => ctx)).map(async (ctx) => {
          const page = await ctx.newPage();
          try {
            for (let i = queue.findIndex((q) => q.ctx === ctx); i >= 0; i = queue.findIndex((q) => q.ctx === ctx)) {
              const { path } = queue.splice(i, 1)[0]!;
              findings.push(...(await audit(page, path)).map((f) => ({ ...f, path: `${f.path} (${ctx === desktop ? 1280 : 390} px)` })));
            }
          } finally {
            await page.close();
          }
        }),
      );
    } finally {
      await desktop.close();
    }
    if (findings.length > 0) throw new Error(`axe: ${findings.length} Verstöße:${report(findings)}`);
  });
});
