/**
 * npm run seed-facts — writes tests/fixtures/seed-facts.json: the facts the
 * tests check content against, taken from the seed documents (../shared/seeds,
 * or SEEDS_DIR), so that the tests run without the seeds (e.g. on GitHub).
 *
 * For every seed file: the digits of every number-like run (phone numbers as
 * printed, e.g. "0800 111 0 333"), the phone numbers libphonenumber finds, and
 * the postal addresses ("Hansastraße 4, 59425 Unna"). Run again when a seed
 * document changes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';

const root = resolve(import.meta.dirname, '..');
const seeds = process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds');
if (!existsSync(seeds)) {
  console.error(`Die Quelldokumente fehlen (${seeds}). Bitte SEEDS_DIR angeben.`);
  process.exit(1);
}

interface FileFacts {
  /** Digit strings of every number-like run in the file ("0800 111 0 333" → "08001110333"). */
  numbers: string[];
  /** Phone numbers libphonenumber finds in the text (E.164). */
  phones: string[];
  /** Postal addresses printed as "Street 1, 59425 Town". */
  addresses: { street: string; postcode: string; locality: string }[];
}

const out: Record<string, FileFacts> = {};
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(seeds, file), 'utf8');
  const numbers = new Set<string>();
  for (const m of text.matchAll(/\+?\d[\d /()-]{3,}\d/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 3) numbers.add(digits);
  }
  const phones = new Set(findPhoneNumbersInText(text, { defaultCountry: 'DE' }).map((f) => f.number.number as string));
  const addresses = new Map<string, { street: string; postcode: string; locality: string }>();
  for (const m of text.matchAll(/([\p{L}][\p{L}.-]*(?:[ -][\p{L}.-]+)*\s\d+[a-z]?),\s*(\d{5})\s+([\p{L}-]+)/gu)) {
    const a = { street: m[1]!.trim(), postcode: m[2]!, locality: m[3]! };
    addresses.set(JSON.stringify(a), a);
  }
  out[file] = { numbers: [...numbers].sort(), phones: [...phones].sort(), addresses: [...addresses.values()] };
}
const target = join(root, 'tests/fixtures/seed-facts.json');
writeFileSync(target, `${JSON.stringify({ generatedFrom: 'shared/seeds (npm run seed-facts)', files: out }, null, 2)}\n`);
console.log(`${target}: ${Object.values(out).reduce((n, f) => n + f.numbers.length, 0)} Zahlenfolgen, ${Object.values(out).reduce((n, f) => n + f.addresses.length, 0)} Adressen aus ${Object.keys(out).length} Dateien.`);
