import { it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
it('t', async () => {
  const b = await launchBrowser(); const s = await serveDist();
  const log = (m: string) => appendFileSync('/tmp/t.log', m + '\n');
  for (const route of [false, true, false]) {
    const ctx = await b.newContext(); const p = await ctx.newPage();
    let n = 0; p.on('request', () => n++);
    if (route) await ctx.route('**/*', (r) => r.continue());
    let t = performance.now(); await p.goto(s.origin + '/angebote/', { waitUntil: 'load' }); log(`route=${route} load ${Math.round(performance.now() - t)} reqs=${n}`);
    t = performance.now(); await p.goto(s.origin + '/barrierefreiheit/', { waitUntil: 'load' }); log(`route=${route} load2 ${Math.round(performance.now() - t)}`);
    t = performance.now(); await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))); log(`raf ${Math.round(performance.now() - t)}`);
    await ctx.close();
  }
  await b.close(); await s.close();
}, 120000);
