/**
 * One search as the search page runs it, shared with the query tests and the
 * benchmark so that all three rank the same way: the words as typed; if they
 * find nothing, the compounds split; typos corrected ("Meinten Sie …?");
 * entries of the chosen town first; the first page ordered family-first.
 */
import type { SearchState } from './url-state.ts';
import { searchBundle, wholeIndex, type SearchBundle } from './bundles.ts';
import { correctQuery, splitQuery, tierResults } from './query-aids.ts';

export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
export interface PfResult {
  id: string;
  data(): Promise<ResultData>;
}
export interface PfLike {
  search(q: string | null, o?: { filters?: object }): Promise<{ results: PfResult[] } | null>;
}

export interface QueryAids {
  /** Known words (lower case), sorted: vocabulary and titles. */
  dictionary: readonly string[];
  known: ReadonlySet<string>;
  /** Town id → name, to put the chosen town's own entries first. */
  townNames: ReadonlyMap<string, string>;
}

/** Pagefind's module of a bundle folder (src/lib/search/bundles.ts), loaded once per folder by the caller. */
export type OpenBundle = (base: string) => Promise<PfLike>;

export interface QueryOutcome {
  /** The index searched. */
  bundle: SearchBundle;
  results: PfResult[];
  /** Data of the first `pageSize` results, in display order. */
  firstPage: ResultData[];
  /** The words actually searched, when they differ from what was typed (typo corrected). */
  corrected?: string;
  /** The fewer words searched when all words together found nothing. */
  relaxed?: string;
}

/** Words of at least this length are corrected even when the typo still finds something. */
const LONG_WORD = 8;

export async function runQuery(open: OpenBundle, state: SearchState, aids: QueryAids, pageSize: number): Promise<QueryOutcome | null> {
  // One town chosen: that town's own index, which loads far less than the whole one (bundles.ts).
  // A town's bundle that cannot be loaded (a town without entries has none): the whole index, filtered.
  let bundle = searchBundle(state, aids.townNames);
  const pf = await open(bundle.base).catch((error: unknown) => {
    if (!bundle.town) throw error;
    bundle = wholeIndex(state);
    return open(bundle.base);
  });
  const filters = bundle.filters;
  const q = state.q || null;
  let response = await pf.search(q, { filters });
  if (!response) return null;
  let used = state.q;
  let corrected: string | undefined;
  let relaxed: string | undefined;
  if (state.q && response.results.length === 0) {
    const split = splitQuery(state.q, aids.known);
    if (split) {
      const r = await pf.search(split, { filters });
      if (r && r.results.length > 0) {
        response = r;
        used = split;
      }
    }
  }
  const longTypo = state.q.split(/\s+/).some((w) => w.length >= LONG_WORD);
  if (state.q && (response.results.length === 0 || longTypo)) {
    const fixed = correctQuery(used, aids.dictionary, aids.known);
    if (fixed) {
      const r = await pf.search(fixed, { filters });
      if (r && r.results.length > 0) {
        response = r;
        used = fixed;
        corrected = fixed;
      }
    }
  }
  // Still nothing for several words ("mein vater schlägt mich"): the long words alone, then the longest word.
  if (state.q && response.results.length === 0) {
    const words = used.split(/\s+/).filter(Boolean);
    const long = words.filter((w) => w.length > 4);
    const tries = [long.join(' '), [...long].sort((a, b) => b.length - a.length)[0] ?? ''].filter((t, i, all) => t && t !== used && all.indexOf(t) === i);
    for (const t of tries) {
      const r = await pf.search(t, { filters });
      if (r && r.results.length > 0) {
        response = r;
        used = t;
        relaxed = t;
        break;
      }
    }
  }
  const results = response.results;
  // With a town filter, the town's own entries come first on the first page (tierResults, below),
  // from data that is loaded anyway: a second search (town word or hidden local filter) cost
  // 17–26 % more download for the first query at 10,000 entries (docs in the closing note).
  const townWords = (state.filters.ort ?? []).map((id) => aids.townNames.get(id) ?? id);
  const head = results.slice(0, pageSize);
  const data = await Promise.all(head.map((r) => r.data()));
  const order = tierResults(
    data.map((d, i) => ({ ...d, i })),
    { townNames: townWords, kindFiltered: (state.filters.art ?? []).length > 0 },
  );
  const out: QueryOutcome = {
    bundle,
    results: [...order.map((d) => head[d.i]!), ...results.slice(pageSize)],
    firstPage: order.map(({ i: _i, ...d }) => d),
  };
  if (corrected) out.corrected = corrected;
  if (relaxed) out.relaxed = relaxed;
  return out;
}
