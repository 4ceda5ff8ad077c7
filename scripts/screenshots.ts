/**
 * `npm run screenshots`: pictures of the built site for the README and for
 * reviews. Serves dist/ on a random loopback port and writes
 * docs/screenshots/<page>-<width>.png for the home page, a town page, an offer
 * page, a search with results and the map page (before consent: no tiles are
 * loaded), each at 390 px (phone) and 1280 px (desktop), first screen only.
 *
 *   npm run build && npm run screenshots
 *   npm run screenshots -- --full      # whole pages instead of the first screen
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DESKTOP, launchBrowser, PHONE } from '../src/lib/dev/browser.ts';
import { serveDist } from '../src/lib/dev/server.ts';
import { pageTypeOf, sitemapPaths } from '../src/lib/dev/site.ts';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const FULL = process.argv.includes('--full');

function pages(): { name: string; path: string }[] {
  const paths = sitemapPaths();
  const first = (type: string, preferred: string[] = []) => preferred.find((p) => paths.includes(p)) ?? paths.find((p) => pageTypeOf(p) === type);
  const list = [
    { name: 'startseite', path: '/' },
    { name: 'ort', path: first('town', ['/orte/selm/', '/orte/unna/']) },
    { name: 'angebot', path: first('offer', ['/angebote/kinder-jugendtelefon-dksb/', '/angebote/familienhebammen/']) },
    { name: 'suche', path: paths.includes('/suche/') ? '/suche/?q=Erziehungsberatung' : undefined },
    { name: 'karte', path: paths.includes('/karte/') ? '/karte/' : undefined },
  ];
  for (const p of list) if (!p.path) console.warn(`Hinweis: keine Seite für "${p.name}" gefunden, übersprungen.`);
  return list.filter((p): p is { name: string; path: string } => p.path !== undefined);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    for (const [label, viewport] of [
      ['390', PHONE],
      ['1280', DESKTOP],
    ] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'de-DE', reducedMotion: 'reduce', isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
      // Nothing may leave the machine, even in screenshots (map tiles need consent anyway).
      await context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
      const page = await context.newPage();
      for (const { name, path } of pages()) {
        await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        if (name === 'suche') {
          // Results render after the index has loaded.
          await page.waitForTimeout(800);
        }
        const file = join(OUT, `${name}-${label}.png`);
        await page.screenshot({ path: file, fullPage: FULL });
        console.log(`${file}  (${path})`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
