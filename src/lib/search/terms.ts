/**
 * Explaining vocabulary terms on the search page: when the words typed name
 * a term of a vocabulary ("Frühe Hilfen", "§ 8a", "Kita"), the page shows the
 * term's one-line explanation above the results.
 */

export interface GlossaryTerm {
  /** Vocabulary the term belongs to, e.g. "topics". */
  vocabulary: string;
  id: string;
  label: string;
  description: string;
  synonyms: readonly string[];
  /** Page about the term, if there is one (topic and life-phase pages). */
  url?: string | undefined;
}

/**
 * Lower case, umlauts kept, "§8a" and "§ 8a" alike, punctuation (except §)
 * turned into spaces, single spaces. Used on both the query and the terms.
 */
export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/§\s*/g, '§ ')
    .replace(/[^\p{L}\p{N}§]+/gu, ' ')
    .trim();
}

/** True when `phrase` occurs in `query` as whole words. Both normalised. */
function containsPhrase(query: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${query} `.includes(` ${phrase} `);
}

/** Share of a query of three or more words that a term must cover to be explained. */
const MIN_COVERAGE = 0.4;

/** Shortest phrase that may match on its own; shorter ones ("AG", "AK") only match the whole query. */
const MIN_PHRASE = 3;

/**
 * Terms named by the query, best first: the longest matching label or synonym
 * wins, and each term appears once. Terms whose label or explanation equals
 * an earlier one's (the same word in two vocabularies) are skipped. At most `limit` terms.
 */
export function matchTerms(query: string, glossary: readonly GlossaryTerm[], limit = 2): GlossaryTerm[] {
  const q = normaliseForMatch(query);
  if (!q) return [];
  const hits: { term: GlossaryTerm; length: number; order: number }[] = [];
  glossary.forEach((term, order) => {
    let best = 0;
    for (const phrase of [term.label, ...term.synonyms]) {
      const p = normaliseForMatch(phrase);
      if (p.length < MIN_PHRASE && p !== q) continue;
      if (containsPhrase(q, p)) best = Math.max(best, p.length);
    }
    if (best > 0) hits.push({ term, length: best, order });
  });
  // In a longer query a short match is incidental ("Kummer" in "Nummer gegen Kummer"):
  // from three words on, the term must cover a good part of what was typed.
  const words = q.split(' ').length;
  const relevant = hits.filter((h) => words <= 2 || h.length / q.length >= MIN_COVERAGE);
  relevant.sort((a, b) => b.length - a.length || a.order - b.order);
  const out: GlossaryTerm[] = [];
  const seen = new Set<string>();
  for (const { term } of relevant) {
    const key = `${term.vocabulary}:${term.id}`;
    if (seen.has(key) || out.some((t) => t.description === term.description || normaliseForMatch(t.label) === normaliseForMatch(term.label))) continue;
    seen.add(key);
    out.push(term);
    if (out.length >= limit) break;
  }
  return out;
}
