/**
 * The search filters: their keys (used both as Pagefind filter names and as
 * URL parameters of /suche/), their German labels and the order the search
 * page shows them in. Filter values are slugs (vocabulary ids, town slugs,
 * language codes); the page turns them into German labels.
 */

export const FILTER_KEYS = ['art', 'ort', 'thema', 'zielgruppe', 'lebensphase', 'kosten', 'zugang', 'sprache'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** German legend of each filter group. */
export const FILTER_LABELS: Record<FilterKey, string> = {
  art: 'Art des Eintrags',
  ort: 'Ort',
  thema: 'Thema',
  zielgruppe: 'Für wen',
  lebensphase: 'Lebensphase',
  kosten: 'Kosten',
  zugang: 'Zugang',
  sprache: 'Sprache',
};

/** Kinds of entries that the search finds, with their German labels. */
export const KIND_LABELS = {
  angebot: 'Angebot',
  anlaufstelle: 'Anlaufstelle',
  netzwerk: 'Netzwerk',
  praxisbeispiel: 'Praxisbeispiel',
} as const;
export type KindValue = keyof typeof KIND_LABELS;

/** The cost values that are worth filtering by. */
export const COST_LABELS = {
  kostenlos: 'kostenlos',
  'nach-einkommen': 'Kosten nach Einkommen',
} as const;

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** One selectable value of a filter, as the search page offers it. */
export interface FilterOption {
  value: string;
  label: string;
}

export type FilterOptions = Record<FilterKey, FilterOption[]>;
