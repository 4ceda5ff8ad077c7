/**
 * Crisis words: what people in distress type ("mein vater schlägt mich",
 * "will nicht mehr leben") is matched against the phrases of
 * content/vocabularies/crisis.yaml. Matching forgives what people in a hurry
 * do: upper/lower case, umlauts typed as "ae" or without dots, "ß" as "ss",
 * and word forms (schlägt/schlagen, meinem/meinen) – both sides are reduced
 * to the same rough word stems. A single-word phrase of six letters or more
 * also matches inside a compound ("Suizidgedanken" contains "suizid").
 *
 * Pure and tiny, so the search page can run it in the browser without a library.
 */

export interface CrisisTermInfo {
  id: string;
  phrases: readonly string[];
  lines: readonly string[];
}

/** Lower case, umlauts and "ß" folded (ä, ae → a), everything but letters and digits as spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/ä|ae/g, 'a')
    .replace(/ö|oe/g, 'o')
    .replace(/ü|ue/g, 'u')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Endings trimmed from words of five letters or more, longest first. */
const ENDINGS = ['ern', 'em', 'en', 'er', 'es', 'st', 'e', 'n', 's', 't'];

/** A rough word stem: "schlägt", "schlagen", "schlage" → "schlag". Enough to compare word forms, not a linguistic stemmer. */
export function stemWord(word: string): string {
  if (word.length < 5) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

/** The folded, stemmed words of a text. */
export function crisisTokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ').map(stemWord) : [];
}

/** Shortest phrase stem that also matches inside a longer word (a compound). */
const MIN_INFIX = 6;

/** True when every word of `phrase` occurs in the query's words (any order). */
export function phraseMatches(queryTokens: readonly string[], phrase: string): boolean {
  const words = crisisTokens(phrase);
  if (words.length === 0) return false;
  return words.every((w) => queryTokens.some((q) => q === w || (words.length === 1 && w.length >= MIN_INFIX && q.includes(w))));
}

/** The crisis terms the query calls for, in the order of the vocabulary (most urgent first). */
export function matchCrisis<T extends CrisisTermInfo>(query: string, terms: readonly T[]): T[] {
  const tokens = crisisTokens(query);
  if (tokens.length === 0) return [];
  return terms.filter((t) => t.phrases.some((p) => phraseMatches(tokens, p)));
}

/** The hotline offers of the matched terms, each once, in the order they first appear. */
export function crisisLines(matched: readonly CrisisTermInfo[]): string[] {
  return [...new Set(matched.flatMap((t) => t.lines))];
}
