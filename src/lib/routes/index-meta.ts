/**
 * Search-index data of one detail page (offers, contact points, networks,
 * practice examples): the Pagefind filters and the metadata a result shows.
 * IndexMeta.astro renders it; pure, from the loaded directory.
 */
import type { Town } from '../../schemas/town.ts';
import type { Contact } from '../../schemas/index.ts';
import { offersAtContact, entryTitle } from '../directory/relations.ts';
import type { ContactEntry, Directory, NetworkEntry, OfferEntry, PracticeEntry } from '../directory/types.ts';
import { formatPhone, telHref } from '../format.ts';
import { memoPerObject } from '../index-by.ts';
import { dictionaryWords } from '../search/query-aids.ts';
import { LOCAL_TOWN_FILTER, compoundParts, facetsFor, inlineAttr, keywordsFor, knownParts, localTowns, resultMeta, townWords, vocabularyWords } from '../search/facets.ts';
import type { SearchableEntry, Vocabularies } from '../search/facets.ts';
import { fromContact, fromNetwork, fromOffer, fromPractice } from '../search/from-content.ts';

/** What every search-index block needs from the directory. */
export interface IndexMetaContext {
  towns: { id: string; name: string; kind: Town['kind'] }[];
  vocab: Vocabularies;
  contactData: Map<string, Contact>;
  /** Words whose appearance as the tail of a compound is indexed (vocabulary and title words). */
  parts: Set<string>;
}

/**
 * Built once per loaded directory instead of once per page: the town list,
 * the vocabulary maps and the contact data by id (thousands of entries at
 * scale, which every offer page used to copy into a fresh map).
 */
export const indexMetaContext = memoPerObject((dir: Directory): IndexMetaContext => {
  const towns = [...dir.towns.values()].map((t) => ({ id: t.id, name: t.data.name, kind: t.data.kind }));
  const terms = <T extends { id: string; data: { label: string; synonyms: string[] } }>(m: Map<string, T>) =>
    new Map([...m.values()].map((t) => [t.id, { id: t.id, label: t.data.label, synonyms: t.data.synonyms }]));
  const vocab: Vocabularies = {
    topics: terms(dir.topics),
    audiences: terms(dir.audiences),
    lifePhases: terms(dir.lifePhases),
    accessModes: terms(dir.accessModes),
    contactKinds: terms(dir.contactKinds),
    networkKinds: terms(dir.networkKinds),
  };
  const contactData = new Map([...dir.contacts.values()].map((c) => [c.id, c.data]));
  const titles = [dir.offers, dir.contacts, dir.networks, dir.practices].flatMap((m) => [...m.values()].map((e) => entryTitle(e)));
  const parts = knownParts([...vocabularyWords(vocab), ...dictionaryWords(titles)]);
  return { towns, vocab, contactData, parts };
});

/** Entries with a search-index block. */
export type IndexedEntry = OfferEntry | ContactEntry | NetworkEntry | PracticeEntry;

/** The entry in the collection-independent form of the index. */
export function searchableOf(dir: Directory, entry: IndexedEntry): SearchableEntry {
  switch (entry.collection) {
    case 'offers':
      return fromOffer(entry.data, indexMetaContext(dir).contactData);
    case 'contacts':
      return fromContact(entry.data, offersAtContact(dir, entry.id).map((o) => o.data));
    case 'networks':
      return fromNetwork(entry.data);
    case 'practices':
      return fromPractice(entry.data);
  }
}

/** Pagefind attributes in inline `key:value` form: filters and metadata. */
export interface IndexMetaData {
  filters: string[];
  metas: string[];
}

/**
 * Filters (so no value leaks into an excerpt) and the metadata a result shows
 * (title, kind, towns, summary, phone). The labels and synonyms of the
 * entry's vocabulary terms and the town names are metadata too: searchable,
 * but never part of an excerpt. Empty values are left out.
 */
export function indexMetaOf(dir: Directory, item: IndexedEntry): IndexMetaData {
  const { towns, vocab, parts: knownCompoundParts } = indexMetaContext(dir);
  const entry = searchableOf(dir, item);
  const title = entryTitle(item);
  const facets = facetsFor(entry, towns);
  const filters = [
    ...Object.entries(facets).flatMap(([key, values]) => values.map((v) => inlineAttr(key, v))),
    ...localTowns(entry, towns).map((v) => inlineAttr(LOCAL_TOWN_FILTER, v)),
  ];
  const phone = entry.phone ? { dial: telHref(entry.phone).slice(4), display: formatPhone(entry.phone) } : undefined;
  const meta = resultMeta(entry, title, towns, phone);
  const words = townWords(entry, towns);
  const keywords = keywordsFor(entry, vocab);
  const parts = compoundParts([title], knownCompoundParts);
  // Tails of compounds in the summary and the vocabulary words ("…zentrum" of "Familienzentrum"), not already in the title parts.
  const moreParts = compoundParts([entry.summary, ...keywords], knownCompoundParts).filter((p) => !parts.includes(p));
  const metas: string[] = [
    ...Object.entries(meta).map(([k, v]) => inlineAttr(k, String(v))),
    inlineAttr('stichworte', keywords.join(', ')),
    inlineAttr('titelteile', parts.join(' ')),
    inlineAttr('wortteile', moreParts.join(' ')),
  ];
  if (words.local) metas.push(inlineAttr('orte_lokal', words.local));
  if (words.wide) metas.push(inlineAttr('orte_weit', words.wide));
  return { filters, metas: metas.filter((m) => !/^[a-z_]+:$/.test(m)) };
}
