import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchBundle, wholeIndex } from '../../src/lib/search/bundles.ts';
import { bundleTownsOf, filesByTown, pageUrlOf, pathGlobs } from '../../src/lib/search/build-index.ts';
import { inlineAttr } from '../../src/lib/search/facets.ts';
import { runQuery, type PfLike, type QueryAids } from '../../src/lib/search/run.ts';
import { decodeState } from '../../src/lib/search/url-state.ts';
import { townFromWords } from '../../src/lib/search/query-aids.ts';

const towns = new Map([
  ['unna', 'Unna'],
  ['selm', 'Selm'],
]);

describe('which search index a search uses', () => {
  it('one known town: that town’s bundle, without the town filter, other filters kept', () => {
    expect(searchBundle(decodeState('?q=Hebamme&ort=selm&thema=fruehe-hilfen'), towns)).toEqual({
      base: '/pagefind/orte/selm/',
      filters: { thema: { any: ['fruehe-hilfen'] } },
      town: 'selm',
    });
  });

  it('no town, several towns or an unknown town: the whole index with every filter', () => {
    for (const query of ['?q=Hebamme', '?q=Hebamme&ort=selm&ort=unna', '?q=Hebamme&ort=nirgendwo']) {
      const state = decodeState(query);
      expect(searchBundle(state, towns), query).toEqual(wholeIndex(state));
      expect(searchBundle(state, towns).base).toBe('/pagefind/');
    }
    expect(wholeIndex(decodeState('?ort=selm&ort=unna')).filters).toEqual({ ort: { any: ['selm', 'unna'] } });
  });
});

describe('a town among the words becomes the town filter, as the page searches', () => {
  const refs = [
    { id: 'unna', name: 'Unna', postcodes: ['59423'] },
    { id: 'froendenberg', name: 'Fröndenberg/Ruhr', postcodes: ['58730'] },
  ];
  it('takes the town out of the words, keeps the other filters, and picks the town’s bundle', () => {
    const state = townFromWords(decodeState('?q=alleinerziehend+Unna&thema=alleinerziehende'), refs);
    expect(state).toEqual({ q: 'alleinerziehend', filters: { thema: ['alleinerziehende'], ort: ['unna'] } });
    expect(searchBundle(state, new Map([['unna', 'Unna']])).base).toBe('/pagefind/orte/unna/');
    expect(townFromWords(decodeState('?q=Kita+58730'), refs).filters).toEqual({ ort: ['froendenberg'] });
  });
  it('leaves the state as it is (the same object) without a town, with a town filter chosen, or for a town name alone', () => {
    for (const query of ['?q=Hebamme', '?q=Hebamme+Unna&ort=froendenberg', '?q=Unna', '']) {
      const state = decodeState(query);
      expect(townFromWords(state, refs), query).toBe(state);
    }
  });
});

/** A stand-in for Pagefind's module that records what it was asked. */
function fakeBundle(base: string, calls: { base: string; q: string | null; filters?: object }[]): PfLike {
  return {
    async search(q, o) {
      calls.push({ base, q, ...(o?.filters ? { filters: o.filters } : {}) });
      return { results: [{ id: base, data: async () => ({ url: `/angebote/aus-${base.split('/').at(-2)}/`, meta: { title: 'x' } }) }] };
    },
  };
}
const aids: QueryAids = { dictionary: [], known: new Set(), townNames: towns };

describe('runQuery opens the bundle the state needs', () => {
  it('searches a town’s bundle without the town filter and says which it used', async () => {
    const calls: { base: string; q: string | null; filters?: object }[] = [];
    const opened: string[] = [];
    const out = await runQuery(
      async (base) => {
        opened.push(base);
        return fakeBundle(base, calls);
      },
      decodeState('?q=Kita&ort=unna'),
      aids,
      10,
    );
    expect(opened).toEqual(['/pagefind/orte/unna/']);
    expect(calls).toEqual([{ base: '/pagefind/orte/unna/', q: 'Kita', filters: {} }]);
    expect(out?.bundle.base).toBe('/pagefind/orte/unna/');
    expect(out?.firstPage.map((d) => d.url)).toEqual(['/angebote/aus-unna/']);
  });

  it('falls back to the whole index, filtered by the town, when the town’s bundle cannot be loaded', async () => {
    const calls: { base: string; q: string | null; filters?: object }[] = [];
    const out = await runQuery(
      async (base) => {
        if (base !== '/pagefind/') throw new Error('404');
        return fakeBundle(base, calls);
      },
      decodeState('?q=Kita&ort=unna'),
      aids,
      10,
    );
    expect(calls).toEqual([{ base: '/pagefind/', q: 'Kita', filters: { ort: { any: ['unna'] } } }]);
    expect(out?.bundle.base).toBe('/pagefind/');
  });

  it('does not hide a failure of the whole index', async () => {
    await expect(runQuery(async () => Promise.reject(new Error('offline')), decodeState('?q=Kita'), aids, 10)).rejects.toThrow('offline');
  });
});

describe('town bundles at build time', () => {
  const root = mkdtempSync(join(tmpdir(), 'bff-town-bundles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (file: string, body: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), `<!doctype html><html lang="de"><body>${body}</body></html>`);
  };
  const filters = (...values: string[]) => values.map((v) => `<span data-pagefind-filter="${v}"></span>`).join('');

  it('reads the towns from the filters as IndexMeta.astro writes them, not from other filters', () => {
    const html = filters(inlineAttr('ort', 'unna'), inlineAttr('ort', 'selm'), inlineAttr('ortlokal', 'kamen'), inlineAttr('thema', 'ort'), inlineAttr('ort', 'unna'));
    expect(bundleTownsOf(html)).toEqual(['unna', 'selm']);
  });

  it('names pages in globs that stay under the length Pagefind parses', () => {
    expect(pathGlobs(['a/index.html', 'b/index.html'])).toEqual(['{a/index.html,b/index.html}']);
    const paths = Array.from({ length: 6000 }, (_, i) => `angebote/zz-bench-angebot-${String(i).padStart(5, '0')}/index.html`);
    const globs = pathGlobs(paths, 100_000);
    expect(globs.length).toBe(3);
    for (const g of globs) expect(g.length).toBeLessThanOrEqual(100_000);
    expect(globs.flatMap((g) => g.slice(1, -1).split(','))).toEqual(paths);
    expect(pathGlobs(['x'.repeat(20), 'y'], 10)).toEqual([`{${'x'.repeat(20)}}`, '{y}']);
    expect(pathGlobs([])).toEqual([]);
  });

  it('turns a built file into its page URL', () => {
    expect(pageUrlOf(join('angebote', 'kita', 'index.html'))).toBe('/angebote/kita/');
    expect(pageUrlOf('404.html')).toBe('/404.html');
  });

  it('groups the indexed pages by town; pages without search body, the index itself and the editor are left out', async () => {
    page('angebote/a/index.html', `<main data-pagefind-body>${filters('ort:unna', 'ort:selm')}</main>`);
    page('anlaufstellen/b/index.html', `<main data-pagefind-body>${filters('ort:selm')}</main>`);
    page('orte/unna/index.html', `<main>${filters('ort:unna')}</main>`);
    page('pagefind/x.html', `<main data-pagefind-body>${filters('ort:unna')}</main>`);
    page('admin/index.html', `<main data-pagefind-body>${filters('ort:unna')}</main>`);
    expect(await filesByTown(root)).toEqual(
      new Map([
        ['selm', [join('angebote', 'a', 'index.html'), join('anlaufstellen', 'b', 'index.html')]],
        ['unna', [join('angebote', 'a', 'index.html')]],
      ]),
    );
  });
});
