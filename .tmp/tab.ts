import { chromium } from 'playwright-core';
import { serveDist } from '../tests/support/server.ts';
const server = await serveDist('/work/wt/i13/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
await page.goto(server.origin + '/suche/?q=Hebamme');
await page.waitForSelector('#search-results h3 a');
await page.locator('#search-q').focus();
for (let i = 1; i <= 8; i++) { await page.keyboard.press('Tab'); console.log(i, await page.evaluate(() => { const a = document.activeElement!; return a.tagName + ' ' + (a.id || a.className) + ' ' + (a.textContent || '').slice(0, 40); })); }
await browser.close(); await server.close();
