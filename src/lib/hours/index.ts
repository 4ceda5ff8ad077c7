/**
 * Opening hours: "open now" in German local time with NRW public holidays.
 * Pure functions; the same code runs at build time and in the browser.
 */
export { TIME_ZONE, addDays, daysBetween, fromBerlin, toBerlin, weekdayOf, type LocalTime } from './berlin.ts';
export { isNrwHoliday, nrwHolidayName } from './holidays.ts';
export { DAYS, DAY_NAMES, dayIndex, type DayCode } from './days.ts';
export {
  CLOSING_SOON_MINUTES,
  HORIZON_DAYS,
  dayWords,
  hoursStatus,
  lineAppliesOn,
  openPeriods,
  statusLabel,
  statusText,
  type HoursLine,
  type HoursStatus,
  type Moment,
} from './status.ts';
