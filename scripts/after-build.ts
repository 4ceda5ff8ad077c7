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
import { missingGuidePdfs, pdfGuidesPlanned } from '../src/lib/chain/pdf.ts';
import { DIST } from '../src/lib/dev/dist.ts';

const dist = resolve(process.argv[2] ?? DIST);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function fail(step: string, error: unknown, hint?: string): never {
  console.error(`${step} fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
  if (hint) console.error(hint);
  process.exit(1);
}

let started = performance.now();
try {
  const pages = await buildSearchIndex(dist);
  console.log(`[bff-pagefind] Suchindex geschrieben: ${Object.entries(pages).map(([l, n]) => `${n} Seiten (${l})`).join(', ')} in ${seconds(started)} s.`);
} catch (error) {
  fail('Suchindex', error);
}

if (pdfGuidesPlanned()) {
  try {
    // Loaded only when PDFs are made (it brings Playwright and Astro's preview server).
    const { builtGuides, renderGuides } = await import('./wegweiser.ts');
    const towns = builtGuides(dist);
    started = performance.now();
    const done = await renderGuides(towns, resolve(dist, 'wegweiser'), dist);
    console.log(`[bff:wegweiser-pdf] ${done.length} PDF-Wegweiser geschrieben in ${seconds(started)} s.`);
  } catch (error) {
    fail('PDF-Wegweiser', error, 'PDF-Wegweiser ohne Chromium abschalten: WEGWEISER_PDF=0 npm run build.');
  }
} else {
  console.log('[bff:wegweiser-pdf] Keine PDF-Wegweiser (kein Chromium oder WEGWEISER_PDF=0); die Seiten verlinken den Wegweiser zum Ausdrucken.');
}

// The pages decided to link PDFs while Astro built them; every linked PDF must exist now.
const missing = missingGuidePdfs(dist);
if (missing.length > 0) {
  fail(
    'Prüfung der PDF-Links',
    `Seiten verlinken PDF-Wegweiser, die nicht geschrieben wurden: ${missing.join(', ')}`,
    'Beide Schritte mit derselben Umgebung ausführen (npm run build), z. B. WEGWEISER_PDF=0 für beide.',
  );
}
