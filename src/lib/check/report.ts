/**
 * Formats a check result for the terminal, the build log and CI summaries.
 */
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../schemas/index.ts';
import type { CheckResult } from './index.ts';

export interface ReportOptions {
  /** List every stale entry (otherwise only their number). */
  listStale?: boolean;
  /** ANSI colours. */
  color?: boolean;
  /** Duration of the check in milliseconds. */
  ms?: number;
}

/** One line per problem: `file:line:column field: message (Fehler|Warnung)`. */
export function formatProblems(result: CheckResult, options: ReportOptions = {}): string[] {
  const red = (s: string) => (options.color ? `\x1b[31m${s}\x1b[0m` : s);
  const yellow = (s: string) => (options.color ? `\x1b[33m${s}\x1b[0m` : s);
  return result.problems
    .filter((p) => p.code !== 'stale' || options.listStale)
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.field ? `${p.field}: ` : ''}${p.message} (${p.severity === 'error' ? red('Fehler') : yellow('Warnung')})`);
}

/** Closing summary: what was checked, how many errors and warnings. */
export function formatSummary(result: CheckResult, options: ReportOptions = {}): string[] {
  const summary = Object.entries(result.counts)
    .filter(([k]) => k in ENTRY_COLLECTIONS)
    .map(([k, n]) => `${n} ${ENTRY_COLLECTIONS[k as EntryCollection].label}`)
    .join(', ');
  const lines = [`Geprüft: ${result.files} Dateien (${summary}), ${result.references} Verweise${options.ms !== undefined ? `, in ${options.ms} ms` : ''}.`];
  if (result.stale) {
    lines.push(`Veraltet: ${result.stale} Einträge haben einen Stand älter als 12 Monate${options.listStale ? '' : ' (Liste mit: npm run check -- --veraltet)'}.`);
  }
  const other = result.warnings - result.stale;
  lines.push(
    result.errors
      ? `${result.errors} Fehler, ${other} weitere Warnungen. Bitte die Fehler oben beheben – solange wird die Website nicht gebaut.`
      : `Keine Fehler. ${other} weitere Warnungen (z. B. mögliche Dubletten) bitte prüfen.`,
  );
  return lines;
}
