/**
 * The configuration of the built search page (src/lib/search/page-config.ts), read from
 * dist/ by the build step, the benchmarks and the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from '../../urls.ts';
import { SEARCH_CONFIG_ID, type SearchPageConfig } from '../../search/page-config.ts';

/** The built search page in `distDir` (a site without one, such as the bench's floor, has none). */
export const searchPageFile = (distDir: string): string => join(distDir, PAGES.search, 'index.html');

/** The configuration of the built search page in `distDir`; throws a German error when it is missing. */
export function readSearchConfig(distDir: string): SearchPageConfig {
  const file = searchPageFile(distDir);
  const html = readFileSync(file, 'utf8');
  const json = new RegExp(`<script type="application/json" id="${SEARCH_CONFIG_ID}">([\\s\\S]*?)</script>`).exec(html)?.[1];
  if (!json) throw new Error(`${file} enthält keine Such-Konfiguration (#${SEARCH_CONFIG_ID}).`);
  return JSON.parse(json) as SearchPageConfig;
}
