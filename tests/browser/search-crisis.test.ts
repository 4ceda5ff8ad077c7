/**
 * Crisis first (issue 13), in a real browser at 390 px: a crisis phrase puts the
 * crisis panel with tap-to-call links above everything else on /suche/ – with
 * JavaScript (only the fitting lines) and without (the page cannot read the
 * query, so the lines for every situation stand first). The no-JS path keeps
 * its promise: the keyword index is linked and has the words. A normal query
 * shows no panel. Also the search page's keyboard path and skip link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { PHONE, DESKTOP } from '../../src/lib/dev/browser.ts';

const site = siteBrowser();


async function withPage<T>(opts: { js: boolean; viewport?: { width: number; height: number } }, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({ viewport: opts.viewport ?? PHONE, locale: 'de-DE', javaScriptEnabled: opts.js });
  const page = await context.newPage();
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** Top of the element in page coordinates. */
const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

const CRISIS = [
  ['mein vater schlägt mich', ['110', '116111']],
  ['geschlagen', ['110', '116111']],
  ['Gewalt zuhause', ['110']],
  ['ich will nicht mehr leben', ['112', '+498001110111', '116123']],
  ['Angst vor meinem Mann', ['110', '116016']],
  ['Schreibaby ich kann nicht mehr', ['+498001110550']],
] as const;

describe('crisis panel on /suche/ (390 px)', () => {
  it.each(CRISIS)('with JavaScript: "%s" shows the fitting lines above the results', async (q, numbers) => {
    await withPage({ js: true }, async (page) => {
      await page.goto(`${site.origin}/suche/?q=${encodeURIComponent(q)}`);
      const panel = page.locator('#crisis-panel');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      const tels = await panel.locator('li:not([hidden]) a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)));
      for (const n of numbers) expect(tels, q).toContain(n);
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/Sofort Hilfe/);
      const panelTop = await top(page, '#crisis-panel');
      expect(panelTop).toBeLessThan(await top(page, '#search-status'));
      expect(panelTop).toBeLessThan(await top(page, '#search-filters'));
      // Never "0 Treffer" only.
      expect(await page.locator('#search-status').textContent()).not.toMatch(/^Keine Treffer/);
    });
  });

  it('with JavaScript: an ordinary query shows no crisis panel', async () => {
    await withPage({ js: true }, async (page) => {
      await page.goto(`${site.origin}/suche/?q=Hebamme`);
      await expect.poll(() => page.locator('#search-results h3 a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await page.locator('#crisis-panel').isVisible()).toBe(false);
    });
  });

  it.each(CRISIS)('without JavaScript: "%s" from the home page meets the crisis lines first', async (q, numbers) => {
    await withPage({ js: false }, async (page) => {
      await page.goto(`${site.origin}/`);
      const form = page.locator('main form[action="/suche/"]').first();
      await form.locator('input[name="q"]').fill(q);
      await Promise.all([page.waitForURL(/\/suche\/\?q=/), form.locator('button[type="submit"], input[type="submit"]').first().click()]);
      const panel = page.locator('.crisis-panel').first();
      expect(await panel.isVisible()).toBe(true);
      const tels = await panel.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)));
      for (const n of numbers) expect(tels, q).toContain(n);
      // The panel comes before the search form and everything else in the main content.
      expect(await top(page, '.crisis-panel')).toBeLessThan(await top(page, '#search-form'));
      // The page says honestly what it can and cannot do, and where the words typed are.
      await expect.poll(() => page.locator('.search-nojs').textContent()).toMatch(/Adresszeile/);
      expect(await page.locator('.search-nojs a[href="/suche/stichwoerter/"]').count()).toBe(1);
    });
  });

  it('without JavaScript: the keyword index lists the crisis words and leads to the hotlines', async () => {
    await withPage({ js: false }, async (page) => {
      await page.goto(`${site.origin}/suche/stichwoerter/`);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('schlägt mich');
      expect(text).toContain('Hebamme');
      expect(await page.locator('main a[href="/schnelle-hilfe/"]').count()).toBeGreaterThan(3);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(wide).toBe(false);
    });
  });
});

describe('search page keyboard path (issue 14, /suche/ part)', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`${viewport.width} px: the first result is reached in at most 5 Tab presses from the search field; filter groups start closed`, async () => {
      await withPage({ js: true, viewport }, async (page) => {
        await page.goto(`${site.origin}/suche/?q=Hebamme`);
        await expect.poll(() => page.locator('#search-results h3 a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await page.locator('details.filter-group[open]').count()).toBe(0);
        expect(await page.locator('#search-filter-more[open]').count()).toBe(0);
        await page.locator('#search-q').focus();
        const first = await page.locator('#search-results h3 a').first().getAttribute('href');
        let reached = 0;
        for (let i = 1; i <= 5; i++) {
          await page.keyboard.press('Tab');
          const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
          if (href === first) {
            reached = i;
            break;
          }
        }
        expect(reached, 'Tab-Schritte bis zum ersten Treffer').toBeGreaterThan(0);
      });
    });
  }

  it('the skip link "Zu den Ergebnissen" leads to the results; a chosen filter shows its count in the closed summary', async () => {
    await withPage({ js: true }, async (page) => {
      await page.goto(`${site.origin}/suche/?q=Erziehungsberatung%20L%C3%BCnen`);
      await expect.poll(() => page.locator('#search-results h3 a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      // The town in the words became a visible, removable filter.
      expect(await page.locator('#search-q').inputValue()).toBe('Erziehungsberatung');
      await expect.poll(() => page.locator('[data-filter-count="ort"]').textContent()).toBe('(1 gewählt)');
      const chip = page.locator('#search-active .filter-chip');
      expect(await chip.textContent()).toContain('Ort: Lünen');
      const skip = page.locator('a.skip-results');
      await page.keyboard.press('Tab');
      await skip.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#search-output$/);
      await chip.click();
      await expect.poll(() => page.locator('#search-active .filter-chip').count()).toBe(0);
      expect(page.url()).not.toContain('ort=');
    });
  });
});

describe('crisis panel on the translated search pages (issue 16, 390 px)', () => {
  const visibleTels = (page: Page) => page.locator('#crisis-panel li:not([hidden]) a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(4)));

  it.each([
    ['tr', 'babam beni dövüyor'],
    ['ar', 'أبي يضربني'],
  ])('/%s/suche/: typing "%s" shows the panel in the language, 110 first, then 116 111', async (lang, q) => {
    await withPage({ js: true }, async (page) => {
      await page.goto(`${site.origin}/${lang}/suche/`);
      const panel = page.locator('#crisis-panel');
      expect(await panel.isVisible()).toBe(false);
      await page.locator('[data-lang-search-wrap] input[name="q"]').fill(q);
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      const tels = await visibleTels(page);
      expect(tels[0]).toBe('110');
      expect(tels).toContain('116111');
      expect(await panel.locator('#crisis-heading > span:not([hidden])').getAttribute('data-crisis-term')).toBe('gewalt-zuhause');
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    });
  });

  it('/tr/suche/?q=okul: an ordinary word shows no panel', async () => {
    await withPage({ js: true }, async (page) => {
      await page.goto(`${site.origin}/tr/suche/?q=okul`);
      await expect.poll(() => page.locator('#suchstatus').textContent(), { timeout: 15_000 }).not.toBe('');
      expect(await page.locator('#crisis-panel').isVisible()).toBe(false);
    });
  });
});
