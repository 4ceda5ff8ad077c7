/**
 * UI text and locale formatting for every language. Pages call `ui(lang)` for
 * the dictionary and the formatters below for weekdays, times, numbers and lists
 * (all through Intl, never hand-made per language).
 */
import { ar } from './ar.ts';
import { de, type Dictionary, type DictionaryKey } from './de.ts';
import { en } from './en.ts';
import { LANGUAGE_INFO, type Lang } from './languages.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';
import { DAYS as DAY_CODES } from '../lib/hours/days.ts';

export * from './languages.ts';
export type { Dictionary, DictionaryKey };

export const DICTIONARIES: Record<Lang, Dictionary> = { de, en, tr, ar, uk, ru, pl };

export function ui(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** Fill placeholders: fill('Jugendamt für {town}', { town: 'Selm' }). Unknown placeholders stay visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** The placeholders a template uses, for tests ("every translation keeps {town}"). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}


/** Weekday names in the language, Monday first, from Intl (2024-01-01 was a Monday). */
export function weekdayNames(lang: Lang): string[] {
  const f = new Intl.DateTimeFormat(LANGUAGE_INFO[lang].locale, { weekday: 'long', timeZone: 'UTC' });
  return DAY_CODES.map((_, i) => f.format(Date.UTC(2024, 0, 1 + i)));
}

/** "09:00" → "9:00" (de) / "09:00" (en-GB) / "٩:٠٠" (ar) … through Intl; "24:00" is kept as midnight. */
export function formatTime(lang: Lang, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  if (h === 24 && m === 0) return new Intl.DateTimeFormat(LANGUAGE_INFO[lang].locale, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, 0, 0));
  return new Intl.DateTimeFormat(LANGUAGE_INFO[lang].locale, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, h ?? 0, m ?? 0));
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LANGUAGE_INFO[lang].locale).format(n);
}

export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LANGUAGE_INFO[lang].locale, { style: 'long', type: 'conjunction' }).format(items);
}

export interface HoursLike {
  days: readonly string[];
  opens: string;
  closes: string;
}

/** Days in words, runs of three or more collapsed: Mo–Fr → "Monday to Friday"; all seven → "daily". */
export function formatDaysIn(lang: Lang, days: readonly string[]): string {
  const d = ui(lang);
  const names = weekdayNames(lang);
  const idx = [...new Set(days)].map((c) => DAY_CODES.indexOf(c as (typeof DAY_CODES)[number])).filter((i) => i >= 0).sort((a, b) => a - b);
  if (idx.length === 7) return d.hoursDaily;
  const runs: number[][] = [];
  for (const i of idx) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  }
  const parts = runs.flatMap((r) => (r.length >= 3 ? [fill(d.hoursDayRange, { from: names[r[0]!]!, to: names[r[r.length - 1]!]! })] : r.map((i) => names[i]!)));
  return formatList(lang, parts);
}

/** One line of hours in the language: "Monday to Friday 9:00 to 12:00"; round the clock → "24 hours a day". */
export function hoursLineIn(lang: Lang, hours: readonly HoursLike[] | undefined): string | undefined {
  if (!hours || hours.length === 0) return undefined;
  const d = ui(lang);
  const allDay = (h: HoursLike) => h.opens === '00:00' && h.closes === '24:00';
  const covered = new Set(hours.filter(allDay).flatMap((h) => h.days));
  if (DAY_CODES.every((c) => covered.has(c))) return d.hoursAroundTheClock;
  return hours
    .map((h) => `${formatDaysIn(lang, h.days)} ${allDay(h) ? d.hoursAroundTheClock : fill(d.hoursTimeRange, { from: formatTime(lang, h.opens), to: formatTime(lang, h.closes) })}`)
    .join('; ');
}

