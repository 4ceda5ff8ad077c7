/**
 * The texts the map scripts show (Leaflet controls, popups, cluster names,
 * status messages, filter status). They come from the page: PlaceMap writes
 * them as JSON (`<script type="application/json" data-map-strings>`) in the
 * page's language, the scripts read them with `readMapStrings`. This module
 * imports no dictionary, so the browser bundle stays small.
 */

export interface MapStrings {
  /** BCP 47 locale for numbers and sorting. */
  locale: string;
  /** "{n} Anlaufstelle" / "{n} Anlaufstellen": one template per plural category of the locale (Intl.PluralRules). */
  countZero: string;
  countOne: string;
  countTwo: string;
  countFew: string;
  countMany: string;
  countOther: string;
  approxMark: string;
  phone: string;
  popupTownCentre: string;
  popupApprox: string;
  popupMoreTown: string;
  popupEntry: string;
  clusterIn1: string;
  clusterIn2: string;
  clusterInN: string;
  clusterExpand: string;
  closePopup: string;
  popup: string;
  zoomIn: string;
  zoomOut: string;
  role: string;
  shows: string;
  loading: string;
  loaded: string;
  failed: string;
  statusAll: string;
  statusNone: string;
  statusSome: string;
}

/** The keys of a MapStrings object, for validation. */
export const MAP_STRING_FIELDS = [
  'locale', 'countZero', 'countOne', 'countTwo', 'countFew', 'countMany', 'countOther', 'approxMark', 'phone', 'popupTownCentre', 'popupApprox', 'popupMoreTown', 'popupEntry',
  'clusterIn1', 'clusterIn2', 'clusterInN', 'clusterExpand', 'closePopup', 'popup', 'zoomIn', 'zoomOut', 'role', 'shows',
  'loading', 'loaded', 'failed', 'statusAll', 'statusNone', 'statusSome',
] as const satisfies readonly (keyof MapStrings)[];

/** Put values into a template's {placeholders} (unknown ones stay as they are). */
export function mapText(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

const PLURAL_FIELD = { zero: 'countZero', one: 'countOne', two: 'countTwo', few: 'countFew', many: 'countMany', other: 'countOther' } as const satisfies Record<Intl.LDMLPluralRule, keyof MapStrings>;

/** "12 Anlaufstellen", "12 мест", "12 مكانًا": the count with the noun in the plural form the locale needs. */
export function mapCount(s: MapStrings, n: number): string {
  const field = PLURAL_FIELD[new Intl.PluralRules(s.locale).select(n)];
  return mapText(s[field], { n: n.toLocaleString(s.locale) });
}

/** Parse the JSON of a strings block; undefined when it is missing or incomplete. */
export function parseMapStrings(json: string | null | undefined): MapStrings | undefined {
  if (!json) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  if (!MAP_STRING_FIELDS.every((f) => typeof record[f] === 'string')) return undefined;
  return data as MapStrings;
}

/** The strings block inside `root` (a map, or the document for the filter of /karte/). */
export function readMapStrings(root: ParentNode): MapStrings | undefined {
  return parseMapStrings(root.querySelector('script[data-map-strings]')?.textContent);
}

/** Accessible name of a cluster: "5 Anlaufstellen in Selm und Werne". */
export function clusterName(s: MapStrings, count: number, towns: readonly string[]): string {
  const c = mapCount(s, count);
  const names = [...towns].sort((a, b) => a.localeCompare(b, s.locale));
  if (names.length === 1) return mapText(s.clusterIn1, { count: c, town: names[0]! });
  if (names.length === 2) return mapText(s.clusterIn2, { count: c, a: names[0]!, b: names[1]! });
  if (names.length > 2) return mapText(s.clusterInN, { count: c, n: names.length.toLocaleString(s.locale) });
  return c;
}
