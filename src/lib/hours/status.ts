/**
 * "Jetzt geöffnet": whether a place or hotline with structured hours is open
 * at a given moment, in German local time, with NRW public holidays.
 *
 * Rules (see src/schemas/hours.ts for the data):
 * - A line applies on each of its `days`, from `opens` to `closes`. When
 *   `closes` is not after `opens` the period runs past midnight into the next
 *   day (20:00–02:00); "24:00" is the end of the day; "00:00"–"24:00" is the
 *   whole day. Adjacent periods merge (Mo 00:00–24:00 and Di 00:00–24:00 are
 *   one open stretch).
 * - `validFrom` / `validUntil` limit a line to the days from/until those dates
 *   (the day a period starts on counts).
 * - Public holidays in NRW count as closed, unless the hours say otherwise:
 *   a line that includes Sunday ("sonn- und feiertags", and so every daily
 *   line), a line whose days include "Feiertag", or a line whose note says
 *   "auch an Feiertagen" applies on holidays too. A note with "nicht an
 *   Feiertagen" / "außer an Feiertagen" keeps even such a line closed.
 * - "Schließt bald" means it closes within 30 minutes.
 */
import { addDays, daysBetween, fromBerlin, toBerlin, weekdayOf } from './berlin.ts';
import { isNrwHoliday } from './holidays.ts';
import { DAYS } from './days.ts';

/** One line of hours as the schema gives it; `days` may also hold "Feiertag". */
export interface HoursLine {
  days: readonly string[];
  opens: string;
  closes: string;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  note?: string | undefined;
}

export const CLOSING_SOON_MINUTES = 30;
/** How far ahead the next opening is searched. */
export const HORIZON_DAYS = 35;


/** A moment with its German wall-clock reading. */
export interface Moment {
  instant: number;
  date: string;
  weekday: number;
  /** "HH:MM" on German clocks; a period ending at midnight reads "24:00" on its own day. */
  time: string;
}

export type HoursStatus =
  | { state: 'open'; closes: Moment | null; minutesLeft: number | null; holiday: boolean }
  | { state: 'closing-soon'; closes: Moment; minutesLeft: number; holiday: boolean }
  | { state: 'closed'; opens: Moment | null; holiday: boolean };

function minutesOf(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

const pad = (n: number) => String(n).padStart(2, '0');
function hhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function moment(instant: number, endOfPeriod = false): Moment {
  const local = toBerlin(instant);
  // A period that ends at midnight reads "24:00" of the day before, as on a door sign.
  if (endOfPeriod && local.minutes === 0) {
    const date = addDays(local.date, -1);
    return { instant, date, weekday: (local.weekday + 6) % 7, time: '24:00' };
  }
  return { instant, date: local.date, weekday: local.weekday, time: hhmm(local.minutes) };
}

const HOLIDAY_YES = /auch\s+(an\s+)?(sonn-\s*und\s+)?feiertag/i;
const HOLIDAY_NO = /(nicht|außer|ausser|ausgenommen)\s+(an\s+)?(sonn-\s*und\s+)?feiertag|feiertags?\s+geschlossen/i;

/** Whether a line applies on a calendar date (weekday, holiday and validity). */
export function lineAppliesOn(line: HoursLine, date: string, weekday: number, holiday: boolean): boolean {
  if (line.validFrom && date < line.validFrom) return false;
  if (line.validUntil && date > line.validUntil) return false;
  if (holiday) {
    const note = line.note ?? '';
    if (HOLIDAY_NO.test(note)) return false;
    return line.days.includes('Feiertag') || line.days.includes('So') || HOLIDAY_YES.test(note);
  }
  return line.days.includes(DAYS[weekday] ?? '');
}

interface Period {
  start: number;
  end: number;
}

/** Open periods (as instants) that start on the days from `fromDate` for `days` days, merged and sorted. */
export function openPeriods(lines: readonly HoursLine[], fromDate: string, days: number, holidays: (date: string) => boolean = isNrwHoliday): Period[] {
  const raw: Period[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const weekday = weekdayOf(date);
    const holiday = holidays(date);
    for (const line of lines) {
      if (!lineAppliesOn(line, date, weekday, holiday)) continue;
      const opens = minutesOf(line.opens);
      let closes = minutesOf(line.closes);
      if (closes <= opens) closes += 1440;
      raw.push({ start: fromBerlin(date, opens), end: fromBerlin(date, closes) });
    }
  }
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Period[] = [];
  for (const p of raw) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  return merged;
}

/** Status of `lines` at `now`. */
export function hoursStatus(lines: readonly HoursLine[], now: Date | number, holidays: (date: string) => boolean = isNrwHoliday): HoursStatus {
  const instant = typeof now === 'number' ? now : now.getTime();
  const local = toBerlin(instant);
  const holiday = holidays(local.date);
  // Start one day back so that a period from yesterday evening that runs past midnight is seen.
  const periods = openPeriods(lines, addDays(local.date, -1), HORIZON_DAYS + 1, holidays);
  const current = periods.find((p) => p.start <= instant && instant < p.end);
  if (current) {
    const last = periods[periods.length - 1];
    // Open until the end of the horizon: treat as open without a known end (e.g. round the clock).
    if (current === last && current.end >= fromBerlin(addDays(local.date, HORIZON_DAYS), 0)) {
      return { state: 'open', closes: null, minutesLeft: null, holiday };
    }
    const minutesLeft = Math.ceil((current.end - instant) / 60_000);
    const closes = moment(current.end, true);
    if (minutesLeft <= CLOSING_SOON_MINUTES) return { state: 'closing-soon', closes, minutesLeft, holiday };
    return { state: 'open', closes, minutesLeft, holiday };
  }
  const next = periods.find((p) => p.start > instant);
  return { state: 'closed', opens: next ? moment(next.start) : null, holiday };
}

/** "heute", "morgen", "Mo" (within a week) or "am 07.01." for the day of `m`, seen from `now`. */
export function dayWords(m: Moment, now: Date | number): string {
  const today = toBerlin(typeof now === 'number' ? now : now.getTime()).date;
  const diff = daysBetween(today, m.date);
  if (diff === 0) return 'heute';
  if (diff === 1) return 'morgen';
  if (diff > 1 && diff < 7) return DAYS[m.weekday] ?? '';
  const [, mo, d] = m.date.split('-');
  return `am ${d}.${mo}.`;
}

/** Time in German style without leading zero: "09:00" → "9:00". */
function clock(t: string): string {
  return t.replace(/^0(\d)/, '$1');
}

/** Short German label, e.g. "Jetzt geöffnet", "Schließt bald", "Geschlossen". */
export function statusLabel(status: HoursStatus): string {
  if (status.state === 'open') return 'Jetzt geöffnet';
  if (status.state === 'closing-soon') return 'Schließt bald';
  return 'Jetzt geschlossen';
}

/**
 * One German sentence for the status, e.g.
 * "Jetzt geöffnet, bis 20:00 Uhr", "Schließt bald, um 20:00 Uhr (in 15 Minuten)",
 * "Jetzt geschlossen, öffnet Mo um 9:00 Uhr", "Rund um die Uhr erreichbar".
 */
export function statusText(status: HoursStatus, now: Date | number): string {
  if (status.state === 'open') {
    if (!status.closes) return 'Jetzt geöffnet, rund um die Uhr';
    const day = dayWords(status.closes, now);
    return `Jetzt geöffnet, bis ${day === 'heute' ? '' : `${day} `}${clock(status.closes.time)} Uhr`;
  }
  if (status.state === 'closing-soon') {
    const m = status.minutesLeft;
    return `Schließt bald, um ${clock(status.closes.time)} Uhr (in ${m} ${m === 1 ? 'Minute' : 'Minuten'})`;
  }
  const prefix = status.holiday ? 'Heute Feiertag, jetzt geschlossen' : 'Jetzt geschlossen';
  if (!status.opens) return `${prefix}, keine weiteren Öffnungszeiten bekannt`;
  return `${prefix}, öffnet ${dayWords(status.opens, now)} um ${clock(status.opens.time)} Uhr`;
}
