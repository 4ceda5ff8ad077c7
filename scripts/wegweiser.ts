/**
 * `npm run wegweiser`: renders the printable family guide of every town
 * (/orte/<town>/wegweiser/) from the built site into an A4 PDF,
 * dist/wegweiser/<town>.pdf, with the system Chromium.
 *
 * Run after `npm run build`. Serves dist/ on a loopback port only.
 * Options: `--ort <slug>` (repeatable) renders only those towns.
 */
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST, serveDist } from '../src/lib/dev/server.ts';
import { launchBrowser } from '../src/lib/dev/browser.ts';

/** Towns that have a built guide page. */
export function builtGuides(root = DIST): string[] {
  const orte = join(root, 'orte');
  if (!existsSync(orte)) return [];
  return readdirSync(orte, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(orte, d.name, 'wegweiser', 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** Render one guide page to PDF bytes. */
export async function renderGuidePdf(browser: Browser, origin: string, town: string): Promise<Buffer> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  try {
    const page = await context.newPage();
    // Nothing may leave the loopback server while printing.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const response = await page.goto(`${origin}/orte/${town}/wegweiser/`, { waitUntil: 'load' });
    if (!response || !response.ok()) throw new Error(`Wegweiser für „${town}“ nicht gefunden (HTTP ${response?.status() ?? '?'}).`);
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
  } finally {
    await context.close();
  }
}

export async function renderGuides(towns: string[], outDir = join(DIST, 'wegweiser'), root = DIST): Promise<{ town: string; file: string; bytes: number }[]> {
  // A site without guide pages (e.g. the bench's floor) has nothing to print.
  if (towns.length === 0) return [];
  mkdirSync(outDir, { recursive: true });
  const server = await serveDist(root);
  const browser = await launchBrowser();
  const out: { town: string; file: string; bytes: number }[] = [];
  try {
    for (const town of towns) {
      const pdf = await renderGuidePdf(browser, server.origin, town);
      const file = join(outDir, `${town}.pdf`);
      writeFileSync(file, pdf);
      out.push({ town, file, bytes: pdf.length });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '--ort' && args[i + 1]) only.push(args[++i]!);
  const all = builtGuides();
  if (all.length === 0) {
    console.error('Keine Wegweiser-Seiten in dist/ gefunden. Bitte zuerst "npm run build" ausführen.');
    process.exit(1);
  }
  const unknown = only.filter((t) => !all.includes(t));
  if (unknown.length > 0) {
    console.error(`Unbekannte Orte: ${unknown.join(', ')}. Vorhanden: ${all.join(', ')}.`);
    process.exit(1);
  }
  const started = Date.now();
  const done = await renderGuides(only.length > 0 ? only : all);
  for (const d of done) console.log(`✓ ${d.file.replace(`${DIST}/`, 'dist/')} (${Math.round(d.bytes / 1024)} KB)`);
  console.log(`${done.length} Wegweiser als PDF geschrieben in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.main) await main();
