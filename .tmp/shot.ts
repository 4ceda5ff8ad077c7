import { chromium } from 'playwright-core';
import { serveDist } from '/work/wt/i13/tests/support/server.ts';
const [,, ...jobs] = process.argv;
const server = await serveDist('/work/wt/i13/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const job of jobs) {
  const [path, width, js, name, full] = job.split('|');
  const ctx = await browser.newContext({ viewport: { width: +width, height: 900 }, javaScriptEnabled: js === '1', locale: 'de-DE' });
  const page = await ctx.newPage();
  await page.goto(server.origin + path); if (process.env.SCROLL) await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded().then(() => page.evaluate(() => window.scrollBy(0, -20)));
  if (js === '1') await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/i13shots/${name}.png`, fullPage: full === '1' });
  await ctx.close();
}
await browser.close(); await server.close();
