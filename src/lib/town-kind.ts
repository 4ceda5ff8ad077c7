/**
 * The one place that knows which town kind is the district itself. No
 * imports, so browser scripts (search, "Mein Ort") can use it without pulling
 * in formatting or schema code.
 */

/** True for the district itself (town kind "kreis"), not one of its towns and municipalities. */
export function isDistrictTown(town: { kind: string }): boolean {
  return town.kind === 'kreis';
}
