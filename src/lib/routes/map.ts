/**
 * Route data of the map page (/karte/): every contact point with
 * coordinates, grouped by town (every town gets a group, the district comes
 * last as "für den ganzen Kreis zuständig"), the filter choices and counts.
 * Pure functions of a loaded `Directory`.
 */
import { createHash } from 'node:crypto';
import { isDistrict, type Directory } from '../entries.ts';
import type { Crumb } from '../jsonld.ts';
import { contactPlacesOf, placesWithoutGeo } from '../map/directory.ts';
import { groupByTown, kindsOf, type MapPlace } from '../map/places.ts';
import { memoPerObject } from '../index-by.ts';
import { entryUrl, PAGES } from '../urls.ts';

export interface MapGroup {
  town: string;
  townName: string;
  district: boolean;
  /** Heading of the group. */
  title: string;
  /** Text of the jump link. */
  linkText: string;
  /** Anchor id of the group (without "#"). */
  anchor: string;
  /** The town's own page. */
  townUrl: string;
  places: MapPlace[];
}

export interface MapPage {
  breadcrumbs: Crumb[];
  places: MapPlace[];
  /** The places as the JSON file PAGES.mapPlaces serves (the map script fetches it after consent). */
  placesJson: string;
  /**
   * Where the map script fetches them: PAGES.mapPlaces with a hash of the JSON, so a page kept in
   * a cache never combines its list with the places of another build.
   */
  placesUrl: string;
  groups: MapGroup[];
  /** The district's group, if there is one. */
  district?: MapGroup | undefined;
  /** Places for the whole district: counted with every town in the filter. */
  districtCount: number;
  kinds: { id: string; label: string; count: number }[];
  /** Places shown only at their town centre. */
  approxCount: number;
  /** Contact points without coordinates (only in the directory). */
  withoutGeo: number;
}

/** Anchor of a town's group on the map page. */
export const mapGroupAnchor = (town: string): string => `ort-${town}`;

/** Per loaded directory: /karte/, its six language versions and /karte/orte.json share one. */
export const mapPage = memoPerObject(buildMapPage);

function buildMapPage(dir: Directory): MapPage {
  const places = contactPlacesOf(dir);
  const byTown = new Map(groupByTown(places).map((g) => [g.town, g.places]));
  const towns = [...dir.towns.values()];
  const group = (id: string, name: string, district: boolean): MapGroup => ({
    town: id,
    townName: name,
    district,
    title: district ? `Für den ganzen ${name} zuständig` : name,
    linkText: district ? `Ganzer ${name}` : name,
    anchor: mapGroupAnchor(id),
    townUrl: entryUrl('towns', id),
    places: byTown.get(id) ?? [],
  });
  const townGroups = towns.filter((t) => !isDistrict(t)).map((t) => group(t.id, t.data.name, false));
  // Places whose town is no town of the list (the district) come last.
  const rest = [...byTown.keys()]
    .filter((id) => !townGroups.some((g) => g.town === id))
    .map((id) => {
      const town = dir.towns.get(id);
      return group(id, town?.data.name ?? byTown.get(id)?.[0]?.townName ?? id, town !== undefined && isDistrict(town));
    });
  const districtTown = towns.find(isDistrict);
  const placesJson = JSON.stringify(places);
  return {
    breadcrumbs: [{ name: 'Karte', path: PAGES.map }],
    places,
    placesJson,
    placesUrl: `${PAGES.mapPlaces}?v=${createHash('sha256').update(placesJson).digest('hex').slice(0, 12)}`,
    groups: [...townGroups, ...rest],
    district: districtTown ? group(districtTown.id, districtTown.data.name, true) : undefined,
    districtCount: places.filter((p) => p.districtWide).length,
    kinds: kindsOf(places),
    approxCount: places.filter((p) => p.approximate).length,
    withoutGeo: placesWithoutGeo(dir),
  };
}
