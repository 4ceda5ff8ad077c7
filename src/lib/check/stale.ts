/** Freshness: facts older than 12 months wait for confirmation. */

/** True when `reviewed` ("YYYY-MM-DD") lies more than 12 months before `today`. */
export function isStale(reviewed: string, today: Date): boolean {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  return Date.UTC(y, m - 1, d) < limit.getTime();
}
