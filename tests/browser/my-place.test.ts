/**
 * "Mein Ort" on a phone (390 px): a postcode or a town name leads to the
 * town's page; a postcode outside the district and text that is neither
 * explain themselves. Without JavaScript the form lands on /suche/ort/, where
 * the typed postcode is one tap away from its town (a static site cannot read
 * the query without a script).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';

import { phoneContext } from '../support/reflow.ts';

const site = siteBrowser();



async function submit(page: Page, typed: string): Promise<void> {
  await page.goto(site.origin + '/');
  const box = page.getByRole('region', { name: 'Mein Ort' }).first();
  await box.getByLabel('Postleitzahl oder Ort').fill(typed);
  await box.getByRole('button', { name: /Zu meinem Ort/ }).click();
}

describe('"Mein Ort"', () => {
  it('with JavaScript: postcode or town name → town page; unknown input explains itself', async () => {
    const context = await phoneContext(site.browser, 390, true);
    const page = await context.newPage();
    for (const [typed, town] of [
      ['59439', 'holzwickede'],
      ['Holzwickede', 'holzwickede'],
      ['fröndenberg', 'froendenberg'],
    ] as const) {
      await submit(page, typed);
      await page.waitForURL(`**/orte/${town}/`);
    }
    await submit(page, '10115');
    const msg = page.getByRole('region', { name: 'Mein Ort' }).first().getByRole('status');
    await expect.poll(() => msg.textContent()).toContain('10115 liegt nicht im Kreis Unna');
    expect(new URL(page.url()).pathname).toBe('/');
    await submit(page, 'Berlin');
    await expect.poll(() => msg.textContent()).toContain('„Berlin“ ist keine Postleitzahl und kein Ort im Kreis Unna');
    // A shared link to the landing page goes on to the town as well.
    await page.goto(site.origin + '/suche/ort/?plz=59439');
    await page.waitForURL('**/orte/holzwickede/');
    await context.close();
  });

  it('without JavaScript: the typed postcode is one tap from its town page', async () => {
    const context = await phoneContext(site.browser, 390, false);
    const page = await context.newPage();
    await submit(page, '59439');
    await page.waitForURL('**/suche/ort/?*');
    expect(new URL(page.url()).searchParams.get('plz')).toBe('59439');
    await page.getByRole('link', { name: '59439 Holzwickede' }).click();
    await page.waitForURL('**/orte/holzwickede/');
    expect(await page.locator('h1').textContent()).toContain('Holzwickede');
    await context.close();
  });
});
