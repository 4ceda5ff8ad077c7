/**
 * Whether this build produces the Familienwegweiser PDFs (/wegweiser/<ort>.pdf).
 * Pages link a PDF only when the build makes it: when a Chromium is present
 * (see src/lib/dev/chromium-path.ts) and WEGWEISER_PDF is not "0".
 * Otherwise they link the printable HTML guide only. scripts/after-build.ts
 * (the second step of `npm run build`) renders the PDFs, then checks with
 * `missingGuidePdfs` that every PDF a town page links exists, and fails the
 * build otherwise, so that no page links a missing file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../i18n/languages.ts';
import { localizePath } from '../../i18n/urls.ts';
import { chromiumPath } from '../dev/chromium-path.ts';
import { entryUrl, guidePdfUrl, guideUrl, PAGES } from '../urls.ts';

export function pdfGuidesPlanned(): boolean {
  return process.env.WEGWEISER_PDF !== '0' && existsSync(chromiumPath());
}

/**
 * The PDF guides that the built town pages and guide pages in `dist` (every language) link but
 * that are missing, as site paths. Empty when every linked PDF was written.
 */
export function missingGuidePdfs(dist: string): string[] {
  const townDir = join(dist, PAGES.towns);
  const towns = existsSync(townDir) ? readdirSync(townDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  const missing = new Set<string>();
  for (const town of towns) {
    const pdf = guidePdfUrl(town);
    if (existsSync(join(dist, pdf))) continue;
    const pages = LANGUAGES.flatMap((lang) => [localizePath(lang, entryUrl('towns', town)), localizePath(lang, guideUrl(town))]);
    for (const page of pages) {
      const file = join(dist, page, 'index.html');
      if (existsSync(file) && readFileSync(file, 'utf8').includes(`href="${pdf}"`)) missing.add(pdf);
    }
  }
  return [...missing].sort();
}
