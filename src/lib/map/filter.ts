/**
 * Filter state of the map page (/karte/), kept in the URL:
 * `?ort=<town>&art=<kind>`; each key may repeat. Browser-safe (no Node APIs),
 * used by the page script and by tests.
 */

export interface FilterState {
  /** Town slugs; empty = all towns. */
  towns: string[];
  /** Contact-kind slugs; empty = all kinds. */
  kinds: string[];
}

export const TOWN_PARAM = 'ort';
export const KIND_PARAM = 'art';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function values(params: URLSearchParams, key: string, allowed?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(key)) {
    for (const v of raw.split(',')) {
      const s = v.trim().toLowerCase();
      if (!s || !SLUG.test(s) || out.includes(s)) continue;
      if (allowed && !allowed.has(s)) continue;
      out.push(s);
    }
  }
  return out;
}

/**
 * Reads the filter from a query string ("?ort=unna&art=jugendamt") or URLSearchParams.
 * Unknown values are dropped when `allowed` sets are given; empty values mean "all".
 */
export function parseFilter(
  search: string | URLSearchParams,
  allowed?: { towns?: ReadonlySet<string>; kinds?: ReadonlySet<string> },
): FilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return { towns: values(params, TOWN_PARAM, allowed?.towns), kinds: values(params, KIND_PARAM, allowed?.kinds) };
}

/** The query string for a filter, "" when nothing is filtered, else "?ort=…&art=…". */
export function serializeFilter(state: FilterState): string {
  const params = new URLSearchParams();
  for (const t of state.towns) params.append(TOWN_PARAM, t);
  for (const k of state.kinds) params.append(KIND_PARAM, k);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when nothing is filtered. */
export function isEmptyFilter(state: FilterState): boolean {
  return state.towns.length === 0 && state.kinds.length === 0;
}

/**
 * Whether a place passes the filter. A district-wide place (see
 * `MapPlace.districtWide`) passes every town filter: it serves every town.
 */
export function matchesFilter(place: { town: string; kind: string; districtWide?: boolean | undefined }, state: FilterState): boolean {
  const townOk = state.towns.length === 0 || state.towns.includes(place.town) || place.districtWide === true;
  return townOk && (state.kinds.length === 0 || state.kinds.includes(place.kind));
}

/** Replaces the filter keys in a full URL and keeps every other parameter and the hash. */
export function withFilter(href: string, state: FilterState): string {
  const url = new URL(href);
  url.searchParams.delete(TOWN_PARAM);
  url.searchParams.delete(KIND_PARAM);
  for (const t of state.towns) url.searchParams.append(TOWN_PARAM, t);
  for (const k of state.kinds) url.searchParams.append(KIND_PARAM, k);
  return url.toString();
}
