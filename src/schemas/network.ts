/**
 * A network of professionals: working group, round table, conference,
 * alliance or quality circle.
 */
import { z } from 'astro/zod';
import { provenance, status, text, refTo } from './primitives.ts';

/** A party to a network: an organisation of the directory, or a description in words. */
export const party = z
  .strictObject({
    /** Slug of an organisation, where the directory has it. */
    organisation: refTo('organisations').optional(),
    /** Text where there is no organisation entry (e.g. "Kindertageseinrichtungen"), or a role. */
    text: text.optional(),
  })
  .refine((p) => p.organisation !== undefined || p.text !== undefined, {
    error: 'Bitte "organisation" (Kurzname) oder "text" angeben.',
  });
export type Party = z.infer<typeof party>;

export const networkSchema = z.strictObject({
  name: text,
  /** Term of the vocabulary `network-kinds`. */
  kind: refTo('networkKinds'),
  summary: text,
  coordinator: party.optional(),
  members: z.array(party).default([]),
  /** Towns covered; use `area: district` for district-wide networks. */
  towns: z.array(refTo('towns')).default([]),
  area: z.enum(['town', 'district', 'region'], {
    error: 'Gebiet ("area") muss "town", "district" oder "region" sein.',
  }).default('town'),
  topics: z.array(refTo('topics')).default([]),
  /** E.g. "2–3-mal jährlich" or "alle 8–10 Wochen". */
  meetingRhythm: text.optional(),
  /** Year the network started. */
  since: z.number().int().min(1900).max(2100).optional(),
  legalBasis: z.array(text).default([]),
  status,
  ...provenance,
});
export type Network = z.infer<typeof networkSchema>;
