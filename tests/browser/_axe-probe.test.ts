import AxeBuilder from '@axe-core/playwright';
import { it } from 'vitest';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { serveDist } from '../support/server.ts';
import { sitemapPaths } from '../support/site.ts';
it('probe', { timeout: 600_000 }, async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const paths = sitemapPaths().filter((_, i) => i % 20 === 0).slice(0, 20);
  for (const variant of ['plain', 'violations'] as const) {
    const t0 = performance.now();
    let tGoto = 0;
    for (const p of paths) {
      const a = performance.now();
      await page.goto(server.origin + p, { waitUntil: 'load' });
      tGoto += performance.now() - a;
      let b = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
      if (variant === 'violations') b = b.options({ resultTypes: ['violations'] });
      await b.analyze();
    }
    console.log(variant, ((performance.now() - t0) / paths.length).toFixed(0), 'ms/page; goto', (tGoto / paths.length).toFixed(0));
  }
  await browser.close();
  await server.close();
});
