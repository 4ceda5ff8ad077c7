/**
 * The transitions of the prevention chain, read from content/chain/transitions.yaml
 * (checked by `npm run check`: a slug without an entry is an error with file and
 * line, never left out silently). Editors change the file, not this module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_FILES, type Transition } from '../../schemas/index.ts';
import { parseVocabulary } from '../content-loader.ts';

export type { Transition, TransitionHelper } from '../../schemas/index.ts';

/** Parses the transitions file's text with its schema (throws on content the checker would refuse). */
export function parseTransitions(text: string): Transition[] {
  return LIST_FILES.transitions.schema.array().parse(parseVocabulary(text));
}

/** Content folder; benchmarks and tests point it elsewhere with CONTENT_ROOT (as src/content.config.ts does). */
const file = join(process.env.CONTENT_ROOT ?? './content', LIST_FILES.transitions.file);

/** The transitions in chain order; none when the content folder has no transitions file. */
export const TRANSITIONS: Transition[] = existsSync(file) ? parseTransitions(readFileSync(file, 'utf8')) : [];

/** The transition into a phase and the one out of it. */
export function transitionsOf(phase: string, transitions: readonly Transition[] = TRANSITIONS): { into: Transition | undefined; out: Transition | undefined } {
  return { into: transitions.find((t) => t.to === phase), out: transitions.find((t) => t.from === phase) };
}
