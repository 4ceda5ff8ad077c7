/**
 * The one setup of the browser tests: the preview server over dist/ that the
 * `site` project's global setup started (tests/support/global-setup.ts), and
 * one headless Chromium per test file, launched before the file's tests and
 * closed after them.
 *
 *   const site = siteBrowser();
 *   it('…', async () => { const page = await site.browser.newPage(); await page.goto(site.origin + '/'); … });
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../src/lib/dev/browser.ts';

export interface SiteBrowser {
  /** Origin of the built site, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** The file's Chromium (available inside tests and hooks). */
  readonly browser: Browser;
  /** A new context of the file's browser: German locale, the site's offline worker blocked unless asked for. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** The origin of the built site served for this test run. */
export function siteOrigin(): string {
  return inject('siteOrigin');
}

/** Registers beforeAll/afterAll for one browser over the served site; call at the top of a test file. */
export function siteBrowser(): SiteBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const site: SiteBrowser = {
    origin: siteOrigin(),
    get browser(): Browser {
      if (!browser) throw new Error('siteBrowser(): der Browser startet erst in beforeAll.');
      return browser;
    },
    context: (options = {}) => site.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block', ...options }),
  };
  return site;
}
