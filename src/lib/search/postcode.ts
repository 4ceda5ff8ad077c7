/**
 * "Mein Ort": from a postcode to the town page. The mapping comes from the
 * content (each town's `postcodes` and `otherPostcodes`), never from a list
 * in code, so it stays right when editors change a town.
 */

export interface TownPostcodes {
  id: string;
  name: string;
  /** "kreis" (the district itself) is never a postcode's town. */
  kind: 'kreis' | 'stadt' | 'gemeinde';
  postcodes: readonly string[];
  otherPostcodes?: readonly string[] | undefined;
}

/** Postcode → slugs of the towns that use it (a few postcodes are shared by two towns). */
export type PostcodeIndex = Record<string, string[]>;

export function buildPostcodeIndex(towns: readonly TownPostcodes[]): PostcodeIndex {
  const index: PostcodeIndex = {};
  for (const town of towns) {
    if (town.kind === 'kreis') continue;
    for (const code of [...town.postcodes, ...(town.otherPostcodes ?? [])]) {
      const list = (index[code] ??= []);
      if (!list.includes(town.id)) list.push(town.id);
    }
  }
  for (const list of Object.values(index)) list.sort();
  return index;
}

export type PostcodeResult =
  | { kind: 'empty' }
  | { kind: 'invalid'; input: string }
  | { kind: 'outside'; postcode: string }
  | { kind: 'town'; postcode: string; towns: string[] };

/** Look a typed postcode up: spaces are ignored; anything but five digits is "invalid". */
export function lookupPostcode(index: PostcodeIndex, input: string): PostcodeResult {
  const code = input.replace(/\s+/g, '');
  if (code === '') return { kind: 'empty' };
  if (!/^\d{5}$/.test(code)) return { kind: 'invalid', input: input.trim() };
  const towns = Object.hasOwn(index, code) ? index[code] : undefined;
  return towns && towns.length > 0 ? { kind: 'town', postcode: code, towns: [...towns] } : { kind: 'outside', postcode: code };
}

/** URL of a town page. */
export const townPageUrl = (slug: string): string => `/orte/${slug}/`;

/**
 * Where the "Mein Ort" form leads: a chosen town wins; otherwise the postcode
 * decides. Returns the town page URL, or undefined when the visitor has to be
 * told something (no input, invalid, outside the district, shared postcode).
 */
export function myPlaceTarget(index: PostcodeIndex, town: string, postcode: string, knownTowns: readonly string[]): string | undefined {
  const slug = town.trim();
  if (slug && knownTowns.includes(slug)) return townPageUrl(slug);
  const result = lookupPostcode(index, postcode);
  if (result.kind === 'town' && result.towns.length === 1) return townPageUrl(result.towns[0]!);
  return undefined;
}
