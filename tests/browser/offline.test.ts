/**
 * Offline in a real browser: a parent opens the home page and a town page
 * while online; then the network is gone (context.setOffline). "Schnelle
 * Hilfe" and that town page still open, styled, with working tel: links; a
 * page never opened shows the German offline page with the hotlines. The
 * worker never asks another origin and never stores the search index.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { URL_PREFIX } from '../../src/schemas/index.ts';
import { PHONE } from '../../src/lib/dev/browser.ts';
import { DIST } from '../../src/lib/dev/dist.ts';

const site = siteBrowser();



/** A town page that is not the district's (any town works; take the first with a built page). */
function someTown(): string {
  const dir = join(DIST, URL_PREFIX.towns);
  const slug = readdirSync(dir).find((s) => existsSync(join(dir, s, 'index.html')) && s !== 'kreis-unna');
  if (!slug) throw new Error('Keine Ortsseite in dist/.');
  return `${URL_PREFIX.towns}${slug}/`;
}

/** Paths stored in the worker's caches. */
const storedPaths = (page: Page) =>
  page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) out.push(new URL(req.url).pathname);
    return out;
  });

/** True when the page's own stylesheet is applied (not the browser's default look). */
const styled = (page: Page) =>
  page.evaluate(() => [...document.styleSheets].some((s) => !!s.href && s.href.includes('/_astro/') && s.cssRules.length > 0));

describe('offline (service worker)', () => {
  it('keeps home, Schnelle Hilfe and a visited town page; any other page shows the offline page with hotlines', { timeout: 60_000 }, async () => {
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'de-DE' });
    const foreign: string[] = [];
    const own = new URL(site.origin).origin;
    context.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== own) foreign.push(url);
    });
    try {
      const page = await context.newPage();
      const town = someTown();
      await page.goto(site.origin + '/', { waitUntil: 'load' });
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 20_000 });
      await page.goto(site.origin + town, { waitUntil: 'load' });
      await page.waitForFunction(
        async (path) => {
          for (const name of await caches.keys()) if (await (await caches.open(name)).match(path)) return true;
          return false;
        },
        town,
        { timeout: 20_000 },
      );
      const stored = await storedPaths(page);
      expect(stored).toEqual(expect.arrayContaining(['/', '/schnelle-hilfe/', '/offline/', town]));
      expect(stored.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/admin/'))).toEqual([]);

      await context.setOffline(true);

      await page.goto(site.origin + '/schnelle-hilfe/', { waitUntil: 'load' });
      expect((await page.locator('h1').innerText()).trim()).toBe('Schnelle Hilfe');
      expect(await page.locator('a[href="tel:110"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
      expect(await styled(page)).toBe(true);

      await page.goto(site.origin + town, { waitUntil: 'load' });
      expect(await page.locator('h1').innerText()).toMatch(/Hilfe für Familien/);
      expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      expect(await styled(page)).toBe(true);

      await page.goto(site.origin + '/themen/', { waitUntil: 'load' });
      expect((await page.locator('h1').innerText()).trim()).toBe('Keine Internetverbindung');
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      expect(await page.locator('a[href="tel:110"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="tel:116111"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-offline-page] a[href^="tel:"]').count()).toBeGreaterThan(5);
      expect(await styled(page)).toBe(true);

      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
