/**
 * The search index: index the built site with Pagefind's Node API and write
 * the bundle to `dist/pagefind/`, then one bundle per town to
 * `dist/pagefind/orte/<town>/` (src/lib/search/bundles.ts). Run by `npm run build`
 * after `astro build` (scripts/after-build.ts), in a process of its own.
 *
 * Only elements marked `data-pagefind-body` are indexed (the main content of
 * the detail pages); German stemming comes from `<html lang="de">`.
 * The build fails — `buildSearchIndex` throws — when Pagefind reports any error, when
 * no page was indexed, or when a page has a language the site does not offer.
 * Pagefind writes one index per `<html lang>`, so each language searches its own pages.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { LANGUAGES } from '../../i18n/languages.ts';
import { NON_CONTENT_PREFIXES, pagefindTownBundle } from '../urls.ts';
import { BUNDLE_FILTER } from './bundles.ts';
import { inlineAttr } from './facets.ts';

/**
 * Parts of a detail page that are not about the entry itself and would only
 * blur the ranking: the "ask again" notice, the provenance block (source,
 * date, edit links), cards of related entries, which have pages of their own,
 * and the way to someone for entries without a phone number of their own
 * (ContactRoute.astro: the youth offices of every town and the hotlines, the
 * same on most pages; at 10,000 entries it was 40 % of a page's indexed words).
 */
export const EXCLUDE_SELECTORS = ['.notice', '.provenance', '.card', '[data-contact-route]'];

/** Pages indexed per language, from the bundle's `pagefind-entry.json`. */
export function indexedPages(bundleDir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  const out: Record<string, number> = {};
  for (const [lang, info] of Object.entries(entry.languages ?? {})) out[lang] = info.page_count ?? 0;
  return out;
}

export interface PagefindIndexOptions {
  /** Languages indexed pages may have (default: the site's languages, src/i18n/languages.ts). */
  languages?: readonly string[];
}

/** What the build wrote: pages per language of the whole index, and pages per town bundle. */
export interface SearchIndexes {
  pages: Record<string, number>;
  towns: Record<string, number>;
  /** Seconds: the whole index, then the towns' bundles (with `alongside`). */
  seconds: { whole: number; towns: number };
}

/** The town filter as IndexMeta.astro writes it (`<span data-pagefind-filter="ort:unna">`); group 1 is the town. */
const TOWN_MARK = new RegExp(`data-pagefind-filter="${inlineAttr(BUNDLE_FILTER, '')}([^"]+)"`, 'g');

/** The towns whose bundle a built page belongs to: the values of its town filter. */
export function bundleTownsOf(html: string): string[] {
  return [...new Set([...html.matchAll(TOWN_MARK)].map((m) => m[1]!))];
}

/** A built page's URL from its file below the site folder: "angebote/x/index.html" → "/angebote/x/". */
export function pageUrlOf(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * HTML files of the built site that hold a town filter, by town (relative paths, sorted). Read
 * without blocking: the PDF guides print meanwhile from a server in the same process.
 */
export async function filesByTown(siteDir: string): Promise<Map<string, string[]>> {
  const skip = NON_CONTENT_PREFIXES.map((p) => p.slice(1));
  const files = (readdirSync(siteDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html') && !skip.some((p) => f.split(sep).join('/').startsWith(p)))
    .sort();
  const byTown = new Map<string, string[]>();
  for (const file of files) {
    const html = await readFile(join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    for (const town of bundleTownsOf(html)) {
      const list = byTown.get(town);
      if (list) list.push(file);
      else byTown.set(town, [file]);
    }
  }
  return new Map([...byTown].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Files Pagefind writes for its ready-made interfaces, a worker and the language-neutral
 * WebAssembly; the site loads none of them (src/scripts/search.ts: `pagefind.js` without a worker,
 * the index's own language). Left out of the towns' bundles (≈ 530 KB each).
 */
export const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.|^pagefind-worker\.js$|^wasm\.unknown\./;

/** Paths that are safe inside a glob alternative: no glob syntax (slugs are lower-case letters, digits and hyphens). */
const PLAIN_PATH = /^[\w\-./]+$/;

/**
 * Pagefind rejects a glob of 6,000 alternatives of 44 characters ("did not parse as a valid glob");
 * 5,500 pass. Globs are kept to at most this many characters (at 10,000 entries a town's pages fit
 * in one, at 50,000 in three).
 */
export const MAX_GLOB_CHARS = 100_000;

/** Globs naming `paths` (`{a,b,c}`), each at most `maxChars` long (a longer single path gets its own). */
export function pathGlobs(paths: readonly string[], maxChars = MAX_GLOB_CHARS): string[] {
  const globs: string[] = [];
  let batch: string[] = [];
  let length = 2;
  for (const path of paths) {
    if (batch.length > 0 && length + path.length + 1 > maxChars) {
      globs.push(`{${batch.join(',')}}`);
      batch = [];
      length = 2;
    }
    batch.push(path);
    length += path.length + 1;
  }
  if (batch.length > 0) globs.push(`{${batch.join(',')}}`);
  return globs;
}

type PagefindApi = typeof import('pagefind');

/**
 * Each town's pages into a bundle of its own (`pagefindTownBundle`); with `only`, just those
 * towns. Returns pages per town.
 * Pagefind reads them from the built site itself, named in globs (`{a/index.html,b/index.html}`, `pathGlobs`):
 * its directory indexing runs on both cores, while pages sent one by one (`addHTMLFile`) are indexed
 * on one (at 10,000 entries, with the PDFs printing meanwhile: 38 s against 57 s in a run of
 * scripts/after-build.ts by hand, docs/performance.md). A path that
 * is not plain (never, with schema-checked slugs) is sent on its own.
 */
async function writeTownBundles(pagefind: PagefindApi, siteDir: string, only?: readonly string[]): Promise<Record<string, number>> {
  const towns: Record<string, number> = {};
  for (const [town, files] of await filesByTown(siteDir)) {
    if (only && !only.includes(town)) continue;
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (errors.length > 0 || !index) throw new Error(`Pagefind konnte den Suchindex für ${town} nicht anlegen: ${errors.join('; ')}`);
    const paths = files.map((f) => f.split(sep).join('/'));
    const plain = paths.filter((p) => PLAIN_PATH.test(p));
    const problems: string[] = [];
    let indexed = 0;
    for (const glob of pathGlobs(plain)) {
      const added = await index.addDirectory({ path: siteDir, glob });
      problems.push(...added.errors);
      indexed += added.page_count ?? 0;
    }
    for (const path of paths.filter((p) => !PLAIN_PATH.test(p))) {
      const added = await index.addHTMLFile({ url: pageUrlOf(path), content: readFileSync(join(siteDir, path), 'utf8') });
      problems.push(...added.errors);
      if (added.errors.length === 0) indexed += 1;
    }
    if (indexed !== files.length) problems.push(`${files.length} Seiten gefunden, aber ${indexed} indexiert`);
    if (problems.length > 0) throw new Error(`Pagefind-Indexierung für ${town} fehlgeschlagen:\n- ${problems.join('\n- ')}`);
    const bundle = join(siteDir, pagefindTownBundle(town));
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind konnte den Suchindex für ${town} nicht schreiben:\n- ${written.errors.join('\n- ')}`);
    await index.deleteIndex();
    for (const name of readdirSync(bundle)) if (UNUSED_BUNDLE_FILE.test(name)) rmSync(join(bundle, name));
    towns[town] = indexed;
  }
  return towns;
}

/**
 * Index `siteDir` into `siteDir/pagefind`, then each town's entries into a bundle of its own
 * (`pagefindTownBundle`, see src/lib/search/bundles.ts); throws a German error on any problem.
 *
 * `alongside` starts once the whole index is written and runs while the town bundles are
 * written (the PDF guides: Pagefind and Chromium share the two cores, and their memory (sampled with
 * top at 10,000 entries: a few hundred MB and ≈ 1 GB) stays below the whole index's, which has the
 * machine to itself).
 * Its outcome is returned; it should not throw, so that the caller can tell its failure from the
 * index's.
 */
export async function buildSearchIndex<T = undefined>(
  siteDir: string,
  options: PagefindIndexOptions & {
    alongside?: () => Promise<T>;
    /** The towns to write a bundle for (the search page's: `readSearchConfig`); default: every town a page names. */
    towns?: readonly string[];
  } = {},
): Promise<SearchIndexes & { alongside?: T }> {
  const languages: readonly string[] = options.languages ?? LANGUAGES;
  const since = (start: number) => Math.round(performance.now() - start) / 1000;
  const start = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (errors.length > 0 || !index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind-Indexierung fehlgeschlagen:\n- ${added.errors.join('\n- ')}`);
    const bundleDir = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind konnte den Suchindex nicht schreiben:\n- ${written.errors.join('\n- ')}`);
    await index.deleteIndex();
    const pages = indexedPages(bundleDir);
    const total = Object.values(pages).reduce((a, b) => a + b, 0);
    if (total === 0) {
      throw new Error('Pagefind hat keine einzige Seite indexiert. Tragen die Detailseiten das Attribut data-pagefind-body?');
    }
    const other = Object.keys(pages).filter((l) => !languages.includes(l) && (pages[l] ?? 0) > 0);
    if (other.length > 0) {
      throw new Error(
        `Suchindex enthält Seiten in der Sprache ${other.join(', ')}, die die Website nicht anbietet (${languages.join(', ')}). Fehlt <html lang> auf einer Seite?`,
      );
    }
    const whole = since(start);
    const townStart = performance.now();
    // Started first, so that it does not wait for the towns' pages to be read.
    const along = options.alongside?.();
    const [towns, alongside] = await Promise.all([writeTownBundles(pagefind, siteDir, options.towns), along]);
    const seconds = { whole, towns: since(townStart) };
    return alongside === undefined ? { pages, towns, seconds } : { pages, towns, seconds, alongside };
  } finally {
    await pagefind.close();
  }
}
