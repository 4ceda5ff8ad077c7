/**
 * Transitions of the prevention chain (content/chain/transitions.yaml): who
 * helps a family from one life phase into the next, each helper with its
 * source and the entries the page links to.
 */
import { z } from 'astro/zod';
import { citation, refTo, slug, text } from './primitives.ts';

/** One helper across a transition. */
export const transitionHelper = z.strictObject({
  /** Who helps, as a short German name. */
  who: text,
  /** How they help across the transition, in one plain sentence. */
  how: text,
  /** Source document and section. */
  source: citation,
  /** Entries the page links to ("Mehr: …"), each a file name in its folder. */
  offers: z.array(refTo('offers')).default([]),
  contacts: z.array(refTo('contacts')).default([]),
  networks: z.array(refTo('networks')).default([]),
});

/** One transition, from a life phase (none: the chain's start) into the next. */
export const transitionSchema = z.strictObject({
  id: slug,
  /** Phase before the transition; missing at the start of the chain. */
  from: refTo('lifePhases').optional(),
  /** Phase after the transition. */
  to: refTo('lifePhases'),
  /** German title, e.g. "Von der Kita in die Grundschule". */
  title: text,
  helpers: z.array(transitionHelper).min(1, { error: 'Mindestens eine Hilfe ("helpers") angeben.' }),
});

export type TransitionHelper = z.infer<typeof transitionHelper>;
export type Transition = z.infer<typeof transitionSchema>;
