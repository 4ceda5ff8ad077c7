/**
 * The site on a phone: every section of the main navigation can be reached
 * at 320 px without JavaScript, and "Schnelle Hilfe" is one tap away at the
 * bottom of the longest page at 390 px (visible, inside the viewport, not
 * covered by anything else).
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { NAV_ITEMS } from '../../src/components/navigation.ts';

import { phoneContext } from '../support/reflow.ts';
import { fileOf, sitemapPaths } from '../../src/lib/dev/site.ts';

const site = siteBrowser();



/** True when the element's centre is inside the viewport and the element itself is what is there (not covered, not clipped). */
async function tappable(page: Page, selector: string): Promise<{ ok: boolean; why: string }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return { ok: false, why: 'fehlt' };
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width === 0 || r.height === 0) return { ok: false, why: 'unsichtbar' };
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return { ok: false, why: `außerhalb des Bildschirms (${Math.round(x)}, ${Math.round(y)})` };
    if (r.left < 0 || r.right > document.documentElement.clientWidth + 0.5) return { ok: false, why: `abgeschnitten (${Math.round(r.left)}–${Math.round(r.right)} px)` };
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) return { ok: false, why: `verdeckt von ${hit?.tagName.toLowerCase()}.${hit?.className}` };
    return { ok: true, why: '' };
  }, selector);
}

describe('phone: navigation and "Schnelle Hilfe"', () => {
  it('every section of the main navigation is visible and tappable at 320 px without JavaScript', async () => {
    const context = await phoneContext(site.browser, 320, false);
    const page = await context.newPage();
    await page.goto(site.origin + '/angebote/');
    const problems: string[] = [];
    for (const item of NAV_ITEMS) {
      const r = await tappable(page, `nav[aria-label="Hauptnavigation"] a[href="${item.href}"]`);
      if (!r.ok) problems.push(`${item.label}: ${r.why}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('"Schnelle Hilfe" is one tap away at the bottom of the longest page at 390 px', async () => {
    const paths = sitemapPaths();
    const longest = paths.reduce((a, b) => (statSync(fileOf(b)).size > statSync(fileOf(a)).size ? b : a));
    const context = await phoneContext(site.browser, 390, true);
    const page = await context.newPage();
    await page.goto(site.origin + longest);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, `${longest} ist lang genug für den Test`).toBeGreaterThan(3 * 740);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => Math.abs(window.scrollY + innerHeight - document.documentElement.scrollHeight) < 2);
    const link = page.getByRole('banner').locator('xpath=following-sibling::*[1]').getByRole('link', { name: /^Schnelle Hilfe/ });
    expect(await link.count()).toBe(1);
    const r = await tappable(page, '.quick-bar-link');
    expect(r.why, longest).toBe('');
    await link.click();
    await page.waitForURL(/\/schnelle-hilfe\/$/);
    // On /schnelle-hilfe/ itself the link says so.
    expect(await page.locator('.quick-bar-link').getAttribute('aria-current')).toBe('page');
    // The bar takes its own place: at the top of a page it does not cover the page's heading.
    await page.goto(site.origin + '/angebote/');
    expect((await tappable(page, 'main h1')).why).toBe('');
    await context.close();
  });
});
