/**
 * Coordinates and postal addresses.
 */
import { z } from 'astro/zod';
import { text } from './primitives.ts';

/**
 * Bounding box of Kreis Unna (WGS84), with a small margin. Coordinates outside
 * it are almost always swapped or mistyped.
 */
export const DISTRICT_BBOX = { south: 51.38, north: 51.76, west: 7.36, east: 7.96 } as const;

/**
 * How exact a hand-set coordinate is:
 * - `address`: the building,
 * - `street`: somewhere on the street,
 * - `town`: only the town centre (the map draws it differently and says so).
 */
export const precision = z.enum(['address', 'street', 'town'], {
  error: 'Genauigkeit ("precision") muss "address", "street" oder "town" sein.',
});

/** A point inside the district, with its precision. */
export const geoPoint = z
  .strictObject({
    lat: z.number({ error: 'Breitengrad ("lat") als Zahl angeben, z. B. 51.5347.' }),
    lng: z.number({ error: 'Längengrad ("lng") als Zahl angeben, z. B. 7.6889.' }),
    precision,
  })
  .superRefine((p, ctx) => {
    if (p.lat < DISTRICT_BBOX.south || p.lat > DISTRICT_BBOX.north) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: `Breitengrad ${p.lat} liegt nicht im Kreis Unna (erlaubt: ${DISTRICT_BBOX.south} bis ${DISTRICT_BBOX.north}). Sind "lat" und "lng" vertauscht?`,
      });
    }
    if (p.lng < DISTRICT_BBOX.west || p.lng > DISTRICT_BBOX.east) {
      ctx.addIssue({
        code: 'custom',
        path: ['lng'],
        message: `Längengrad ${p.lng} liegt nicht im Kreis Unna (erlaubt: ${DISTRICT_BBOX.west} bis ${DISTRICT_BBOX.east}). Sind "lat" und "lng" vertauscht?`,
      });
    }
  });

/** A German five-digit postcode. Whether it belongs to the entry's town is checked across entries. */
export const postcode = z
  .string({ error: 'Postleitzahl in Anführungszeichen als fünfstellige Zahl angeben, z. B. "59425".' })
  .regex(/^\d{5}$/, { error: (issue) => `"${String(issue.input)}" ist keine Postleitzahl. Bitte fünf Ziffern angeben, z. B. "59425".` });

/** A postal address as a source gives it. */
export const address = z.strictObject({
  /** Street and house number, e.g. "Hansastraße 4". */
  street: text,
  postcode,
  /** Town as written on letters, e.g. "Unna" or "Fröndenberg/Ruhr". */
  locality: text,
  /** Part of town, e.g. "Königsborn" (optional). */
  district: text.optional(),
});

export type GeoPoint = z.infer<typeof geoPoint>;
export type Address = z.infer<typeof address>;
