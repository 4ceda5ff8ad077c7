/**
 * Public holidays of North Rhine-Westphalia (Neujahr, Karfreitag, Ostermontag,
 * 1. Mai, Christi Himmelfahrt, Pfingstmontag, Fronleichnam, Tag der Deutschen
 * Einheit, Allerheiligen, 1. und 2. Weihnachtstag), from `feiertagejs`.
 */
import { getHolidayByDate, isHoliday } from 'feiertagejs';

/** True when the calendar date "YYYY-MM-DD" is a public holiday in NRW. */
export function isNrwHoliday(date: string): boolean {
  return isHoliday(date, 'NW');
}

/** German name of the NRW public holiday on `date`, or undefined. */
export function nrwHolidayName(date: string): string | undefined {
  const h = getHolidayByDate(date, 'NW');
  return h ? h.translate('de') : undefined;
}
