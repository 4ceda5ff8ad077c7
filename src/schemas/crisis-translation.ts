/**
 * Translations of the crisis situations (content/vocabularies/crisis.yaml),
 * one file per language: `content/translations/<lang>/crisis.yaml`, situation
 * id → heading, description and the phrases people in distress type in that
 * language. Which hotlines are shown (and their numbers) is never translated:
 * it stays the German situation's `lines`.
 */
import { z } from 'astro/zod';
import { isoDate, slug, text } from './primitives.ts';

export const crisisTranslationSchema = z.strictObject({
  /** Heading of the crisis panel in the language. */
  heading: text,
  /** One or two sentences under the heading. */
  description: text,
  /** What people in this language type (children and young people too); matched by src/lib/search/crisis.ts. */
  phrases: z.array(text).min(3, { error: 'Mindestens drei Wendungen, wie Menschen in Not sie in dieser Sprache tippen.' }),
  /** false until a translator has checked this translation. */
  reviewed: z.boolean(),
  /** Date of the translator's check (only with reviewed: true). */
  reviewedOn: isoDate.optional(),
});

export type CrisisTranslation = z.infer<typeof crisisTranslationSchema>;

/** One language's file for the situations `ids`: every situation required, no unknown one. */
export function crisisTranslationsFileSchema(ids: readonly string[]) {
  const known = new Set(ids);
  return z.record(slug, crisisTranslationSchema).superRefine((data, ctx) => {
    for (const id of Object.keys(data)) {
      if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: `Die Krisenlage „${id}“ gibt es in content/vocabularies/crisis.yaml nicht.` });
    }
    for (const id of ids) {
      if (!(id in data)) ctx.addIssue({ code: 'custom', path: [id], message: `Die Krisenlage „${id}“ fehlt; jede Sprache braucht alle Lagen.` });
    }
  });
}
