/**
 * The search index: index the built site with Pagefind's Node API and write
 * the bundle to `dist/pagefind/`. Run by `npm run build` after `astro build`
 * (scripts/after-build.ts), in a process of its own.
 *
 * Only elements marked `data-pagefind-body` are indexed (the main content of
 * the detail pages); German stemming comes from `<html lang="de">`.
 * The build fails — `buildSearchIndex` throws — when Pagefind reports any error, when
 * no page was indexed, or when a page has a language the site does not offer.
 * Pagefind writes one index per `<html lang>`, so each language searches its own pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../i18n/languages.ts';

/**
 * Parts of a detail page that are not about the entry itself and would only
 * blur the ranking: the "ask again" notice, the provenance block (source,
 * date, edit links) and cards of related entries, which have pages of their own.
 */
export const EXCLUDE_SELECTORS = ['.notice', '.provenance', '.card'];

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

/** Index `siteDir` into `siteDir/pagefind`; throws a German/English error on any problem. Returns pages per language. */
export async function buildSearchIndex(siteDir: string, options: PagefindIndexOptions = {}): Promise<Record<string, number>> {
  const languages: readonly string[] = options.languages ?? LANGUAGES;
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (errors.length > 0 || !index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind-Indexierung fehlgeschlagen:\n- ${added.errors.join('\n- ')}`);
    const bundleDir = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`Pagefind konnte den Suchindex nicht schreiben:\n- ${written.errors.join('\n- ')}`);
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
    return pages;
  } finally {
    await pagefind.close();
  }
}
