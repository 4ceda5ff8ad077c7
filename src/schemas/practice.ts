/**
 * A practice example for the district's knowledge exchange (Transferbörse):
 * starting point, goals, results, and what helped or hindered.
 */
import { z } from 'astro/zod';
import { provenance, text, refTo } from './primitives.ts';

export const practiceSchema = z.strictObject({
  title: text,
  summary: text,
  towns: z.array(refTo('towns')).default([]),
  organisations: z.array(refTo('organisations')).default([]),
  topics: z.array(refTo('topics')).default([]),
  /** Year or period, e.g. "2011–2014". */
  period: text.optional(),
  startingPoint: text,
  goals: text,
  results: text,
  successFactors: z.array(text).default([]),
  pitfalls: z.array(text).default([]),
  /** Whom to ask: contact points or organisations. */
  askContacts: z.array(refTo('contacts')).default([]),
  askOrganisations: z.array(refTo('organisations')).default([]),
  /** Offers and networks this example belongs to. */
  offers: z.array(refTo('offers')).default([]),
  networks: z.array(refTo('networks')).default([]),
  ...provenance,
});
export type Practice = z.infer<typeof practiceSchema>;
