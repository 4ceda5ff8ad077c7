/**
 * The chain's pages in a real browser:
 * - the Familienwegweiser of one town is printed to an A4 PDF with the system
 *   Chromium (as `npm run wegweiser` does); its text, extracted with `unpdf`,
 *   has the town's name on the first page and every contact point of the
 *   town page;
 * - "Jetzt geöffnet" fills its live region with JavaScript and leaves the
 *   hours table alone without it.
 * (axe over the chain's pages — town, guide, life phases, matrix, Schnelle Hilfe — is part of
 * tests/browser/a11y.test.ts: every template at its smallest and largest page, the largest at
 * 390 and 1280 px.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { DESKTOP } from '../../src/lib/dev/browser.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { executableScripts } from '../../src/lib/dev/site.ts';
import { renderGuidePdf } from '../../scripts/wegweiser.ts';

const TOWN = 'selm';

const site = siteBrowser();
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'wegweiser-'));
});

afterAll(async () => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Names of the contact points the town page shows (Jugendamt and contact sections). */
function townPageContacts(town: string): string[] {
  const page = readFileSync(join(DIST, 'orte', town, 'index.html'), 'utf8');
  const sections = ['aria-labelledby="jugendamt"', 'aria-labelledby="anlaufstellen"'].map((m) => page.split(m)[1]?.split('</section>')[0] ?? '').join('');
  const names = new Map<string, string>();
  for (const m of sections.matchAll(/<a href="\/anlaufstellen\/([^/"]+)\/"[^>]*>([^<]+)<\/a>/g)) names.set(m[1]!, norm(decode(m[2]!)));
  return [...names.values()];
}

describe('Familienwegweiser as PDF', () => {
  it(`prints the guide of ${TOWN} to A4 with its name on page 1 and every contact point`, async () => {
    // The build renders the guides when Chromium is present (scripts/after-build.ts); reuse its PDF.
    const built = join(DIST, 'wegweiser', `${TOWN}.pdf`);
    const pdf = existsSync(built) ? readFileSync(built) : await renderGuidePdf(site.browser, site.origin, TOWN);
    const file = join(out, `${TOWN}.pdf`);
    await import('node:fs').then((fs) => fs.writeFileSync(file, pdf));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20 * 1024);
    expect(pdf.length).toBeLessThan(5 * 1024 * 1024);

    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const page1 = await doc.getPage(1);
    const { width, height } = page1.getViewport({ scale: 1 });
    expect(Math.round(width)).toBe(595); // A4 in points
    expect(Math.round(height)).toBe(842);
    // Tagged (structure for screen readers) and with bookmarks, whichever Chromium build printed it.
    expect((await doc.getMarkInfo())?.Marked).toBe(true);
    expect((await doc.getOutline())?.length ?? 0).toBeGreaterThan(0);
    const { totalPages, text } = await extractText(doc, { mergePages: false });
    expect(totalPages).toBeGreaterThanOrEqual(3);
    const first = norm(text[0]!);
    expect(first).toContain('Familienwegweiser');
    expect(first).toMatch(/Familienwegweiser Selm/);

    const contacts = townPageContacts(TOWN);
    expect(contacts.length).toBeGreaterThan(1);
    // The cover counts the contact points: the same number as the town page shows.
    expect(first).toContain(`${contacts.length} Anlaufstellen`);
    const all = norm(text.join(' '));
    const missing = contacts.filter((name) => !all.includes(name));
    expect(missing, 'Anlaufstellen der Ortsseite, die im PDF fehlen').toEqual([]);
    // The back page carries the emergency numbers.
    expect(norm(text[totalPages - 1]! + ' ' + text[totalPages - 2]!)).toMatch(/110/);
  });
});

describe('Jetzt geöffnet', () => {
  /**
   * Serves the browser side of "Jetzt geöffnet" from source to `page`, as native ES modules: every
   * `/src/…ts` file with its types stripped by Node (no bundler), the one package it imports
   * (feiertagejs) through an import map. Returns the HTML that loads it.
   */
  async function serveClient(page: Page): Promise<string> {
    const root = join(import.meta.dirname, '../..');
    await page.route(`${site.origin}/src/**`, async (route) => {
      const file = join(root, new URL(route.request().url()).pathname);
      await route.fulfill({ contentType: 'text/javascript', body: stripTypeScriptTypes(readFileSync(file, 'utf8')) });
    });
    await page.route(`${site.origin}/node_modules/**`, async (route) => {
      await route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(root, new URL(route.request().url()).pathname), 'utf8') });
    });
    const importMap = JSON.stringify({ imports: { feiertagejs: '/node_modules/feiertagejs/build/feiertage.js' } });
    return `<script type="importmap">${importMap}</script><script type="module" src="/src/components/chain/open-now-client.ts"></script>`;
  }
  /** A blank same-origin page with `body` and the client script. */
  async function openClient(page: Page, body: string): Promise<void> {
    const scripts = await serveClient(page);
    await page.route(`${site.origin}/__open-now__/`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="de"><body>${body}${scripts}</body></html>` }));
    await page.goto(`${site.origin}/__open-now__/`);
  }
  const live = (hours: unknown) =>
    `<div data-open-now="full" data-hours='${JSON.stringify(hours)}'><p data-open-now-status role="status" hidden></p><table class="hours"><caption>Öffnungszeiten</caption></table></div>`;
  const OFFICE = [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '09:00', closes: '17:00' }];

  it('computes the status in German time, whatever the visitor’s time zone', async () => {
    const cases = [
      // Monday 23 November 2026, 23:30 in Berlin = 22:30 UTC.
      { at: '2026-11-23T22:30:00Z', text: 'Jetzt geschlossen, öffnet morgen um 9:00 Uhr', state: 'closed' },
      // Monday 16:40 in Berlin: closes within 30 minutes.
      { at: '2026-11-23T15:40:00Z', text: 'Schließt bald, um 17:00 Uhr (in 20 Minuten)', state: 'closing-soon' },
      // Friday 25 December 2026, 10:00: public holiday in NRW.
      { at: '2026-12-25T09:00:00Z', text: 'Heute Feiertag, jetzt geschlossen, öffnet Mo um 9:00 Uhr', state: 'closed' },
    ];
    for (const c of cases) {
      const context = await site.browser.newContext({ viewport: DESKTOP, locale: 'en-US', timezoneId: 'America/New_York' });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(c.at));
      await openClient(page, live(OFFICE));
      const status = page.locator('[data-open-now-status]');
      await expect.poll(() => status.textContent()).toBe(c.text);
      expect(await status.getAttribute('data-state')).toBe(c.state);
      expect(await status.isVisible()).toBe(true);
      expect(await page.locator('table.hours').count()).toBe(1);
      await context.close();
    }
  });

  it('without JavaScript leaves the status hidden and the hours table alone', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(live(OFFICE));
    expect(await page.locator('[data-open-now-status]').isHidden()).toBe(true);
    expect(await page.locator('table.hours').count()).toBe(1);
    await context.close();
  });

  it('writes round-the-clock hotlines as open at build time and ships no script for them', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/angebote/polizei-notruf-110/`);
    expect(await page.locator('.open-now-status').first().textContent()).toBe('Jetzt geöffnet, rund um die Uhr');
    expect(await page.locator('.open-now table.hours').count()).toBe(1);
    expect(executableScripts(await page.content())).toEqual([]);
    await context.close();
  });
});
