/**
 * The search page in a real browser (Debian Chromium via playwright-core):
 * a parent on a phone types a query, narrows it to a town with the keyboard,
 * follows a result and comes back to the same results; a shared result URL
 * shows the same results in a new tab; term explanations, empty results and
 * tel: links; Pagefind loads only where search is used; axe finds nothing.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { axeViolations, describeViolations } from '../../src/lib/dev/axe.ts';
import { DESKTOP, PHONE } from '../../src/lib/dev/browser.ts';
import { PAGES, pagefindScriptOf, pagefindTownBundle } from '../../src/lib/urls.ts';

const site = siteBrowser();


async function withPage<T>(viewport: { width: number; height: number }, fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({ viewport, locale: 'de-DE' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const out = await fn(page, context);
    expect(errors, 'JavaScript-Fehler auf der Seite').toEqual([]);
    return out;
  } finally {
    await context.close();
  }
}

const resultLinks = (page: Page): Promise<string[]> =>
  page.locator('#search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

async function waitForResults(page: Page): Promise<string[]> {
  await expect.poll(async () => (await resultLinks(page)).length, { timeout: 15_000, message: 'keine Treffer' }).toBeGreaterThan(0);
  return resultLinks(page);
}

describe('search page (site.browser)', () => {
  it('phone: type, filter by town with the keyboard, open a result, come back to the same results', async () => {
    await withPage(PHONE, async (page) => {
      await page.goto(`${site.origin}/suche/`);
      const input = page.getByRole('searchbox', { name: 'Wonach suchen Sie?' });
      await input.click();
      await input.pressSequentially('alleinerziehend', { delay: 20 });
      await page.waitForURL(/\?q=alleinerziehend/);
      const before = await waitForResults(page);
      expect(before).toContain('/angebote/keep-alleinerziehendenberatung/');

      // Open the town filter and check "Selm" with the keyboard; the page must not reload.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      const group = page.locator('[data-filter-group="ort"]');
      if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
      const selm = group.getByRole('checkbox', { name: /^Selm/ });
      await selm.focus();
      await page.keyboard.press('Space');
      await page.waitForURL(/ort=selm/);
      await expect.poll(() => resultLinks(page), { timeout: 15_000 }).not.toEqual(before);
      const filtered = await waitForResults(page);
      expect(filtered).not.toContain('/angebote/keep-alleinerziehendenberatung/'); // Unna only
      expect(filtered).toContain('/angebote/gute-arbeit-fuer-alleinerziehende/'); // district-wide stays
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      const status = page.getByRole('status').filter({ hasText: 'Treffer' });
      expect(await status.innerText()).toMatch(/\d+ Treffer für „alleinerziehend“ – Ort: Selm/);
      const filteredUrl = page.url();

      // Follow a result, then go back.
      await page.locator('#search-results h3 a').first().click();
      await page.waitForURL((u) => u.pathname === filtered[0]);
      await page.goBack();
      await page.waitForURL(filteredUrl);
      await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toEqual(filtered);
      expect(await input.inputValue()).toBe('alleinerziehend');
      // The panel may be folded again (a folded checkbox is not in the accessibility tree), so ask the element.
      expect(await page.locator('input[name="ort"][value="selm"]').isChecked()).toBe(true);

      // Back once more: the unfiltered results.
      await page.goBack();
      await page.waitForURL((u) => !u.search.includes('ort='));
      await expect.poll(() => resultLinks(page), { timeout: 15_000 }).toEqual(before);
    });
  });

  it('a result URL opened in a new tab shows the same results', async () => {
    await withPage(DESKTOP, async (page, context) => {
      const url = `${site.origin}/suche/?q=Kinderschutz&ort=holzwickede&thema=kinderschutz`;
      await page.goto(url);
      const first = await waitForResults(page);
      const tab = await context.newPage();
      await tab.goto(url);
      expect(await waitForResults(tab)).toEqual(first);
      expect(await tab.locator('input[name="ort"][value="holzwickede"]').isChecked()).toBe(true);
      expect(await tab.getByRole('searchbox', { name: 'Wonach suchen Sie?' }).inputValue()).toBe('Kinderschutz');
    });
  });

  it('results show kind, towns, summary and a tel: link; vocabulary terms are explained', async () => {
    await withPage(PHONE, async (page) => {
      await page.goto(`${site.origin}/suche/?q=${encodeURIComponent('Nummer gegen Kummer')}`);
      await waitForResults(page);
      const first = page.locator('#search-results .result').first();
      expect(await first.locator('.badge').innerText()).toBe('Angebot');
      expect(await first.locator('.result-meta').innerText()).toContain('bundesweit');
      expect((await first.locator('.result-summary').innerText()).length).toBeGreaterThan(20);
      const tel = first.locator('a[href^="tel:"]');
      expect(await tel.getAttribute('href')).toMatch(/^tel:(\+\d+|116\d{3})$/);
      const box = await tel.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);

      await page.goto(`${site.origin}/suche/?q=${encodeURIComponent('Frühe Hilfen')}`);
      await waitForResults(page);
      expect(await page.locator('.term-note').first().innerText()).toMatch(/^Frühe Hilfen: /);
      await page.goto(`${site.origin}/suche/?q=${encodeURIComponent('§ 8a')}`);
      await waitForResults(page);
      expect(await page.locator('.term-note').first().innerText()).toMatch(/^Kinderschutz: /);
    });
  });

  it('an empty result suggests what to try', async () => {
    await withPage(PHONE, async (page) => {
      await page.goto(`${site.origin}/suche/?q=Yyqxquatsch&ort=selm`);
      const empty = page.locator('#search-empty');
      await expect.poll(() => empty.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await page.getByRole('status').filter({ hasText: 'Treffer' }).innerText()).toContain('Keine Treffer');
      expect(await empty.locator('a[href="/themen/"]').count()).toBe(1);
      await empty.getByRole('button', { name: 'Ohne Ortsfilter suchen' }).click();
      await page.waitForURL((u) => !u.search.includes('ort='));
    });
  });

  it('loads Pagefind only on the search page', async () => {
    await withPage(PHONE, async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.origin}/`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      await page.goto(`${site.origin}/suche/?q=Kita`);
      await waitForResults(page);
      expect(requests).toContain('/pagefind/pagefind.js');
      expect(requests.filter((p) => p.includes('pagefind-ui') || p.includes('pagefind-worker'))).toEqual([]);
      // The filter counts (all of Pagefind's filter files) load only when a filter group is opened.
      await page.waitForLoadState('networkidle');
      const filterFiles = () => requests.filter((p) => p.startsWith('/pagefind/filter/'));
      expect(filterFiles()).toEqual([]);
      const group = page.locator('[data-filter-group="thema"]');
      if (!(await group.isVisible())) await page.locator('#search-filter-more > summary').click();
      await group.locator('summary').click();
      await expect.poll(() => group.locator('.filter-hits').first().innerText(), { timeout: 15_000 }).toMatch(/^\(\d+\)$/);
      expect(filterFiles().length).toBeGreaterThan(0);
    });
  });

  it('a search in one town loads only that town’s index; the filter counts load the whole one', async () => {
    await withPage(PHONE, async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.origin}/suche/?q=alleinerziehend&ort=unna`);
      const links = await waitForResults(page);
      expect(links).toContain('/angebote/keep-alleinerziehendenberatung/');
      await page.waitForLoadState('networkidle');
      const search = () => requests.filter((p) => p.startsWith('/pagefind/'));
      expect(search()).toContain(pagefindScriptOf(pagefindTownBundle('unna')));
      expect(search().filter((p) => !p.startsWith(pagefindTownBundle('unna'))), 'nur der Suchindex von Unna').toEqual([]);
      // Other words in the same town stay in its index: their chunks and results come from there.
      const before = search().length;
      const input = page.getByRole('searchbox', { name: 'Wonach suchen Sie?' });
      await input.fill('Beratung');
      await page.waitForURL(/q=Beratung/);
      await expect.poll(() => resultLinks(page), { timeout: 15_000 }).not.toEqual(links);
      await page.waitForLoadState('networkidle');
      const later = search().slice(before);
      expect(later.filter((p) => p.endsWith('.pf_fragment')).length, 'Treffer der zweiten Suche').toBeGreaterThan(0);
      expect(later.filter((p) => !p.startsWith(pagefindTownBundle('unna'))), 'nur der Suchindex von Unna').toEqual([]);
      // The counts beside the filter values come from the whole index (a town's own cannot count the other towns).
      const group = page.locator('[data-filter-group="thema"]');
      if (!(await group.isVisible())) await page.locator('#search-filter-more > summary').click();
      await group.locator('summary').click();
      await expect.poll(() => group.locator('.filter-hits').first().innerText(), { timeout: 15_000 }).toMatch(/^\(\d+\)$/);
      expect(search()).toContain(PAGES.pagefindScript);
    });
  });

  it('a town whose index cannot be loaded is searched in the whole index, with its filter', async () => {
    await withPage(PHONE, async (page) => {
      await page.route(`**${pagefindTownBundle('unna')}**`, (route) => route.abort());
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.origin}/suche/?q=alleinerziehend&ort=unna`);
      const links = await waitForResults(page);
      expect(links).toContain('/angebote/keep-alleinerziehendenberatung/');
      expect(links).not.toContain('/angebote/alleinerziehende-selm/');
      expect(requests).toContain(PAGES.pagefindScript);
      expect(await page.locator('#search-error').isHidden()).toBe(true);
    });
  });

  for (const [name, viewport] of [['390 px', PHONE], ['1280 px', DESKTOP]] as const) {
    it(`axe finds no violation on /suche/ with results and open filters (${name})`, async () => {
      await withPage(viewport, async (page) => {
        await page.goto(`${site.origin}/suche/?q=alleinerziehend&ort=unna`);
        await waitForResults(page);
        await page.locator('#search-filter-more').evaluate((d) => ((d as HTMLDetailsElement).open = true));
        for (const d of await page.locator('.filter-group').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
        await expect.poll(() => page.locator('[data-filter-group="thema"] .filter-hits').first().innerText(), { timeout: 15_000 }).not.toBe('');
        expect(describeViolations(await axeViolations(page))).toEqual([]);
      });
    });
  }
});
