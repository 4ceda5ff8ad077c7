/**
 * The exports of one build, computed once from the loaded directory and shared
 * by the endpoints under src/pages/daten/ (HSDS JSON, CSV) and the /daten/ page.
 */
import { loadDirectory } from '../entries.ts';
import { siteConfig } from '../../site.config.ts';
import { hsdsFiles } from './api.ts';
import { buildHsds, type HsdsExport } from './hsds.ts';
import type { ExportDirectory } from './types.ts';

let cached: Promise<{ hsds: HsdsExport; files: Map<string, unknown>; dir: ExportDirectory }> | undefined;

export function buildExports() {
  cached ??= (async () => {
    const dir: ExportDirectory = await loadDirectory();
    const hsds = buildHsds(dir, { site: siteConfig.url });
    return { hsds, files: hsdsFiles(hsds, siteConfig.url), dir };
  })();
  return cached;
}
