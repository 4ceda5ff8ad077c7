/**
 * Translations of entries, kept apart from the German entries in
 * `content/translations/<lang>/offers.yaml` (one map per language: offer id →
 * translated title and summary). Facts (phone numbers, addresses, office
 * names) are never translated: they are taken from the German entry.
 */
import { z } from 'astro/zod';
import { isoDate, slug, text } from './primitives.ts';

export const offerTranslationSchema = z.strictObject({
  /** Title in the language. A German office or programme name stays and is explained: "Jugendamt – youth welfare office". */
  title: text,
  /** One or two sentences in the language. */
  summary: text,
  /** Words people in this language search for (synonyms, crisis words): indexed for search, never shown. */
  keywords: z.array(text).default([]),
  /** false until a translator has checked this translation; the page then says so in its language. */
  reviewed: z.boolean(),
  /** Date of the translator's check (only with reviewed: true). */
  reviewedOn: isoDate.optional(),
});

/** One language's file: offer id → translation. */
export const offerTranslationsFileSchema = z.record(slug, offerTranslationSchema);

export type OfferTranslation = z.infer<typeof offerTranslationSchema>;
