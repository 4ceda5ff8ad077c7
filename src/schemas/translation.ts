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

/**
 * Translation of one vocabulary term (a topic or a life phase) in
 * `content/translations/<lang>/vocabularies.yaml`. German office and
 * programme names in a description stay German and are explained.
 */
export const termTranslationSchema = z.strictObject({
  /** Name of the term in the language. */
  label: text,
  /** One sentence in the language (what the topic or phase covers). */
  description: text,
  /** Words people in this language search for: indexed for search, never shown. */
  keywords: z.array(text).default([]),
  /** false until a translator has checked this translation; the page then says so in its language. */
  reviewed: z.boolean(),
  /** Date of the translator's check (only with reviewed: true). */
  reviewedOn: isoDate.optional(),
});

/** One language's vocabulary file: vocabulary → term id → translation. */
export const vocabularyTranslationsFileSchema = z.strictObject({
  topics: z.record(slug, termTranslationSchema),
  lifePhases: z.record(slug, termTranslationSchema),
});

export type TermTranslation = z.infer<typeof termTranslationSchema>;
export type VocabularyTranslations = z.infer<typeof vocabularyTranslationsFileSchema>;
