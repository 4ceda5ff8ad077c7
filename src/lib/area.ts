/**
 * Which towns an offer or network serves, and the area in words.
 *
 * - `area: "town"` serves exactly the towns listed in `towns`.
 * - `area: "district"` serves every town of Kreis Unna.
 * - `area: "region"` (networks beyond the district) and `area: "nationwide"` serve every town too.
 */
import { joinDe } from './format.ts';

/** The area an offer or network covers; also how it reaches one town (see `scopeFor`). */
export type Area = 'town' | 'district' | 'region' | 'nationwide';

/** How an item reaches a town: the same values as `Area` ("town": through its own town list). */
export type Scope = Area;

export interface AreaServed {
  area: Area;
  towns: readonly string[];
}

/**
 * The scope through which `item` serves `town`, or `undefined` when it does not.
 * An item whose town list names the town counts as local ("town") even when its
 * area is wider, so the most specific reason wins.
 */
export function scopeFor(item: AreaServed, town: string): Area | undefined {
  if (item.towns.includes(town)) return 'town';
  if (item.area === 'town') return undefined;
  return item.area;
}

/** True when `item` serves `town` (district-wide, regional and nationwide items serve every town). */
export function servesTown(item: AreaServed, town: string): boolean {
  return scopeFor(item, town) !== undefined;
}

/** Short German label for a wide area ("kreisweit", "regional", "bundesweit"), for badges and result lists; local is unlabelled. */
export function scopeLabel(scope: Area): string | undefined {
  switch (scope) {
    case 'district':
      return 'kreisweit';
    case 'region':
      return 'regional';
    case 'nationwide':
      return 'bundesweit';
    default:
      return undefined;
  }
}

/**
 * Where an offer or network is available, in words: "Selm und Unna",
 * "ganzer Kreis Unna", "regional, über den Kreis Unna hinaus", "bundesweit".
 * `townName` names a town slug (and may throw on an unknown one).
 */
export function areaText(item: AreaServed, townName: (id: string) => string): string {
  switch (item.area) {
    case 'nationwide':
      return 'bundesweit';
    case 'district':
      return 'ganzer Kreis Unna';
    case 'region':
      return 'regional, über den Kreis Unna hinaus';
    default:
      return joinDe(item.towns.map(townName));
  }
}

export { isDistrictTown } from './town-kind.ts';

/** Sort key: local items first, then district-wide, regional, nationwide. */
export const SCOPE_ORDER: Record<Area, number> = { town: 0, district: 1, region: 2, nationwide: 3 };
