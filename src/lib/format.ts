/**
 * Formatting for display: phone numbers, dates, languages and the small
 * labels the pages show for enum values. Pure functions, German output.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { DAYS, dayIndex, dayName } from './hours/days.ts';

/** Short numbers that are dialled as they are (110, 112, 116 xxx). */
const SHORT_NUMBER = /^(110|112|116\d{3})$/;

/** Digits only, or a leading + followed by digits. */
function compact(number: string): string {
  return number.trim().replace(/[^\d+]/g, '');
}

/**
 * German display form of a stored phone number.
 * E.164 numbers use the national format ("+498001110333" → "0800 1110333");
 * short numbers stay as they are, 116 numbers are grouped ("116111" → "116 111").
 */
export function formatPhone(number: string): string {
  const c = compact(number);
  if (SHORT_NUMBER.test(c)) return c.startsWith('116') ? `116 ${c.slice(3)}` : c;
  const parsed = parsePhoneNumberFromString(c, 'DE');
  if (!parsed) return number.trim();
  return parsed.country === 'DE' || parsed.countryCallingCode === '49' ? parsed.formatNational() : parsed.formatInternational();
}

/** Text that never breaks across lines: non-breaking spaces and hyphens (for phone numbers). */
function noBreak(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** A stored phone number in its display form, never broken across lines ("0800 1110333" with a non-breaking space). */
export function phoneText(number: string): string {
  return noBreak(formatPhone(number));
}

/** `href` for a phone link: "tel:+498001110333", short numbers "tel:116111". */
export function telHref(number: string): string {
  const c = compact(number);
  if (SHORT_NUMBER.test(c)) return `tel:${c}`;
  const parsed = parsePhoneNumberFromString(c, 'DE');
  return `tel:${parsed ? parsed.number : c}`;
}

const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

/**
 * German date: "2011-12-14" → "14. Dezember 2011", "2011-12" → "Dezember 2011",
 * "2011" → "2011". Anything else is returned unchanged.
 */
export function formatDateDe(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS_DE[Number(mo) - 1] : undefined;
  if (mo && !month) return value;
  if (d) return `${Number(d)}. ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? value;
}

/** German names of languages (ISO 639-1) that families in the district speak. */
const LANGUAGES: Record<string, string> = {
  de: 'Deutsch',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
  ru: 'Russisch',
  pl: 'Polnisch',
  uk: 'Ukrainisch',
  fr: 'Französisch',
  es: 'Spanisch',
  it: 'Italienisch',
  pt: 'Portugiesisch',
  el: 'Griechisch',
  ro: 'Rumänisch',
  bg: 'Bulgarisch',
  sr: 'Serbisch',
  hr: 'Kroatisch',
  bs: 'Bosnisch',
  sq: 'Albanisch',
  ku: 'Kurdisch',
  fa: 'Persisch',
  ps: 'Paschtu',
  ti: 'Tigrinya',
  so: 'Somali',
  nl: 'Niederländisch',
  hu: 'Ungarisch',
  cs: 'Tschechisch',
  vi: 'Vietnamesisch',
  zh: 'Chinesisch',
  ur: 'Urdu',
  hi: 'Hindi',
  ta: 'Tamil',
};

/** German name of a language code ("tr" → "Türkisch"); unknown codes are returned in upper case. */
export function languageName(code: string): string {
  const key = code.trim().toLowerCase();
  const known = Object.hasOwn(LANGUAGES, key) ? LANGUAGES[key] : undefined;
  if (known) return known;
  try {
    const name = new Intl.DisplayNames(['de'], { type: 'language' }).of(key);
    if (name && name.toLowerCase() !== key) return name;
  } catch {
    // fall through
  }
  return key.toUpperCase();
}

/** German list: ["a", "b", "c"] → "a, b und c". */
export function joinDe(items: readonly string[], last = 'und'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

export type Status = 'active' | 'ended' | 'unknown';
/** Status as readers see it. */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'active':
      return 'läuft';
    case 'ended':
      return 'beendet';
    default:
      return 'unbekannt — bitte beim Anbieter nachfragen';
  }
}

export type Cost = 'free' | 'paid' | 'reduced' | 'unknown';
export function costLabel(cost: Cost): string {
  switch (cost) {
    case 'free':
      return 'kostenlos';
    case 'paid':
      return 'kostenpflichtig';
    case 'reduced':
      return 'Kosten nach Einkommen gestaffelt';
    default:
      return 'nicht bekannt — bitte beim Anbieter nachfragen';
  }
}

/** Age range in words: "0 bis 3 Jahre", "ab 14 Jahren", "bis 27 Jahre". */
export function formatAgeRange(range: { from?: number | undefined; to?: number | undefined } | undefined): string | undefined {
  if (!range) return undefined;
  const { from, to } = range;
  if (from !== undefined && to !== undefined) return `${from} bis ${to} Jahre`;
  if (from !== undefined) return `ab ${from} ${from === 1 ? 'Jahr' : 'Jahren'}`;
  if (to !== undefined) return `bis ${to} ${to === 1 ? 'Jahr' : 'Jahre'}`;
  return undefined;
}


/**
 * Days in words, collapsing runs: ["Mo","Di","Mi","Do","Fr"] → "Montag bis Freitag",
 * ["Mo","Mi"] → "Montag und Mittwoch", all seven → "täglich".
 */
export function formatDays(days: readonly string[]): string {
  const sorted = [...new Set(days)].sort((a, b) => dayIndex(a) - dayIndex(b));
  if (sorted.length === 7) return 'täglich';
  const runs: string[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev !== undefined && dayIndex(d) === dayIndex(prev) + 1) run.push(d);
    else runs.push([d]);
  }
  const parts = runs.flatMap((r) => {
    const first = dayName(r[0] ?? '');
    const lastDay = dayName(r[r.length - 1] ?? '');
    if (r.length >= 3) return [`${first} bis ${lastDay}`];
    return r.map(dayName);
  });
  return joinDe(parts);
}

/** Opening time range in German style: "09:00"–"12:30" → "9:00 bis 12:30 Uhr"; 00:00–24:00 → "rund um die Uhr". */
export function formatTimeRange(opens: string, closes: string): string {
  if (opens === '00:00' && closes === '24:00') return 'rund um die Uhr';
  const t = (v: string) => v.replace(/^0(\d)/, '$1');
  return `${t(opens)} bis ${t(closes)} Uhr`;
}

/** Host name of a web address for display ("https://www.kreis-unna.de/" → "www.kreis-unna.de"). */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
    return `${u.hostname}${path}`;
  } catch {
    return url;
  }
}

/** Sort strings the German way (ä next to a, case-insensitive, numbers by value): the site's one collator. */
export const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** True when hours cover every day from 00:00 to 24:00. */
export function isAroundTheClock(hours: readonly { days: readonly string[]; opens: string; closes: string }[] | undefined): boolean {
  if (!hours || hours.length === 0) return false;
  const covered = new Set(hours.filter((h) => h.opens === '00:00' && h.closes === '24:00').flatMap((h) => h.days));
  return DAYS.every((d) => covered.has(d));
}

/**
 * One line about when a channel is open: "rund um die Uhr",
 * "Montag bis Samstag 14:00 bis 20:00 Uhr; …", or undefined when the source gives no hours.
 */
export function hoursSummary(hours: readonly { days: readonly string[]; opens: string; closes: string }[] | undefined): string | undefined {
  if (!hours || hours.length === 0) return undefined;
  if (isAroundTheClock(hours)) return 'rund um die Uhr';
  return hours.map((h) => `${formatDays(h.days)} ${formatTimeRange(h.opens, h.closes)}`).join('; ');
}

/** Hours in one line (for print and lists): "Montag bis Freitag 9:00 bis 12:00 Uhr; Dienstag 14:00 bis 17:00 Uhr", with each line's note and the channel's note. */
export function hoursLine(hours: readonly { days: readonly string[]; opens: string; closes: string; note?: string | undefined }[] | undefined, note?: string | undefined): string | undefined {
  const parts = (hours ?? []).map((h) => `${formatDays(h.days)} ${formatTimeRange(h.opens, h.closes)}${h.note ? ` (${h.note})` : ''}`);
  if (note) parts.push(note);
  return parts.length > 0 ? parts.join('; ') : undefined;
}
