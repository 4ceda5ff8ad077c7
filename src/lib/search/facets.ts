/**
 * What the search index knows about one entry: its filter values (facets),
 * the metadata a result shows (kind, towns, summary, phone) and the search
 * words taken from the vocabulary terms it uses (synonyms), which are indexed
 * as metadata so they are found but never appear in an excerpt.
 *
 * Pure functions over plain data, so they run in pages and in unit tests.
 */
import { KIND_LABELS, type FilterKey, type KindValue } from './filters.ts';
import { scopeLabel } from '../area.ts';
import { isDistrictTown } from '../town-kind.ts';
import type { Town } from '../../schemas/town.ts';

/** The towns of the district (and the district itself), as the facets need them. */
export interface TownInfo {
  id: string;
  name: string;
  kind: Town['kind'];
}

/** A vocabulary term as the facets need it. */
export interface TermInfo {
  id: string;
  label: string;
  synonyms: readonly string[];
}

/** Every vocabulary, by term id. */
export interface Vocabularies {
  topics: ReadonlyMap<string, TermInfo>;
  audiences: ReadonlyMap<string, TermInfo>;
  lifePhases: ReadonlyMap<string, TermInfo>;
  accessModes: ReadonlyMap<string, TermInfo>;
  contactKinds: ReadonlyMap<string, TermInfo>;
  networkKinds: ReadonlyMap<string, TermInfo>;
}

/** The facts about an entry that search uses, independent of its collection. */
export interface SearchableEntry {
  kind: KindValue;
  /** "town": only `towns`; wider areas serve every town. */
  area: 'town' | 'district' | 'region' | 'nationwide';
  towns: readonly string[];
  summary: string;
  topics: readonly string[];
  audiences: readonly string[];
  lifePhases: readonly string[];
  access: readonly string[];
  languages: readonly string[];
  cost?: 'free' | 'paid' | 'reduced' | 'unknown' | undefined;
  /** Contact kind or network kind, from its vocabulary. */
  subKind?: string | undefined;
  /** The phone number a parent would call first (E.164 or short number). */
  phone?: string | undefined;
}

export type Facets = Partial<Record<FilterKey, string[]>>;

const uniq = (values: Iterable<string>): string[] => [...new Set(values)];

/** Towns an entry serves: its own towns, or every town (and the district) for wider areas. */
export function servedTowns(entry: Pick<SearchableEntry, 'area' | 'towns'>, allTowns: readonly TownInfo[]): string[] {
  if (entry.area === 'town') return uniq(entry.towns);
  return uniq([...entry.towns, ...allTowns.map((t) => t.id)]);
}

/** Filter values of an entry; empty groups are left out. */
export function facetsFor(entry: SearchableEntry, allTowns: readonly TownInfo[]): Facets {
  const facets: Facets = {
    art: [entry.kind],
    ort: servedTowns(entry, allTowns),
    thema: uniq(entry.topics),
    zielgruppe: uniq(entry.audiences),
    lebensphase: uniq(entry.lifePhases),
    kosten: entry.cost === 'free' ? ['kostenlos'] : entry.cost === 'reduced' ? ['nach-einkommen'] : [],
    zugang: uniq(entry.access),
    sprache: uniq(entry.languages),
  };
  for (const key of Object.keys(facets) as FilterKey[]) if ((facets[key] ?? []).length === 0) delete facets[key];
  return facets;
}

/**
 * Name of a hidden filter (not offered on the page) holding only the towns an
 * entry names itself, without the towns it reaches as a district-wide or
 * nationwide entry. The search page uses it to list local entries first.
 */
export const LOCAL_TOWN_FILTER = 'ortlokal';

/** Values of the hidden local-town filter: the entry's own towns, never the district itself. */
export function localTowns(entry: Pick<SearchableEntry, 'towns'>, allTowns: readonly TownInfo[]): string[] {
  const district = new Set(allTowns.filter(isDistrictTown).map((t) => t.id));
  return uniq(entry.towns.filter((id) => !district.has(id)));
}

/** How a result names its towns: "Selm", "Kamen, Unna", "kreisweit", "bundesweit". */
export function townsLabel(entry: Pick<SearchableEntry, 'area' | 'towns'>, allTowns: readonly TownInfo[]): string {
  const wide = scopeLabel(entry.area);
  if (wide) return wide;
  const district = new Set(allTowns.filter(isDistrictTown).map((t) => t.id));
  const names = new Map(allTowns.map((t) => [t.id, t.name]));
  const local = entry.towns.filter((id) => !district.has(id));
  if (local.length === 0) return entry.towns.length > 0 ? 'kreisweit' : '';
  return uniq(local.map((id) => names.get(id) ?? id)).join(', ');
}

/**
 * Town names as search words: the entry's own towns in `local`, and for entries
 * serving the whole district (or more) every other town in `wide`, so that
 * "alleinerziehend Unna" also finds the district-wide offer, ranked below local ones.
 */
export function townWords(entry: Pick<SearchableEntry, 'area' | 'towns'>, allTowns: readonly TownInfo[]): { local: string; wide: string } {
  const byId = new Map(allTowns.map((t) => [t.id, t.name]));
  const local = uniq(entry.towns.map((id) => byId.get(id) ?? id));
  const wide = entry.area === 'town' ? [] : allTowns.filter((t) => !entry.towns.includes(t.id)).map((t) => t.name);
  return { local: local.join(' '), wide: uniq(wide.filter((n) => !local.includes(n))).join(' ') };
}

/**
 * Search words from the vocabulary terms an entry uses: each term's label and
 * synonyms, deduplicated case-insensitively, in a stable order. Unknown ids are skipped
 * (the content checker reports them).
 */
export function keywordsFor(entry: SearchableEntry, vocab: Vocabularies): string[] {
  const terms: (TermInfo | undefined)[] = [
    ...entry.topics.map((id) => vocab.topics.get(id)),
    ...entry.audiences.map((id) => vocab.audiences.get(id)),
    ...entry.lifePhases.map((id) => vocab.lifePhases.get(id)),
    ...entry.access.map((id) => vocab.accessModes.get(id)),
  ];
  if (entry.subKind) {
    terms.push(entry.kind === 'anlaufstelle' ? vocab.contactKinds.get(entry.subKind) : entry.kind === 'netzwerk' ? vocab.networkKinds.get(entry.subKind) : undefined);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (const word of [term.label, ...term.synonyms]) {
      const key = word.toLocaleLowerCase('de');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(word);
    }
  }
  return out;
}

/** The metadata one result shows, as Pagefind meta fields (values are single-line strings). */
export interface ResultMeta {
  title: string;
  /** German label of the kind. */
  art: string;
  orte: string;
  summary: string;
  /** Phone as dialled (E.164 or short number); absent when there is none. */
  tel?: string;
  /** Phone as shown ("0800 1110333"). */
  tel_anzeige?: string;
}

export function resultMeta(
  entry: SearchableEntry,
  title: string,
  allTowns: readonly TownInfo[],
  phone?: { dial: string; display: string },
): ResultMeta {
  const meta: ResultMeta = {
    title,
    art: KIND_LABELS[entry.kind],
    orte: townsLabel(entry, allTowns),
    summary: entry.summary.replace(/\s+/g, ' ').trim(),
  };
  if (phone) {
    meta.tel = phone.dial;
    meta.tel_anzeige = phone.display;
  }
  return meta;
}

/**
 * A Pagefind attribute value in the inline `key:value` form. Pagefind reads an
 * inline value to the end of the attribute, so a value may contain commas and colons.
 */
export function inlineAttr(key: string, value: string): string {
  return `${key}:${value.replace(/\s+/g, ' ').trim()}`;
}

/**
 * German compounds: Pagefind does not split "Familienhebammen" into
 * "Familien" + "Hebammen", so a search for "Hebamme" would miss it. For every
 * word of `texts` that ends in a vocabulary word (at least 5 letters, with an
 * optional plural ending), the vocabulary word is returned, so it can be
 * indexed as an extra search word. Words equal to a vocabulary word are skipped.
 */
export function compoundParts(texts: readonly string[], vocabularyWords: Iterable<string>): string[] {
  const known = vocabularyWords instanceof Set ? (vocabularyWords as Set<string>) : knownParts(vocabularyWords);
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase('de').match(/\p{L}+/gu) ?? []) {
      // Every tail of the word (from the second letter on) that is a known word, with an optional plural ending.
      for (let i = 1; i + 5 <= word.length; i++) {
        const tail = word.slice(i);
        for (const ending of COMPOUND_ENDINGS) {
          if (!tail.endsWith(ending)) continue;
          const part = tail.slice(0, tail.length - ending.length);
          if (part.length >= 5 && known.has(part)) found.add(part);
        }
      }
    }
  }
  return [...found].sort();
}

const COMPOUND_ENDINGS = ['', 'n', 'en', 's', 'e', 'er'];

/** The candidate parts for `compoundParts`: words of at least five letters, lower case. Build it once and pass it in. */
export function knownParts(words: Iterable<string>): Set<string> {
  return new Set([...words].filter((w) => /^\p{L}{5,}$/u.test(w)).map((w) => w.toLocaleLowerCase('de')));
}

/** Every single-word label and synonym of the vocabularies (the candidates for `compoundParts`). */
export function vocabularyWords(vocab: Vocabularies): string[] {
  const out = new Set<string>();
  for (const m of Object.values(vocab) as ReadonlyMap<string, TermInfo>[]) {
    for (const t of m.values()) for (const w of [t.label, ...t.synonyms]) if (!/\s/.test(w)) out.add(w);
  }
  return [...out];
}
