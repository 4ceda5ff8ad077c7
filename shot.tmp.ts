import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from './tests/support/browser.ts';
import { serveDist } from './tests/support/server.ts';
const server = await serveDist();
const browser = await launchBrowser();
for (const [width, seg] of [[320, 1600], [1280, 1800]] as const) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'de-DE' });
  const page = await ctx.newPage();
  await page.goto(server.origin + '/daten/');
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  console.log(width, 'axe violations', r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`));
  console.log(width, await page.evaluate(() => [...document.querySelectorAll('.table-wrap')].map((w) => w.scrollWidth - w.clientWidth)));
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(width, 'height', h, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
  for (let y = 0, i = 0; y < h; y += seg, i++) {
    await page.screenshot({ path: `/tmp/i17-daten-${width}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(seg, h - y) } });
  }
  await ctx.close();
}
await browser.close(); await server.close();
