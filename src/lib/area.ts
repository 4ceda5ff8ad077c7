/**
 * Which towns an offer or network serves.
 *
 * - `area: "town"` serves exactly the towns listed in `towns`.
 * - `area: "district"` serves every town of Kreis Unna.
 * - `area: "region"` (networks beyond the district) and `area: "nationwide"` serve every town too.
 */

export type Area = 'town' | 'district' | 'region' | 'nationwide';

export interface AreaServed {
  area: Area;
  towns: readonly string[];
}

/** How an item reaches a town: through its own town list, or because it covers the district or more. */
export type Scope = 'town' | 'district' | 'region' | 'nationwide';

/**
 * The scope through which `item` serves `town`, or `undefined` when it does not.
 * An item whose town list names the town counts as local ("town") even when its
 * area is wider, so the most specific reason wins.
 */
export function scopeFor(item: AreaServed, town: string): Scope | undefined {
  if (item.towns.includes(town)) return 'town';
  if (item.area === 'town') return undefined;
  return item.area;
}

/** True when `item` serves `town` (district-wide, regional and nationwide items serve every town). */
export function servesTown(item: AreaServed, town: string): boolean {
  return scopeFor(item, town) !== undefined;
}

/** Short German label for a wide scope ("kreisweit", "regional", "bundesweit"); local is unlabelled. */
export function scopeLabel(scope: Scope): string | undefined {
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

/** Sort key: local items first, then district-wide, regional, nationwide. */
export const SCOPE_ORDER: Record<Scope, number> = { town: 0, district: 1, region: 2, nationwide: 3 };
