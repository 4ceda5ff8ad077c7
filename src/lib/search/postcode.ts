/**
 * "Mein Ort": from a postcode to the town page. The mapping comes from the
 * content (each town's `postcodes` and `otherPostcodes`), never from a list
 * in code, so it stays right when editors change a town.
 */
import type { Town } from '../../schemas/town.ts';
import { isDistrictTown } from '../town-kind.ts';
import { entryUrl } from '../urls.ts';

export interface TownPostcodes {
  id: string;
  name: string;
  /** "kreis" (the district itself) is never a postcode's town. */
  kind: Town['kind'];
  postcodes: readonly string[];
  otherPostcodes?: readonly string[] | undefined;
}

/** Postcode → slugs of the towns that use it (a few postcodes are shared by two towns). */
export type PostcodeIndex = Record<string, string[]>;

export function buildPostcodeIndex(towns: readonly TownPostcodes[]): PostcodeIndex {
  const index: PostcodeIndex = {};
  for (const town of towns) {
    if (isDistrictTown(town)) continue;
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

/**
 * A town name as typed, made comparable: case, umlauts (ü = ue), accents,
 * punctuation and the additions "Stadt"/"Gemeinde" do not matter, and a
 * suffix after "/" ("Fröndenberg/Ruhr") may be left out.
 */
export function normaliseTownName(input: string): string {
  return input
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(stadt|gemeinde|kreisstadt)\b/g, ' ')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

/**
 * The town a typed name means: its name or slug, with or without umlauts,
 * "Fröndenberg" for "Fröndenberg/Ruhr". Undefined when none or several fit.
 */
export function townByName(towns: readonly (readonly [id: string, name: string])[], input: string): string | undefined {
  const typed = normaliseTownName(input);
  if (typed.length < 2) return undefined;
  const keys = (id: string, name: string) => {
    const full = normaliseTownName(name);
    return new Set([full, full.split('/')[0]!.trim(), normaliseTownName(id.replace(/-/g, ' ')), full.replace(/\//g, ' ')]);
  };
  const hits = towns.filter(([id, name]) => keys(id, name).has(typed));
  return hits.length === 1 ? hits[0]![0] : undefined;
}

/** URL of a town page. */
const townPageUrl = (slug: string): string => entryUrl('towns', slug);

/**
 * Where the "Mein Ort" form leads: a chosen town wins; otherwise the postcode
 * (or a town name typed into the postcode field) decides. Returns the town page URL, or undefined when the visitor has to be
 * told something (no input, invalid, outside the district, shared postcode).
 */
export function myPlaceTarget(
  index: PostcodeIndex,
  town: string,
  postcode: string,
  knownTowns: readonly string[],
  townNames: readonly (readonly [id: string, name: string])[] = [],
): string | undefined {
  const slug = town.trim();
  if (slug && knownTowns.includes(slug)) return townPageUrl(slug);
  const result = lookupPostcode(index, postcode);
  if (result.kind === 'town' && result.towns.length === 1) return townPageUrl(result.towns[0]!);
  // A town name typed into the postcode field ("Holzwickede", "froendenberg").
  if (result.kind === 'invalid') {
    const named = townByName(townNames, postcode);
    if (named && knownTowns.includes(named)) return townPageUrl(named);
  }
  return undefined;
}
