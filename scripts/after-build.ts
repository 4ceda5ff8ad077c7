/**
 * The second step of `npm run build`, after `astro build` has ended: the search
 * index (Pagefind: the whole site's, then one per town) and the printable PDF
 * guides (Chromium), which print while the towns' indexes are written.
 *
 * They run in a process of their own so that their memory does not add to
 * Astro's: inside an integration they ran while the Astro process still held the
 * whole site (at 10,000 entries Astro ≈ 3 GB, Pagefind ≈ 2 GB, Chromium ≈ 1 GB at
 * once; see docs/performance.md). The whole index, the largest, runs alone; the
 * towns' bundles (a few hundred MB) and Chromium then run side by side. The build
 * fails (exit code 1) when either fails, so that no page links a search or a PDF
 * that does not exist.
 *
 *   node scripts/after-build.ts [distDir]     (default: dist/)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { missingGuidePdfs, pdfGuidesPlanned } from '../src/lib/chain/pdf.ts';
import { DIST } from '../src/lib/dev/dist.ts';
import { readSearchConfig, searchPageFile } from '../src/lib/dev/search/search-config.ts';

const dist = resolve(process.argv[2] ?? DIST);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function fail(step: string, error: unknown, hint?: string): never {
  console.error(`${step} fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
  if (hint) console.error(hint);
  process.exit(1);
}

/** The PDF guides; a failure is returned, not thrown, so that it is reported as the PDFs' own. */
async function printGuides(): Promise<{ error?: unknown; printed: boolean }> {
  try {
    if (!pdfGuidesPlanned()) {
      console.log('[bff:wegweiser-pdf] Keine PDF-Wegweiser (kein Chromium oder WEGWEISER_PDF=0); die Seiten verlinken den Wegweiser zum Ausdrucken.');
      return { printed: false };
    }
    // Loaded only when PDFs are made (it brings Playwright and Astro's preview server).
    const { builtGuides, renderGuides } = await import('./wegweiser.ts');
    const towns = builtGuides(dist);
    const started = performance.now();
    const done = await renderGuides(towns, resolve(dist, 'wegweiser'), dist);
    console.log(`[bff:wegweiser-pdf] ${done.length} PDF-Wegweiser geschrieben in ${seconds(started)} s.`);
    return { printed: true };
  } catch (error) {
    return { error, printed: false };
  }
}

// The whole search index first (it needs the most memory), then the towns' bundles while the PDFs print.
const started = performance.now();
let guides: { error?: unknown; printed: boolean } = { printed: false };
try {
  // A bundle for each town the search page offers (src/lib/search/bundles.ts); none for a site without it (the bench's floor).
  const towns = existsSync(searchPageFile(dist)) ? readSearchConfig(dist).towns.map((t) => t.id) : [];
  const built = await buildSearchIndex(dist, { alongside: printGuides, towns });
  guides = built.alongside ?? guides;
  const missing = towns.filter((t) => !(t in built.towns));
  const list = Object.entries(built.towns).map(([t, n]) => `${t} ${n}`).join(', ');
  console.log(`[bff-pagefind] Suchindex je Ort (${list || 'keiner'}) in ${built.seconds.towns.toFixed(1)} s${guides.printed ? ', während die PDF-Wegweiser gedruckt wurden' : ''}.`);
  if (missing.length > 0) console.log(`[bff-pagefind] Ohne Einträge, daher ohne eigenen Suchindex (die Suche nimmt dort den ganzen): ${missing.join(', ')}.`);
  console.log(
    `[bff-pagefind] Suchindex geschrieben: ${Object.entries(built.pages).map(([l, n]) => `${n} Seiten (${l})`).join(', ')} (ganze Website ${built.seconds.whole.toFixed(1)} s); mit denen je Ort in ${seconds(started)} s.`,
  );
} catch (error) {
  fail('Suchindex', error);
}
if ('error' in guides) fail('PDF-Wegweiser', guides.error, 'PDF-Wegweiser ohne Chromium abschalten: WEGWEISER_PDF=0 npm run build.');

// The pages decided to link PDFs while Astro built them; every linked PDF must exist now.
const missing = missingGuidePdfs(dist);
if (missing.length > 0) {
  fail(
    'Prüfung der PDF-Links',
    `Seiten verlinken PDF-Wegweiser, die nicht geschrieben wurden: ${missing.join(', ')}`,
    'Beide Schritte mit derselben Umgebung ausführen (npm run build), z. B. WEGWEISER_PDF=0 für beide.',
  );
}
