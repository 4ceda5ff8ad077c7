/**
 * Ways to reach a place or an offer: phone numbers and hotline channels.
 */
import { z } from 'astro/zod';
import { email, httpsUrl, phoneNumber, text } from './primitives.ts';
import { hoursFields } from './hours.ts';

/** A phone number with an optional label ("Zentrale", "Beratung"). */
export const phone = z.strictObject({
  number: phoneNumber,
  label: text.optional(),
});
export type Phone = z.infer<typeof phone>;

/**
 * A channel of an offer: a hotline, chat, email or web form, with its own hours.
 * The "Nummer gegen Kummer" is one offer with a phone channel, for example.
 */
export const channel = z
  .strictObject({
    kind: z.enum(['phone', 'chat', 'email', 'web'], {
      error: 'Art des Kanals ("kind") muss "phone", "chat", "email" oder "web" sein.',
    }),
    /** What the channel is for, e.g. "Kinder- und Jugendtelefon". */
    label: text.optional(),
    phone: phoneNumber.optional(),
    email: email.optional(),
    url: httpsUrl.optional(),
    /** Whether calls or messages cost nothing. */
    free: z.boolean().optional(),
    ...hoursFields,
  })
  .superRefine((c, ctx) => {
    const needs = { phone: 'phone', email: 'email', chat: 'url', web: 'url' } as const;
    const field = needs[c.kind];
    if (c[field] === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `Ein Kanal der Art "${c.kind}" braucht das Feld "${field}".` });
    }
  });
export type Channel = z.infer<typeof channel>;
