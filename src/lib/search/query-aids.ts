/**
 * Help for what people type, shared by the search page and the query tests:
 * - a town or postcode in the query becomes the town filter ("Erziehungsberatung
 *   Lünen" → words "Erziehungsberatung", filter Lünen), so the town is not
 *   searched as a word that networks of the town happen to contain;
 * - German compounds in the query are split into words the site knows
 *   ("Schreibaby" → "Schrei Baby") when the whole word finds nothing;
 * - misspellings fall back to the closest known word ("Kinderschutzbunt" →
 *   "Kinderschutzbund"), which the page offers as "Meinten Sie …?".
 * The known words come from the vocabularies and the titles (see dictionaryWords).
 */
import { closest, distance } from 'fastest-levenshtein';
import { foldText } from './crisis.ts';
import type { SearchState } from './url-state.ts';

export interface TownRef {
  id: string;
  name: string;
  postcodes: readonly string[];
}

/** Variants a town name is typed as: "Fröndenberg/Ruhr", "Fröndenberg", "Froendenberg". */
function townNames(town: TownRef): string[] {
  const names = new Set([town.name, town.name.split('/')[0]!, town.name.replace(/\//g, ' ')]);
  return [...names].map(foldText).filter(Boolean);
}

/**
 * Finds a district town or one of its postcodes among the words of `q` and
 * returns the query without it and the town's id. Only the first town found
 * is taken; a query that is only a town name is left alone (it asks for the
 * town itself).
 */
export function extractTown(q: string, towns: readonly TownRef[]): { q: string; town?: string } {
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length < 2) return { q };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const town of towns) {
      if (/^\d{5}$/.test(word) && town.postcodes.includes(word)) {
        return { q: words.filter((_, j) => j !== i).join(' '), town: town.id };
      }
      const folded = foldText(word);
      // Two-word names ("Fröndenberg Ruhr"): compare with this word and the next.
      const pair = i + 1 < words.length ? foldText(`${word} ${words[i + 1]}`) : '';
      for (const name of townNames(town)) {
        if (pair && name === pair) return { q: words.filter((_, j) => j !== i && j !== i + 1).join(' '), town: town.id };
        if (name === folded) return { q: words.filter((_, j) => j !== i).join(' '), town: town.id };
      }
    }
  }
  return { q };
}

/**
 * The state as the search page runs it: without a town filter, a town or postcode among the
 * words becomes the filter (`extractTown`). The same object when nothing changes, so callers can
 * tell (the page then writes the new state into the URL and the field).
 */
export function townFromWords(state: SearchState, towns: readonly TownRef[]): SearchState {
  if (!state.q || (state.filters.ort ?? []).length > 0) return state;
  const found = extractTown(state.q, towns);
  return found.town ? { q: found.q, filters: { ...state.filters, ort: [found.town] } } : state;
}

/** Known words: single words of at least 4 letters, lower case, each once. */
export function dictionaryWords(texts: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const text of texts) for (const w of text.toLocaleLowerCase('de').match(/\p{L}{4,}/gu) ?? []) out.add(w);
  return [...out].sort();
}

/** Letters a German compound joins its parts with ("Erziehung-s-beratung"). */
const LINKS = ['', 's', 'n', 'en', 'e', 'es'];

/**
 * Splits a compound into two known words, e.g. "schreibaby" → ["schrei", "baby"],
 * "gewaltberatung" → ["gewalt", "beratung"]. Each part has at least 4 letters;
 * the head may end in a linking letter. Undefined when no split is known.
 */
export function splitCompound(word: string, known: ReadonlySet<string>): [string, string] | undefined {
  const w = word.toLocaleLowerCase('de');
  for (let i = w.length - 4; i >= 4; i--) {
    const tail = w.slice(i);
    if (!known.has(tail) && !known.has(tail.replace(/(en|n|e|s)$/, ''))) continue;
    const head = w.slice(0, i);
    for (const link of LINKS) {
      if (link && !head.endsWith(link)) continue;
      const stem = link ? head.slice(0, -link.length) : head;
      if (stem.length >= 4 && known.has(stem)) return [stem, tail];
    }
    // A head that is a prefix of a known word ("schrei" of "schreien") also counts.
    if (head.length >= 5 && [...known].some((k) => k.startsWith(head) && k.length - head.length <= 2)) return [head, tail];
  }
  return undefined;
}

/** The query with every unknown compound split into its parts; undefined when nothing was split. */
export function splitQuery(q: string, known: ReadonlySet<string>): string | undefined {
  let changed = false;
  const words = q.split(/\s+/).filter(Boolean).map((word) => {
    if (known.has(word.toLocaleLowerCase('de'))) return word;
    const parts = splitCompound(word, known);
    if (!parts) return word;
    changed = true;
    return parts.join(' ');
  });
  return changed ? words.join(' ') : undefined;
}

/**
 * The closest known word to a word that is not known, when it is close enough
 * to be a typing error: at most one change per five letters (two at most), and
 * only for words of five letters or more. Undefined otherwise.
 */
export function correctWord(word: string, dictionary: readonly string[], known: ReadonlySet<string>): string | undefined {
  const w = word.toLocaleLowerCase('de');
  if (w.length < 5 || known.has(w) || /\d/.test(w)) return undefined;
  // A word still being typed, or a prefix of a known word, is not a typo.
  if (dictionary.some((k) => k.startsWith(w))) return undefined;
  const best = closest(w, dictionary as string[]);
  const max = Math.min(2, Math.floor(w.length / 5));
  return best && distance(w, best) <= max ? best : undefined;
}

/** The query with every typo corrected; undefined when nothing changed. */
export function correctQuery(q: string, dictionary: readonly string[], known: ReadonlySet<string> = new Set(dictionary)): string | undefined {
  let changed = false;
  const words = q.split(/\s+/).filter(Boolean).map((word) => {
    const fixed = correctWord(word, dictionary, known);
    if (!fixed) return word;
    changed = true;
    return fixed;
  });
  return changed ? words.join(' ') : undefined;
}

/** Kinds a family looks for first; networks and practice examples (for professionals) follow. */
export const FAMILY_KINDS = ['Angebot', 'Anlaufstelle'];

/**
 * Orders the first page of results (whose data is loaded anyway, so no extra
 * download): entries of the chosen towns before district-wide ones, and offers
 * and contact points before networks and practice examples unless the visitor
 * filters by kind. Stable within each tier (Pagefind's relevance order).
 */
export function tierResults<T extends { meta: Record<string, string | undefined> }>(
  page: readonly T[],
  opts: { townNames: readonly string[]; kindFiltered: boolean },
): T[] {
  const tier = (r: T): number => {
    const local = opts.townNames.length > 0 && opts.townNames.some((n) => (r.meta.orte ?? '').split(', ').includes(n)) ? 0 : 1;
    const family = opts.kindFiltered || FAMILY_KINDS.includes(r.meta.art ?? '') ? 0 : 1;
    return family * 2 + local;
  };
  return page.map((r, i) => ({ r, i, t: tier(r) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.r);
}
