/**
 * Leichte Sprache: summaries of the offers parents need most, in
 * `content/leichte-sprache/angebote.yaml`, written by the rules of the
 * Netzwerk Leichte Sprache (one statement per sentence, hard words explained,
 * no abbreviations, compounds split: "Erziehungs-Beratung").
 */
import { z } from 'astro/zod';
import { isoDate, slug, text } from './primitives.ts';

export const easySummarySchema = z.strictObject({
  /** Kurzname of the page: /leichte-sprache/angebote/<id>/. */
  id: slug,
  /** Title in Leichte Sprache. */
  title: text,
  /** Short sentences, one statement each. */
  sentences: z.array(text).min(3),
  /** Hard words and what they mean. */
  words: z.array(z.strictObject({ word: text, meaning: text })).default([]),
  /** The German page with all details (site path, e.g. "/angebote/erziehungsberatung/"). */
  page: z.string().regex(/^\/[a-z0-9/-]*\/$/, { error: 'Hier wird eine Adresse dieser Website erwartet, z. B. "/angebote/familienhebammen/".' }),
  /** Phone numbers to show (as in the German entry; never invented). */
  phones: z.array(z.strictObject({ label: text, number: text })).default([]),
  /** false until people of the target group (Prüf-Gruppe) have checked the text. */
  reviewed: z.boolean(),
  reviewedOn: isoDate.optional(),
});

export const easySummariesFileSchema = z.array(easySummarySchema);
export type EasySummary = z.infer<typeof easySummarySchema>;

/** Rule checks a machine can do (the rest needs people): short sentences, no abbreviations. */
export const EASY_MAX_WORDS = 15;
export const EASY_ABBREVIATIONS = /\b(z\. ?B\.|bzw\.|usw\.|ggf\.|ca\.|d\. ?h\.|u\. ?a\.|evtl\.|inkl\.|Nr\.|Tel\.|ASD|KiTa|DKSB|SPZ|BuT)\b/;
