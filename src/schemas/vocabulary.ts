/**
 * Shared vocabularies (topics, audiences, life phases, kinds, access modes).
 * Each lives in one YAML file under `content/vocabularies/`; each term has a
 * German label, a one-line explanation and search synonyms.
 */
import { z } from 'astro/zod';
import { slug, text } from './primitives.ts';

/** One term of a vocabulary. */
export const term = z.strictObject({
  id: slug,
  /** German label as shown on the site. */
  label: text,
  /** One sentence that explains the term to a parent. */
  description: text,
  /** Other words people use for it; indexed for search, never shown in excerpts. */
  synonyms: z.array(text).default([]),
});

/** A life phase of the prevention chain, with its age range and order. */
export const lifePhaseTerm = term.extend({
  /** Position along the prevention chain, starting at 1. */
  order: z.number().int().min(1),
  /** Age range in years; pregnancy has none. */
  ageFrom: z.number().min(0).optional(),
  ageTo: z.number().min(0).optional(),
});

export type Term = z.infer<typeof term>;
export type LifePhaseTerm = z.infer<typeof lifePhaseTerm>;

/** The vocabularies: collection name → file under content/vocabularies/. */
export const VOCABULARIES = {
  topics: 'topics.yaml',
  audiences: 'audiences.yaml',
  lifePhases: 'life-phases.yaml',
  contactKinds: 'contact-kinds.yaml',
  networkKinds: 'network-kinds.yaml',
  organisationKinds: 'organisation-kinds.yaml',
  accessModes: 'access-modes.yaml',
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
