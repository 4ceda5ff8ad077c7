/**
 * Reflow (WCAG 2.1 SC 1.4.10): no page of the sitemap scrolls sideways on a
 * 320 px phone, and no page type at 390 px. Measured in a real browser: the
 * document may not be wider than the viewport. A failure lists every page with
 * its width and the elements that stick out.
 *
 * The full sweep runs with the page's JavaScript off (the layout without
 * enhancement, and fast); one page of each type is checked again with
 * JavaScript on at 320 and 390 px (the enhanced layout: map, search, …).
 */
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';

import { assertNone } from '../support/report.ts';
import { describeOverflow, phoneContext, sweep } from '../support/reflow.ts';
import { fileOf, pageTypeOf, sitemapPaths } from '../../src/lib/dev/site.ts';
import { statSync } from 'node:fs';

const site = siteBrowser();



/** Per page type, the largest page (most content, most likely to overflow). */
function pageTypeSamples(paths: readonly string[]): string[] {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of paths) {
    const type = pageTypeOf(path);
    const size = statSync(fileOf(path)).size;
    const key = type === 'other' || type === 'list' || type === 'static' ? `${type}:${path}` : type;
    if ((best.get(key)?.size ?? -1) < size) best.set(key, { path, size });
  }
  return [...best.values()].map((b) => b.path).sort();
}

describe('reflow: no sideways scrolling on phones', () => {
  it('the check can fail: a planted wide element is reported', async () => {
    const context = await phoneContext(site.browser, 320, false);
    const { overflows } = await sweep(context, site.origin, ['/', '/schnelle-hilfe/'], {
      prepare: async (page, path) => {
        if (path !== '/') return;
        await page.evaluate(() => {
          const wide = document.createElement('div');
          wide.className = 'planted';
          wide.style.width = '1000px';
          wide.textContent = 'breit';
          document.querySelector('main')!.append(wide);
        });
      },
    });
    await context.close();
    expect(overflows.map((o) => o.path)).toEqual(['/']);
    expect(overflows[0]!.documentWidth).toBeGreaterThan(1000);
    expect(overflows[0]!.culprits.join(' ')).toContain('div.planted');
  });

  it('every page of the sitemap fits 320 px (JavaScript off)', async () => {
    const paths = [...sitemapPaths(), '/404.html'];
    expect(paths.length).toBeGreaterThan(50);
    const context = await phoneContext(site.browser, 320, false);
    const { overflows, errors } = await sweep(context, site.origin, paths);
    await context.close();
    assertNone(errors, 'Seiten aus der Sitemap nicht erreichbar');
    assertNone(overflows.map(describeOverflow), `Seiten, die bei 320 px seitlich scrollen (von ${paths.length})`);
  }, 1_200_000);

  for (const width of [320, 390]) {
    it(`one page of every type fits ${width} px with JavaScript on`, async () => {
      const paths = pageTypeSamples(sitemapPaths());
      const context = await phoneContext(site.browser, width, true);
      const { overflows, errors } = await sweep(context, site.origin, paths);
      await context.close();
      assertNone(errors, 'Seiten nicht erreichbar');
      assertNone(overflows.map(describeOverflow), `Seitentypen, die bei ${width} px seitlich scrollen (von ${paths.length})`);
    }, 300_000);
  }
});
