/**
 * The second step of `npm run build`, after `astro build` has ended: the search
 * index (Pagefind) and the printable PDF guides (Chromium).
 *
 * They run in a process of their own so that their memory does not add to
 * Astro's: inside an integration they ran while the Astro process still held the
 * whole site (at 10,000 entries Astro ≈ 3 GB, Pagefind ≈ 2 GB, Chromium ≈ 1 GB at
 * once; see docs/performance.md). The build fails (exit code 1) when either
 * fails, so that no page links a search or a PDF that does not exist.
 *
 *   node scripts/after-build.ts [distDir]     (default: dist/)
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { pdfGuidesPlanned } from '../src/lib/chain/pdf.ts';
import { DIST } from '../src/lib/dev/dist.ts';
import { builtGuides, renderGuides } from './wegweiser.ts';

const dist = resolve(process.argv[2] ?? DIST);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
  let started = performance.now();
  const pages = await buildSearchIndex(dist);
  console.log(`[bff-pagefind] Suchindex geschrieben: ${Object.entries(pages).map(([l, n]) => `${n} Seiten (${l})`).join(', ')} in ${seconds(started)} s.`);
  const towns = pdfGuidesPlanned() ? builtGuides(dist) : [];
  if (towns.length === 0) {
    console.log('[bff:wegweiser-pdf] Keine PDF-Wegweiser (kein Chromium, WEGWEISER_PDF=0 oder keine Wegweiser-Seiten); die Seiten verlinken den Wegweiser zum Ausdrucken.');
  } else {
    started = performance.now();
    const done = await renderGuides(towns, resolve(dist, 'wegweiser'), dist);
    console.log(`[bff:wegweiser-pdf] ${done.length} PDF-Wegweiser geschrieben in ${seconds(started)} s.`);
  }
} catch (error) {
  console.error(`Nach dem Build fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
  console.error('PDF-Wegweiser ohne Chromium abschalten: WEGWEISER_PDF=0 npm run build.');
  process.exit(1);
}
