/**
 * Build-time data for the search page and "Mein Ort": filter options with
 * German labels (from the vocabularies and the towns), the glossary for term
 * explanations, and the postcode index. Loaded from the content collections.
 */
import type { Town } from '../../schemas/town.ts';
import { isDistrictTown } from '../../lib/area.ts';
import { entryTitle, loadDirectory, lifePhaseUrl, topicUrl } from '../../lib/entries.ts';
import { dictionaryWords } from '../../lib/search/query-aids.ts';
import { collator, languageName } from '../../lib/format.ts';
import { COST_LABELS, KIND_LABELS, type FilterOptions } from '../../lib/search/filters.ts';
import { buildPostcodeIndex, type PostcodeIndex } from '../../lib/search/postcode.ts';
import type { GlossaryTerm } from '../../lib/search/terms.ts';

export interface TownOption {
  id: string;
  name: string;
  kind: Town['kind'];
  postcodes: string[];
}

export interface SearchPageData {
  options: FilterOptions;
  glossary: GlossaryTerm[];
  towns: TownOption[];
  postcodes: PostcodeIndex;
  /** Known words for compound splitting and "Meinten Sie …?": vocabulary and titles. */
  dictionary: string[];
}

export async function searchPageData(): Promise<SearchPageData> {
  const dir = await loadDirectory();
  const towns: TownOption[] = [...dir.towns.values()]
    .map((t) => ({ id: t.id, name: t.data.name, kind: t.data.kind, postcodes: [...t.data.postcodes, ...(t.data.otherPostcodes ?? [])].sort() }))
    .sort((a, b) => Number(isDistrictTown(a)) - Number(isDistrictTown(b)) || collator.compare(a.name, b.name));
  const opts = <T extends { id: string; data: { label: string } }>(m: Map<string, T>) => [...m.values()].map((t) => ({ value: t.id, label: t.data.label }));
  const languages = new Set<string>();
  for (const o of dir.offers.values()) o.data.languages.forEach((l) => languages.add(l));
  for (const c of dir.contacts.values()) c.data.languages.forEach((l) => languages.add(l));
  const options: FilterOptions = {
    art: Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label })),
    ort: towns.map((t) => ({ value: t.id, label: isDistrictTown(t) ? `${t.name} (kreisweit)` : t.name })),
    thema: opts(dir.topics).sort((a, b) => collator.compare(a.label, b.label)),
    zielgruppe: opts(dir.audiences),
    lebensphase: opts(dir.lifePhases),
    kosten: Object.entries(COST_LABELS).map(([value, label]) => ({ value, label })),
    zugang: opts(dir.accessModes),
    sprache: [...languages].map((l) => ({ value: l, label: languageName(l) })).sort((a, b) => collator.compare(a.label, b.label)),
  };
  const glossary: GlossaryTerm[] = [
    ...[...dir.topics.values()].map((t) => ({ vocabulary: 'topics', id: t.id, label: t.data.label, description: t.data.description, synonyms: t.data.synonyms, url: topicUrl(t.id) })),
    ...[...dir.lifePhases.values()].map((t) => ({ vocabulary: 'lifePhases', id: t.id, label: t.data.label, description: t.data.description, synonyms: t.data.synonyms, url: lifePhaseUrl(t.id) })),
    ...[...dir.contactKinds.values()].map((t) => ({ vocabulary: 'contactKinds', id: t.id, label: t.data.label, description: t.data.description, synonyms: t.data.synonyms })),
    ...[...dir.audiences.values()].map((t) => ({ vocabulary: 'audiences', id: t.id, label: t.data.label, description: t.data.description, synonyms: t.data.synonyms })),
    ...[...dir.accessModes.values()].map((t) => ({ vocabulary: 'accessModes', id: t.id, label: t.data.label, description: t.data.description, synonyms: t.data.synonyms })),
    ...[...dir.networkKinds.values()].map((t) => ({ vocabulary: 'networkKinds', id: t.id, label: t.data.label, description: t.data.description, synonyms: t.data.synonyms })),
  ];
  const postcodes = buildPostcodeIndex(towns.map((t) => ({ id: t.id, name: t.name, kind: t.kind, postcodes: t.postcodes })));
  const titles = [dir.offers, dir.contacts, dir.networks, dir.practices].flatMap((m) => [...m.values()].map((e) => entryTitle(e)));
  const dictionary = dictionaryWords([...glossary.flatMap((t) => [t.label, ...t.synonyms]), ...titles]);
  return { options, glossary, towns, postcodes, dictionary };
}

/** Moved to src/lib/routes/index-meta.ts (pure, testable without Astro). */
export { indexMetaContext, type IndexMetaContext } from '../../lib/routes/index-meta.ts';
