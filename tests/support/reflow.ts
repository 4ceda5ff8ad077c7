/**
 * Reflow (WCAG 2.1 SC 1.4.10): does a page scroll sideways at a given width?
 * Shared by the reflow browser tests: one measurement, used on every sitemap
 * page and on a page with a planted wide element (proof that it can fail).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fileOf } from '../../src/lib/dev/site.ts';
import { TABS, workOff } from './workers.ts';

export interface Overflow {
  path: string;
  /** Width of the document (scrollWidth) in CSS px. */
  documentWidth: number;
  /** Width of the viewport (clientWidth of the root) in CSS px. */
  viewportWidth: number;
  /** The outermost elements that stick out to the right, as short selectors. */
  culprits: string[];
}

/** A phone-like context: touch, overlay scrollbars, the page's own viewport meta honoured. */
export async function phoneContext(browser: Browser, width: number, javaScriptEnabled: boolean): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'de-DE',
    javaScriptEnabled,
    // Nothing leaves the site's origin in these tests (map tiles are behind consent anyway).
    serviceWorkers: 'block',
  });
}

/**
 * Measures the loaded page: the document's width against the viewport, and
 * (when wider) the outermost elements that reach beyond the right edge.
 * Runs in the page even when the page's own JavaScript is disabled.
 */
export async function measureOverflow(page: Page, path: string): Promise<Overflow | undefined> {
  const m = await page.evaluate(() => {
    const root = document.documentElement;
    const viewportWidth = root.clientWidth;
    const documentWidth = Math.max(root.scrollWidth, document.body?.scrollWidth ?? 0);
    if (documentWidth <= viewportWidth) return { documentWidth, viewportWidth, culprits: [] as string[] };
    const name = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls}`;
    };
    const wide: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= viewportWidth + 0.5) continue;
      // Only the outermost: skip elements inside one already listed.
      if (wide.some((w) => w.contains(el))) continue;
      // Skip elements clipped by a scrolling or clipping ancestor (they do not widen the page).
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox !== 'visible') {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      wide.push(el);
    }
    const culprits = wide.slice(0, 4).map((el) => {
      const chain: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && chain.length < 4; e = e.parentElement) chain.unshift(name(e));
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `${chain.join(' > ')} (${Math.round(el.getBoundingClientRect().right)} px)${text ? ` „${text}“` : ''}`;
    });
    return { documentWidth, viewportWidth, culprits };
  });
  if (m.documentWidth <= m.viewportWidth) return undefined;
  return { path, ...m };
}

/**
 * How a page gets into the tab:
 * - `navigate`: a real navigation to the served page (with the page's own scripts when the
 *   context allows them; checks the HTTP status);
 * - `write`: the built HTML file is written into a tab that sits on the site's origin
 *   (`page.setContent`), so the same stylesheets and images apply from the tab's cache. The layout is
 *   the one a navigation gives when scripts are off, at a third of the cost (measured 2026-11-30 on
 *   two cores: 47 ms instead of 140 ms per page) — used for the sweep over every page without
 *   JavaScript.
 */
export type LoadMode = 'navigate' | 'write';

/**
 * Loads every path in `paths` in `tabs` parallel tabs of `context` and
 * returns the pages that are wider than the viewport, at each of `widths`
 * (the first width is loaded, the others are reached by resizing the same tab).
 * `prepare` may change a page after loading (used to plant a wide element).
 */
export async function sweep(
  context: BrowserContext,
  origin: string,
  paths: readonly string[],
  {
    tabs = TABS,
    load = 'navigate',
    widths,
    prepare,
  }: { tabs?: number; load?: LoadMode; widths?: readonly number[]; prepare?: (page: Page, path: string) => Promise<void> } = {},
): Promise<{ overflows: Overflow[]; errors: string[] }> {
  const overflows: Overflow[] = [];
  const errors: string[] = [];
  const open = async () => {
    const page = await context.newPage();
    if (load === 'write') await page.goto(`${origin}/`, { waitUntil: 'load' });
    return page;
  };
  await workOff(paths, { workers: tabs, open, close: (page) => page.close() }, async (page, path) => {
    const height = page.viewportSize()?.height ?? 740;
    if (widths) await page.setViewportSize({ width: widths[0]!, height });
    if (load === 'write') {
      let html: string;
      try {
        html = readFileSync(fileOf(path), 'utf8');
      } catch {
        errors.push(`${path}: keine Datei in dist/`);
        return;
      }
      await page.setContent(html, { waitUntil: 'load' });
    } else {
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      const status = response?.status() ?? 0;
      if (status !== 200 && !path.endsWith('404.html')) {
        errors.push(`${path}: HTTP ${status}`);
        return;
      }
    }
    if (prepare) await prepare(page, path);
    for (const [i, width] of (widths ?? [undefined]).entries()) {
      if (width !== undefined && i > 0) await page.setViewportSize({ width, height });
      const o = await measureOverflow(page, widths ? `${path} (${width} px)` : path);
      if (o) overflows.push(o);
    }
  });
  return { overflows: overflows.sort((a, b) => a.path.localeCompare(b.path)), errors };
}

/** One line per page for a failure report. */
export function describeOverflow(o: Overflow): string {
  return `${o.path}: ${o.documentWidth} px breit bei ${o.viewportWidth} px${o.culprits.length ? ` — ${o.culprits.join('; ')}` : ''}`;
}
