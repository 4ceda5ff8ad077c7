/**
 * Freshness of an entry: its facts were last checked on `reviewed`; after
 * 12 months the site says plainly that they wait for confirmation.
 */

/** Months after which an entry counts as not current. */
export const STALE_AFTER_MONTHS = 12;

function parseIso(value: string): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) throw new Error(`„${value}“ ist kein Datum im Format JJJJ-MM-TT.`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function toIso(today: Date | string): string {
  return typeof today === 'string' ? today : today.toISOString().slice(0, 10);
}

/**
 * True when `reviewed` ("YYYY-MM-DD") lies more than `months` calendar months
 * before `today`. Exactly 12 months old is still fresh; one day more is stale.
 */
export function isStale(reviewed: string, today: Date | string, months: number = STALE_AFTER_MONTHS): boolean {
  const r = parseIso(reviewed);
  const t = parseIso(toIso(today));
  // Add `months` to the review date, clamping the day to the target month's length.
  const total = r.y * 12 + (r.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const limit = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(r.d, lastDay)).padStart(2, '0')}`;
  const now = `${String(t.y).padStart(4, '0')}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
  return now > limit;
}

/** The notice shown on stale entries. */
export function staleNotice(reviewed: string): string {
  const year = reviewed.slice(0, 4);
  return `Diese Angaben stammen aus dem Jahr ${year} und warten auf Bestätigung. Bitte fragen Sie vor einem Besuch nach.`;
}

/** Today's date as "YYYY-MM-DD" (UTC), the reference for freshness at build time. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
