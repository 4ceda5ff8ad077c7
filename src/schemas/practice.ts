/**
 * A practice example for the district's knowledge exchange (Transferbörse):
 * starting point, goals, results, and what helped or hindered.
 */
import { z } from 'astro/zod';
import { provenance, slug, text } from './primitives.ts';

export const practiceSchema = z.strictObject({
  title: text,
  summary: text,
  towns: z.array(slug).default([]),
  organisations: z.array(slug).default([]),
  topics: z.array(slug).default([]),
  /** Year or period, e.g. "2011–2014". */
  period: text.optional(),
  startingPoint: text,
  goals: text,
  results: text,
  successFactors: z.array(text).default([]),
  pitfalls: z.array(text).default([]),
  /** Whom to ask: contact points or organisations. */
  askContacts: z.array(slug).default([]),
  askOrganisations: z.array(slug).default([]),
  /** Offers and networks this example belongs to. */
  offers: z.array(slug).default([]),
  networks: z.array(slug).default([]),
  ...provenance,
});
export type Practice = z.infer<typeof practiceSchema>;
