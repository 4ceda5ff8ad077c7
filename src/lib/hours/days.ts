/**
 * The days of the week, once for the whole site: the schema's codes, the
 * open-now logic (in the browser, so no zod here) and the words on the pages.
 */

/** German two-letter abbreviations as on a door sign, Monday first (index = weekday, Monday 0). */
export const DAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;
export type DayCode = (typeof DAYS)[number];

/** German names of the days. */
export const DAY_NAMES: Record<DayCode, string> = {
  Mo: 'Montag',
  Di: 'Dienstag',
  Mi: 'Mittwoch',
  Do: 'Donnerstag',
  Fr: 'Freitag',
  Sa: 'Samstag',
  So: 'Sonntag',
};

/** German name of a day code ("Mo" → "Montag"); anything else is returned as it is. */
export function dayName(code: string): string {
  return dayIndex(code) >= 0 ? DAY_NAMES[code as DayCode] : code;
}

/** Position of a day code in the week (Monday 0); -1 for anything else. */
export function dayIndex(code: string): number {
  return (DAYS as readonly string[]).indexOf(code);
}
