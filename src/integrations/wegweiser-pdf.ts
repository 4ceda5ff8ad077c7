/**
 * Astro integration: after the build, render the printable guide of every
 * town (/orte/<ort>/wegweiser/) to dist/wegweiser/<ort>.pdf with the system
 * Chromium — but only when the pages were built with PDF links
 * (src/lib/chain/pdf.ts). If rendering fails, the build fails: a page must
 * never link a PDF that does not exist.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pdfGuidesPlanned } from '../lib/chain/pdf.ts';

export default function wegweiserPdf(): AstroIntegration {
  return {
    name: 'bff:wegweiser-pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!pdfGuidesPlanned()) {
          logger.info('Kein Chromium (oder WEGWEISER_PDF=0): keine PDF-Wegweiser; die Seiten verlinken den Wegweiser zum Ausdrucken.');
          return;
        }
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const { builtGuides, renderGuides } = await import('../../scripts/wegweiser.ts');
        const towns = builtGuides(root);
        const started = Date.now();
        try {
          const done = await renderGuides(towns, `${root}/wegweiser`, root);
          logger.info(`${done.length} PDF-Wegweiser geschrieben in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        } catch (error) {
          logger.error(`Die PDF-Wegweiser konnten nicht erzeugt werden: ${error instanceof Error ? error.message : String(error)}. Ohne Chromium mit WEGWEISER_PDF=0 bauen.`);
          process.exit(1);
        }
      },
    },
  };
}
