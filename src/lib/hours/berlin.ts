/**
 * German local time (Europe/Berlin) without a date library: the wall-clock
 * date and time of an instant, and the instant of a wall-clock date and time.
 * Works the same in Node and in the browser (Intl with the IANA time zone data).
 */

export const TIME_ZONE = 'Europe/Berlin';

/** A calendar date "YYYY-MM-DD", a weekday index (0 = Monday … 6 = Sunday) and minutes since midnight. */
export interface LocalTime {
  date: string;
  weekday: number;
  minutes: number;
}

let formatter: Intl.DateTimeFormat | undefined;
function parts(instant: number): Record<string, string> {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const p of formatter.formatToParts(new Date(instant))) out[p.type] = p.value;
  return out;
}

/** Weekday index (0 = Monday) of a calendar date "YYYY-MM-DD". */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The calendar date `days` days after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from calendar date `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** Wall-clock date, weekday and minutes in Germany at `instant` (ms since the epoch). */
export function toBerlin(instant: number | Date): LocalTime {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  const p = parts(t);
  const date = `${p.year}-${p.month}-${p.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** Offset of German time from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
function berlinOffset(instant: number): number {
  const p = parts(instant);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which German clocks show `minutes` after midnight of `date`
 * (minutes may exceed 1440 for times on the following days, e.g. 24:00).
 * A time skipped when clocks go forward (02:30 on the last Sunday of March)
 * maps to the same moment an hour later on the new clock; a time that occurs
 * twice in October maps to its first occurrence.
 */
export function fromBerlin(date: string, minutes: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, 0, minutes);
  // Try the offset valid shortly before and at the naive time; take the first that round-trips.
  const candidates = [berlinOffset(naive - 3 * 3_600_000), berlinOffset(naive + 3 * 3_600_000)];
  for (const off of candidates) {
    const instant = naive - off * 60_000;
    const back = toBerlin(instant);
    if (back.date === addDays(date, Math.floor(minutes / 1440)) && back.minutes === minutes % 1440) return instant;
  }
  // Skipped hour (spring forward): use the offset before the change.
  return naive - (candidates[0] ?? 60) * 60_000;
}
