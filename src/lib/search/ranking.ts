/**
 * Pagefind search options shared by the search page and the query tests, so
 * that both rank the same way.
 *
 * Metadata is searched by Pagefind (1.5+); its weight decides how much a
 * match there counts. The title counts most, the vocabulary words (synonyms)
 * and the entry's own towns a lot, the towns a district-wide entry also serves
 * a little, and the display-only fields not at all.
 */
export const META_WEIGHTS: Record<string, number> = {
  title: 6,
  stichworte: 2.5,
  /** Vocabulary words hidden in compounds of the title ("Familienhebammen" → "hebamme"). */
  titelteile: 5,
  /** Vocabulary and title words hidden in compounds of the summary and the synonyms. */
  wortteile: 1.5,
  orte_lokal: 5,
  orte_weit: 0.3,
  summary: 1,
  art: 0,
  orte: 0,
  tel: 0,
  tel_anzeige: 0,
};

export const PAGEFIND_OPTIONS = {
  /** The index is small; a worker would cost an extra ~43 KB download. */
  noWorker: true,
  excerptLength: 24,
  ranking: { metaWeights: META_WEIGHTS },
} as const;

/** Results shown at first and added by "Weitere Ergebnisse". */
export const PAGE_SIZE = 10;
