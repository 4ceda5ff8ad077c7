/**
 * Offline support in the built site: the service worker (dist/sw.js), its
 * registration on every page (the one script every page may load, under 1 KB),
 * the offline page with the hotlines, and the web app manifest.
 * The behaviour in a browser is tested in tests/browser/offline.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { telHref } from '../../src/lib/format.ts';
import { MANIFEST_PATH, OFFLINE_PAGE, SERVICE_WORKER_PATH, type OfflineConfig } from '../../src/lib/offline.ts';
import { assertNone } from '../support/report.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { fileOf, gzipSize, isSiteWideScript, scriptsOf, urlPathOf, sitePages } from '../../src/lib/dev/site.ts';

const ROOT = join(import.meta.dirname, '../..');
let worker = '';
let config: OfflineConfig;

beforeAll(() => {
  assertBuilt();
  worker = readFileSync(join(DIST, SERVICE_WORKER_PATH), 'utf8');
  const m = /const OFFLINE=(\{.*?\});\n/.exec(worker);
  if (!m) throw new Error('dist/sw.js enthält keine OFFLINE-Konfiguration.');
  config = JSON.parse(m[1]!) as OfflineConfig;
});

describe('offline support (built files)', () => {
  it('the worker is versioned and stores home, Schnelle Hilfe, the offline page and the CSS, all from dist/', () => {
    expect(config.version).toMatch(/^[0-9a-f]{12}$/);
    expect(config.precache).toEqual(expect.arrayContaining(['/', '/schnelle-hilfe/', OFFLINE_PAGE, MANIFEST_PATH]));
    expect(config.precache.some((p) => /^\/_astro\/.+\.css$/.test(p))).toBe(true);
    assertNone(config.precache.filter((p) => !existsSync(fileOf(p))), 'Vorab gespeicherte Dateien fehlen in dist/');
    expect(config.bypass).toEqual(expect.arrayContaining(['/admin/', '/pagefind/']));
  });

  it('the worker names no other origin', () => {
    expect(worker).not.toMatch(/https?:\/\//);
    expect(worker).not.toMatch(/importScripts/);
  });

  it('every page loads the same registration script, as a file under 1 KB', () => {
    // The web editor (/admin/) is not a page of the site and never registers the offline worker.
    const pages = sitePages().map((p) => p.file).filter((f) => !/<meta\s+http-equiv="refresh"/i.test(readFileSync(f, 'utf8')));
    const srcs = new Set<string>();
    const missing: string[] = [];
    for (const f of pages) {
      const found = scriptsOf(readFileSync(f, 'utf8')).filter(isSiteWideScript);
      if (found.length !== 1) missing.push(urlPathOf(f));
      for (const s of found) srcs.add(s.src!);
    }
    assertNone(missing, 'Seiten ohne (oder mit doppelter) Service-Worker-Registrierung');
    expect(srcs.size).toBe(1);
    const file = readFileSync(fileOf([...srcs][0]!));
    expect(file.length).toBeLessThan(1024);
    expect(gzipSize(file)).toBeLessThan(1024);
    expect(file.toString()).toContain(SERVICE_WORKER_PATH);
  });

  it('the offline page is German, not indexed, not in the sitemap, and lists the hotlines with tel: links', () => {
    const html = readFileSync(fileOf(OFFLINE_PAGE), 'utf8');
    expect(html).toMatch(/<html lang="de"/);
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).not.toContain('data-pagefind-body');
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(OFFLINE_PAGE);
    // Every nationwide number that "Schnelle Hilfe" offers to call is on the offline page too.
    const numbers = parseYaml(readFileSync(join(ROOT, 'content/reference/nationwide-numbers.yaml'), 'utf8')) as { e164: string }[];
    const quickHelp = readFileSync(fileOf('/schnelle-hilfe/'), 'utf8');
    const offered = numbers.map((n) => telHref(n.e164)).filter((href) => quickHelp.includes(`href="${href}"`));
    expect(offered).toEqual(expect.arrayContaining(['tel:110', 'tel:112']));
    assertNone(offered.filter((href) => !html.includes(`href="${href}"`)), 'Hotlines von „Schnelle Hilfe“ fehlen auf der Offline-Seite');
  });

  it('has a web app manifest with installable icons', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, MANIFEST_PATH), 'utf8')) as { name: string; lang: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
    expect(manifest.lang).toBe('de');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    assertNone(manifest.icons.filter((i) => !existsSync(fileOf(i.src))).map((i) => i.src), 'Icons fehlen');
    expect(readFileSync(fileOf('/'), 'utf8')).toContain(`<link rel="manifest" href="${MANIFEST_PATH}"`);
  });
});
