/**
 * The state of the search page lives in its URL, so that results can be
 * shared and the back button works: /suche/?q=Hebamme&ort=selm&thema=fruehe-hilfen.
 * A filter with several values repeats its parameter (`thema=a&thema=b`).
 */
import { FILTER_KEYS, isFilterKey, type FilterKey } from './filters.ts';

export interface SearchState {
  /** The words typed, trimmed and with single spaces. */
  q: string;
  /** Selected values per filter; values are slugs. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Longest query kept from a URL; longer ones are cut. */
export const MAX_QUERY_LENGTH = 200;
const VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function normaliseQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Read the state from a query string ("?q=…&ort=…") or URLSearchParams; unknown parameters and malformed values are dropped. */
export function decodeState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const [key, raw] of params) {
    if (!isFilterKey(key)) continue;
    for (const part of raw.split(',')) {
      const value = part.trim().toLowerCase();
      if (!VALUE.test(value)) continue;
      const list = (filters[key] ??= []);
      if (!list.includes(value)) list.push(value);
    }
  }
  return { q: normaliseQuery(params.get('q') ?? ''), filters };
}

/** The query string for a state, starting with "?" (or "" for the empty state). Order is stable: q, then the filters in FILTER_KEYS order, values sorted. */
export function encodeState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.append('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of [...new Set(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the state asks for nothing (no words, no filters). */
export function isEmptyState(state: SearchState): boolean {
  return !normaliseQuery(state.q) && FILTER_KEYS.every((k) => (state.filters[k] ?? []).length === 0);
}

/** Pagefind's filter argument: values of one filter are alternatives (any), different filters must all match. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = state.filters[key] ?? [];
    if (values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/** A copy of the state with one filter value switched on or off. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { q: state.q, filters };
}

/**
 * With a town filter, a second search restricted to entries that name the town
 * themselves (hidden filter `ortlokal`) lets the page list local entries first,
 * then district-wide and nationwide ones. Undefined when no town is chosen.
 */
export function localFilters(state: SearchState, localKey = 'ortlokal'): Record<string, { any: string[] }> | undefined {
  const towns = state.filters.ort ?? [];
  if (towns.length === 0) return undefined;
  return { ...pagefindFilters(state), [localKey]: { any: [...towns] } };
}

/** Local results first (in their own order), then the rest of `all` in its order, each once. */
export function localFirst<T extends { id: string }>(local: readonly T[], all: readonly T[]): T[] {
  const seen = new Set(local.map((r) => r.id));
  return [...local, ...all.filter((r) => !seen.has(r.id))];
}
