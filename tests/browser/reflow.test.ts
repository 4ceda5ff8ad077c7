/**
 * Reflow (WCAG 2.1 SC 1.4.10): no page of the sitemap scrolls sideways on a
 * 320 px phone, and no page type at 390 px. Measured in a real browser: the
 * document may not be wider than the viewport. A failure lists every page with
 * its width and the elements that stick out.
 *
 * The full sweep runs with the page's JavaScript off (the layout without
 * enhancement; the built HTML is written into a tab on the site's origin, see
 * `LoadMode`); one page of each type is checked again with
 * JavaScript on at 320 and 390 px (the enhanced layout: map, search, …).
 */
import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';

import { assertNone } from '../support/report.ts';
import { describeOverflow, phoneContext, sweep } from '../support/reflow.ts';
import { fileOf, pageTypeOf, sitemapPaths } from '../../src/lib/dev/site.ts';
import { statSync } from 'node:fs';
import { LANGUAGE_INFO } from '../../src/i18n/languages.ts';
import { splitLangPath } from '../../src/i18n/urls.ts';

const site = siteBrowser();



/**
 * Per page type, the largest page (most content, most likely to overflow). A translated page
 * has the type of its German path; left-to-right languages share their samples with German,
 * right-to-left ones (Arabic) get their own, as their layout is mirrored.
 */
function pageTypeSamples(paths: readonly string[]): string[] {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of paths) {
    const { lang, path: germanPath } = splitLangPath(path);
    const type = pageTypeOf(germanPath);
    const size = statSync(fileOf(path)).size;
    const key = `${LANGUAGE_INFO[lang].dir}:${type === 'other' || type === 'list' || type === 'static' ? `${type}:${germanPath}` : type}`;
    if ((best.get(key)?.size ?? -1) < size) best.set(key, { path, size });
  }
  return [...best.values()].map((b) => b.path).sort();
}

describe('reflow: no sideways scrolling on phones', () => {
  it('the check can fail: a planted wide element is reported', async () => {
    const context = await phoneContext(site.browser, 320, false);
    const { overflows } = await sweep(context, site.origin, ['/', '/schnelle-hilfe/'], {
      load: 'write',
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
    const { overflows, errors } = await sweep(context, site.origin, paths, { load: 'write' });
    await context.close();
    assertNone(errors, 'Seiten aus der Sitemap nicht gebaut');
    assertNone(overflows.map(describeOverflow), `Seiten, die bei 320 px seitlich scrollen (von ${paths.length})`);
  }, 1_200_000);

  it('one page of every type fits 320 and 390 px with JavaScript on', async () => {
    // Loaded at 320 px, then the same tab is widened to 390 px (the layout follows the viewport;
    // scripts that measure it — the map — get their resize event).
    const paths = pageTypeSamples(sitemapPaths());
    const context = await phoneContext(site.browser, 320, true);
    const { overflows, errors } = await sweep(context, site.origin, paths, { widths: [320, 390] });
    await context.close();
    assertNone(errors, 'Seiten nicht erreichbar');
    assertNone(overflows.map(describeOverflow), `Seitentypen, die mit JavaScript seitlich scrollen (von ${paths.length}, je bei 320 und 390 px)`);
  }, 300_000);
});
