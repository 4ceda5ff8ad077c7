/**
 * The URL module's path helpers and its promise to browser scripts: entry
 * paths read back into ids, the prefixes in one zod-free place, the
 * translated short pages named after their German paths, and no zod (or any
 * Node module) reachable from src/lib/urls.ts through value imports.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS, URL_PREFIX as SCHEMA_PREFIX, type EntryCollection } from '../../src/schemas/index.ts';
import { URL_PREFIX } from '../../src/schemas/url-prefix.ts';
import { PAGES, entryIdOf, entryUrl, taxonomyAnchor, withAnchor } from '../../src/lib/urls.ts';
import { INFO_PAGES, langPage } from '../../src/i18n/page.ts';
import { SERVICE_WORKER_PATH } from '../../src/lib/offline-paths.ts';
import { ui } from '../../src/i18n/index.ts';

const collections = Object.keys(ENTRY_COLLECTIONS) as EntryCollection[];

describe('entry paths', () => {
  it('read back the id of every collection’s detail page', () => {
    for (const c of collections) expect(entryIdOf(c, entryUrl(c, 'beispiel-1'))).toBe('beispiel-1');
  });
  it('refuse other paths', () => {
    expect(entryIdOf('towns', PAGES.towns)).toBeUndefined();
    expect(entryIdOf('towns', '/orte/selm/angebote/')).toBeUndefined();
    expect(entryIdOf('towns', '/orte/selm')).toBeUndefined();
    expect(entryIdOf('offers', entryUrl('towns', 'selm'))).toBeUndefined();
    expect(entryIdOf('towns', `/en${entryUrl('towns', 'selm')}`)).toBeUndefined();
  });
  it('name the word lists of the open-data page', () => {
    expect(withAnchor(PAGES.openData, taxonomyAnchor('topics'))).toBe('/daten/#taxonomie-topics');
  });
});

describe('URL prefixes', () => {
  it('are the same object through the schemas and the zod-free module', () => {
    expect(SCHEMA_PREFIX).toBe(URL_PREFIX);
    expect(Object.keys(URL_PREFIX).sort()).toEqual([...collections].sort());
  });
  it('are distinct German sections', () => {
    const values = Object.values(URL_PREFIX);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) expect(v).toMatch(/^\/[a-z-]+\/$/);
  });
});

describe('translated pages', () => {
  it('short pages are routed by the last segment of their German path', () => {
    for (const [key, def] of Object.entries(INFO_PAGES)) expect(def.path).toBe(`/${key}/`);
  });
  it('the preamble gives language, dictionary and the page’s own path', () => {
    const { lang, t, path } = langPage({ lang: 'tr' }, PAGES.search);
    expect(lang).toBe('tr');
    expect(t).toBe(ui('tr'));
    expect(path).toBe('/tr/suche/');
    expect(langPage({ lang: 'en' }).path).toBe('/en/');
  });
});

describe('src/lib/urls.ts in the browser', () => {
  /** Files reachable from `file` through value imports (type-only imports are erased). */
  function valueImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) valueImports(resolve(dirname(file), spec), seen);
      else seen.add(spec);
    }
    return seen;
  }
  it('names the service worker as the import-free registration script does', () => {
    expect(PAGES.serviceWorker).toBe(SERVICE_WORKER_PATH);
  });
  it('pulls in neither zod nor Node modules', () => {
    const reached = [...valueImports(resolve('src/lib/urls.ts'))];
    expect(reached.filter((s) => !s.startsWith('/'))).toEqual([]);
    expect(reached.some((s) => s.endsWith('schemas/index.ts'))).toBe(false);
  });
});
