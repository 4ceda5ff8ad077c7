/**
 * The Pagefind build step (src/lib/search/build-index.ts) fails the build when
 * indexing cannot be trusted: no page indexed, or pages in a language the site does not offer;
 * and it writes one bundle per town beside the whole index.
 * Runs Pagefind's Node API on tiny sites in a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexedPages, UNUSED_BUNDLE_FILE } from '../../src/lib/search/build-index.ts';

const made: string[] = [];
function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bff-pagefind-test-'));
  made.push(root);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'index.html'), html);
  }
  return root;
}
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;

describe('Pagefind build step', () => {
  it('indexes only data-pagefind-body pages, in German', async () => {
    const root = site({
      'angebote/a': page('de', '<nav>Menü</nav><main data-pagefind-body><h1>Familienhebammen</h1><p>Hilfe nach der Geburt.</p></main>'),
      'impressum': page('de', '<main><h1>Impressum</h1></main>'),
    });
    expect((await buildSearchIndex(root)).pages).toEqual({ de: 1 });
  });

  it('writes a bundle per town with the pages whose town filter names it, and runs `alongside` meanwhile', async () => {
    const entry = (title: string, towns: string[]) =>
      page('de', `<main data-pagefind-body><h1>${title}</h1>${towns.map((t) => `<span data-pagefind-filter="ort:${t}"></span>`).join('')}</main>`);
    const root = site({
      'angebote/a': entry('Familienhebammen', ['unna', 'selm']),
      'angebote/b': entry('Schuldnerberatung', ['selm']),
      // Not a slug: indexed on its own, not inside the glob.
      'angebote/b {x}': entry('Erziehungsberatung', ['selm']),
      'impressum': page('de', '<main><h1>Impressum</h1></main>'),
    });
    const out = await buildSearchIndex(root, { alongside: async () => 'gedruckt' });
    expect(out.pages).toEqual({ de: 3 });
    expect(out.towns).toEqual({ selm: 3, unna: 1 });
    expect(out.alongside).toBe('gedruckt');
    expect(indexedPages(join(root, 'pagefind', 'orte', 'selm'))).toEqual({ de: 3 });
    expect(indexedPages(join(root, 'pagefind', 'orte', 'unna'))).toEqual({ de: 1 });
    const files = readdirSync(join(root, 'pagefind', 'orte', 'unna'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => UNUSED_BUNDLE_FILE.test(f)), 'Dateien, die die Website nie lädt').toEqual([]);
    expect(existsSync(join(root, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('writes bundles only for the towns asked for', async () => {
    const root = site({ 'angebote/a': page('de', '<main data-pagefind-body><h1>Kita</h1><span data-pagefind-filter="ort:unna"></span><span data-pagefind-filter="ort:kreis-unna"></span></main>') });
    expect((await buildSearchIndex(root, { towns: ['unna'] })).towns).toEqual({ unna: 1 });
    expect(existsSync(join(root, 'pagefind', 'orte', 'kreis-unna'))).toBe(false);
  });

  it('fails when no page was indexed', async () => {
    const root = site({});
    await expect(buildSearchIndex(root)).rejects.toThrow(/keine einzige Seite/);
  });

  it('writes one index per site language', async () => {
    const root = site({
      'angebote/a': page('de', '<main data-pagefind-body><h1>Familienhebammen</h1></main>'),
      'tr/angebote/a': page('tr', '<main data-pagefind-body><h1>Aile ebeleri</h1></main>'),
    });
    expect((await buildSearchIndex(root)).pages).toEqual({ de: 1, tr: 1 });
  });

  it('fails when a page has a language the site does not offer', async () => {
    const root = site({ 'angebote/a': page('fr', '<main data-pagefind-body><h1>Sages-femmes</h1></main>') });
    await expect(buildSearchIndex(root)).rejects.toThrow(/nicht anbietet/);
  });
});
