/**
 * Structured opening hours, in the spirit of schema.org
 * `OpeningHoursSpecification`: on these days, from `opens` to `closes`,
 * optionally only between `validFrom` and `validUntil`.
 */
import { z } from 'astro/zod';
import { isoDate, text } from './primitives.ts';

import { DAYS } from '../lib/hours/days.ts';

/** Days of the week, German two-letter abbreviations as on a door sign (src/lib/hours/days.ts). */
export { DAYS };
export const day = z.enum(DAYS, { error: 'Wochentag als "Mo", "Di", "Mi", "Do", "Fr", "Sa" oder "So" angeben.' });

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;
/** A time of day "HH:MM" (24-hour clock); "24:00" means midnight at the end of the day. */
export const time = z
  .string({ error: 'Uhrzeit in Anführungszeichen als "HH:MM" angeben, z. B. "09:00".' })
  .regex(TIME, { error: (issue) => `"${String(issue.input)}" ist keine Uhrzeit. Bitte "HH:MM" angeben, z. B. "08:30".` })
  .refine((v) => !v.startsWith('24') || v === '24:00', { error: 'Nach 24:00 gibt es keine Uhrzeit.' });

/** Minutes since midnight for a validated "HH:MM". */
export function minutesOf(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/** One line of opening hours. */
export const openingHours = z
  .strictObject({
    days: z.array(day).min(1, { error: 'Mindestens einen Wochentag angeben.' }),
    opens: time,
    closes: time,
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    /** Short remark for this line, e.g. "nur in den Schulferien". */
    note: text.optional(),
  })
  .superRefine((h, ctx) => {
    // closes <= opens means the period runs past midnight, which is allowed (e.g. 20:00–02:00),
    // except when both are equal and not the 24-hour case 00:00–24:00.
    if (h.opens === h.closes) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: 'Öffnungs- und Schließzeit sind gleich. Für rund um die Uhr bitte "00:00" bis "24:00" angeben.' });
    }
    if (h.validFrom && h.validUntil && h.validFrom > h.validUntil) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: '"validUntil" liegt vor "validFrom".' });
    }
  });

export type OpeningHours = z.infer<typeof openingHours>;
export type Day = z.infer<typeof day>;

/** Hours plus the free-text note that covers what a table cannot ("nach Vereinbarung"). */
export const hoursFields = {
  hours: z.array(openingHours).optional(),
  /** Free text, e.g. "Termine nach Vereinbarung". */
  hoursNote: text.optional(),
};
