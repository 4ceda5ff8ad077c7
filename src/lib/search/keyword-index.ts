/**
 * The keyword index ("Stichwörter von A bis Z") of /suche/stichwoerter/: every
 * label and search word of the vocabularies, every crisis phrase and every
 * town, alphabetically, each with the page that lists what belongs to it. It is
 * how the site answers a query without JavaScript: a static page cannot read
 * the words typed, but a visitor can find them in the index, as in the register
 * of a printed guide.
 */
import { collator } from '../format.ts';

export interface Keyword {
  word: string;
  /** What the word leads to, e.g. "Thema: Frühe Hilfen". */
  target: string;
  url: string;
}

export interface KeywordSource {
  /** Label of the target page, e.g. "Thema: Frühe Hilfen". */
  target: string;
  url: string;
  words: readonly string[];
}

/** One letter of the index: "A" … "Z", "Ä" sorted under "A", digits and "§" under "#". */
export function indexLetter(word: string): string {
  const first = word.trim().charAt(0).toLocaleUpperCase('de');
  const base = first.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[A-Z]$/.test(base) ? base : '#';
}

/** Keywords from the sources, each word once per target (case-insensitive), sorted the German way. */
export function buildKeywordIndex(sources: readonly KeywordSource[]): { letter: string; keywords: Keyword[] }[] {
  const seen = new Set<string>();
  const all: Keyword[] = [];
  for (const s of sources) {
    for (const raw of s.words) {
      const word = raw.trim();
      const key = `${word.toLocaleLowerCase('de')}|${s.url}`;
      if (!word || seen.has(key)) continue;
      seen.add(key);
      all.push({ word, target: s.target, url: s.url });
    }
  }
  all.sort((a, b) => collator.compare(a.word, b.word) || collator.compare(a.target, b.target));
  const letters = new Map<string, Keyword[]>();
  for (const k of all) {
    const l = indexLetter(k.word);
    letters.set(l, [...(letters.get(l) ?? []), k]);
  }
  return [...letters.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, keywords]) => ({ letter, keywords }));
}
