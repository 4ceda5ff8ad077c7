/**
 * A town or municipality of Kreis Unna, or the district itself.
 */
import { z } from 'astro/zod';
import { geoPoint, postcode } from './geo.ts';
import { httpsUrl, provenance, text, refTo } from './primitives.ts';

export const townSchema = z.strictObject({
  name: text,
  /** "kreis" for the district, "stadt" for a town, "gemeinde" for a municipality. */
  kind: z.enum(['kreis', 'stadt', 'gemeinde'], { error: 'Art ("kind") muss "kreis", "stadt" oder "gemeinde" sein.' }),
  /** Delivery postcodes of the town (public reference data). */
  postcodes: z.array(postcode).default([]),
  /**
   * Postcodes that no street has but a source uses for an office
   * (e.g. large-recipient postcodes of a town hall).
   */
  otherPostcodes: z.array(postcode).optional(),
  /** Town centre, always with precision "town". */
  centre: geoPoint,
  population: z.number().int().positive().optional(),
  /** Year or date the population figure refers to. */
  populationYear: z.number().int().optional(),
  /** Slug of the contact point that is the town's responsible Jugendamt. */
  jugendamt: refTo('contacts'),
  website: httpsUrl.optional(),
  /** One or two sentences for the town page. */
  summary: text.optional(),
  ...provenance,
});
export type Town = z.infer<typeof townSchema>;
