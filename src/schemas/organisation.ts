/**
 * A provider or public body (Träger): a district office, a town, a welfare
 * association, a clinic, an association.
 */
import { z } from 'astro/zod';
import { httpsUrl, provenance, text, refTo } from './primitives.ts';

export const organisationSchema = z.strictObject({
  name: text,
  /** Short name as people say it, e.g. "DKSB" or "RAA". */
  shortName: text.optional(),
  /** Term of the vocabulary `organisation-kinds`. */
  kind: refTo('organisationKinds'),
  /** Slug of the parent organisation (e.g. a Fachbereich belongs to the Kreis). */
  parent: refTo('organisations').optional(),
  /** Towns the organisation works in; empty means district-wide or unknown. */
  towns: z.array(refTo('towns')).default([]),
  website: httpsUrl.optional(),
  summary: text,
  ...provenance,
});
export type Organisation = z.infer<typeof organisationSchema>;
