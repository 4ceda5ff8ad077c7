/**
 * A source document that entries are taken from: one of the seed documents,
 * or the website of the operator of a nationwide service.
 */
import { z } from 'astro/zod';
import { httpsUrl, partialDate, reviewedDate, text } from './primitives.ts';

export const sourceSchema = z.strictObject({
  title: text,
  /** Who published the document, e.g. "Kreis Unna". */
  publisher: text,
  /** Date of the document: "2011-12", "2011-12-14" or "2019". */
  date: partialDate,
  /**
   * "document" (a source document), "operator" (what the operator of a
   * nationwide service publishes) or "reference" (public reference data about
   * places: postcodes, town centres).
   */
  kind: z.enum(['document', 'operator', 'reference'], {
    error: 'Art der Quelle ("kind") muss "document" (Dokument), "operator" (Angaben des Betreibers) oder "reference" (öffentliche Ortsdaten) sein.',
  }),
  /** File name of the plain-text copy in `shared/seeds/`, for seed documents. */
  file: text.optional(),
  /** Public address of the document or of the operator's website. */
  url: httpsUrl.optional(),
  /** One sentence on what the document is. */
  summary: text,
  /** When this source entry itself was last checked. */
  reviewed: reviewedDate,
});
export type Source = z.infer<typeof sourceSchema>;
