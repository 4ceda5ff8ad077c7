/** Opening hours in one line, for print and for the hotline lists. */
import { formatDays, formatTimeRange } from '../format.ts';
import type { OpeningHours } from '../../schemas/hours.ts';

/** Hours in one line for print: "Montag bis Freitag 9:00 bis 12:00 Uhr; Dienstag 14:00 bis 17:00 Uhr". */
export function hoursLine(hours: readonly OpeningHours[] | undefined, note?: string | undefined): string | undefined {
  const parts = (hours ?? []).map((h) => `${formatDays(h.days)} ${formatTimeRange(h.opens, h.closes)}${h.note ? ` (${h.note})` : ''}`);
  if (note) parts.push(note);
  return parts.length > 0 ? parts.join('; ') : undefined;
}
