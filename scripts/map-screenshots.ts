/**
 * Screenshots of /karte/ on a 390 px phone and a 1280 px screen, before and
 * after consent (tiles answered locally). Usage:
 *   npx node scripts/map-screenshots.ts [outDir=/tmp/shots] [distDir=dist]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist, DIST } from '../src/lib/dev/server.ts';
import { launchBrowser, PHONE, DESKTOP } from '../src/lib/dev/browser.ts';
import { recordingContext } from '../src/lib/dev/map-recording.ts';

const out = resolve(process.argv[2] ?? '/tmp/shots');
const dist = process.argv[3] ? resolve(process.argv[3]) : DIST;
const path = process.env.SHOT_PATH ?? '/karte/';
const name = process.env.SHOT_NAME ?? 'map';
mkdirSync(out, { recursive: true });
const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  for (const [label, viewport] of [['390', PHONE], ['1280', DESKTOP]] as const) {
    const rec = await recordingContext(browser, server.origin, { viewport });
    const page = await rec.context.newPage();
    page.on('console', (m) => console.log(`[${label}] console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${label}] pageerror: ${e.message}`));
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `${out}/${name}-${label}-before.png` });
    if (label === '390') await page.screenshot({ path: `${out}/${name}-${label}-before-long.png`, fullPage: true, clip: { x: 0, y: 0, width: 390, height: 1800 } });
    const button = page.getByRole('button', { name: 'Karte laden' }).first();
    await button.scrollIntoViewIfNeeded();
    if (label === '390') await page.screenshot({ path: `${out}/${name}-${label}-placeholder.png` });
    await button.click();
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    await page.waitForTimeout(800);
    if (label === '390') await page.locator('[data-place-map]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${name}-${label}-after.png` });
    // A popup: expand a cluster if needed, then open the first single marker.
    for (let i = 0; i < 4 && (await page.locator('.leaflet-marker-icon[data-place-id]').count()) === 0; i++) {
      await page.locator('.bff-cluster').first().click();
      await page.waitForTimeout(800);
    }
    const marker = page.locator('.leaflet-marker-icon[data-place-id]').first();
    if ((await marker.count()) > 0) {
      await marker.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${out}/${name}-${label}-popup.png` });
    }
    console.log(`${label}: ${rec.external.length} external requests (${rec.tiles.length} tiles) after consent`);
    await rec.context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
