/**
 * Shared vocabularies (topics, audiences, life phases, kinds, access modes).
 * Each lives in one YAML file under `content/vocabularies/`; each term has a
 * German label, a one-line explanation and search synonyms.
 */
import { z } from 'astro/zod';
import { slug, text, refTo } from './primitives.ts';

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

/**
 * Groups of the nationwide hotlines on "Schnelle Hilfe" and the back page of the
 * Wegweiser. A topic or audience term names the group its hotlines belong to
 * (`hotlineGroup`); an offer whose terms name none goes to "krise" (for all).
 */
export const HOTLINE_GROUPS = ['schwanger', 'gewalt', 'kinder', 'krank', 'eltern', 'krise'] as const;
export type HotlineGroupId = (typeof HOTLINE_GROUPS)[number];
const hotlineGroup = z.enum(HOTLINE_GROUPS, {
  error: `"hotlineGroup" muss eine dieser Gruppen sein: ${HOTLINE_GROUPS.map((g) => `"${g}"`).join(', ')}.`,
});

/** An audience. Its nationwide hotlines go into `hotlineGroup`, when it names one. */
export const audienceTerm = term.extend({
  hotlineGroup: hotlineGroup.optional(),
});

/** A kind of contact point. `office: true` marks public offices (schema.org GovernmentOffice, e-mail in the structured data). */
export const contactKindTerm = term.extend({
  office: z.boolean({ error: '"office" ist true (öffentliche Dienststelle) oder false.' }).default(false),
});

/**
 * A topic. `hotlines` names the nationwide hotline offers (slugs in content/offers/)
 * that fit the topic: entry pages without a phone of their own show them as a way to someone.
 */
export const topicTerm = term.extend({
  hotlines: z.array(refTo('offers')).default([]),
  /** Its nationwide hotlines go into this group on "Schnelle Hilfe" (see HOTLINE_GROUPS). */
  hotlineGroup: hotlineGroup.optional(),
  /** Emergencies (110, 112): their hotlines come first wherever hotlines are listed. */
  emergency: z.boolean({ error: '"emergency" ist true oder false.' }).default(false),
  /** Nationwide hotlines with this topic are candidates for "Schnelle Hilfe" on the home page. */
  quickHelp: z.boolean({ error: '"quickHelp" ist true oder false.' }).default(false),
});

/**
 * A crisis situation (content/vocabularies/crisis.yaml): words and phrases
 * people in distress type ("mein vater schlägt mich", "will nicht mehr leben").
 * A search whose words contain one of the `phrases` (compared after lower-casing,
 * folding umlauts and trimming word endings) shows the crisis panel with the
 * `lines` (slugs of hotline offers in content/offers/) above all results.
 */
export const crisisTerm = term.extend({
  /** Urgency: a query matching several situations shows the lowest `order` first. */
  order: z.number().int().min(1),
  /** Phrases that call for this panel; every word of a phrase must occur in the query. */
  phrases: z.array(text).min(1, { error: 'Mindestens eine Wendung ("phrases") angeben.' }),
  /** Hotline offers to show, most urgent first (slugs in content/offers/). */
  lines: z.array(refTo('offers')).min(1, { error: 'Mindestens eine Hotline ("lines") angeben.' }),
  /** Panel heading as the person reads it, e.g. "Wenn du zu Hause geschlagen wirst". */
  heading: text,
});

export type Term = z.infer<typeof term>;
export type TopicTerm = z.infer<typeof topicTerm>;
export type AudienceTerm = z.infer<typeof audienceTerm>;
export type ContactKindTerm = z.infer<typeof contactKindTerm>;
export type CrisisTerm = z.infer<typeof crisisTerm>;
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
  crisis: 'crisis.yaml',
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
