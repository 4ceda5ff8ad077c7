/**
 * A contact point (Anlaufstelle): a place people can go to or call, such as a
 * Jugendamt, a Familienbüro, a Familienzentrum, a counselling centre or a clinic.
 * Follows HSDS "location" plus "service at location".
 */
import { z } from 'astro/zod';
import { address, geoPoint } from './geo.ts';
import { hoursFields } from './hours.ts';
import { phone } from './contact-channels.ts';
import { email, httpsUrl, languageCode, provenance, text, refTo } from './primitives.ts';

export const contactSchema = z.strictObject({
  name: text,
  /** Term of the vocabulary `contact-kinds`. */
  kind: refTo('contactKinds'),
  /** Slug of the organisation that runs the place. */
  organisation: refTo('organisations'),
  /** Slug of the town where the place is. */
  town: refTo('towns'),
  /** One or two sentences: what people find here. */
  summary: text,
  address: address.optional(),
  geo: geoPoint.optional(),
  phones: z.array(phone).default([]),
  email: email.optional(),
  website: httpsUrl.optional(),
  ...hoursFields,
  /** Access for people with disabilities, as the source describes it. */
  accessibility: text.optional(),
  /** Languages spoken there (ISO 639-1 codes). */
  languages: z.array(languageCode).default([]),
  /** Towns this place is responsible for (e.g. the district's Jugendamt for Bönen). */
  responsibleFor: z.array(refTo('towns')).default([]),
  ...provenance,
});
export type Contact = z.infer<typeof contactSchema>;
