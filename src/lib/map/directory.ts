/**
 * Map places of a loaded directory (see places.ts for the pure logic),
 * computed once per directory; route data passes them to the map components.
 */
import { isDistrict, type Directory } from '../entries.ts';
import { memoPerObject } from '../index-by.ts';
import { contactToPlace, indexPlaces, placesInTown, placesWithIds, sortPlaces, townToPlace, uniqueLabels, type MapPlace, type PlaceIndex } from './places.ts';

interface MapData {
  contacts: MapPlace[];
  /** `contacts` indexed by id and town. */
  index: PlaceIndex;
  towns: Map<string, { name: string; centre: { lat: number; lng: number } }>;
  withoutGeo: number;
}

const mapData = memoPerObject((dir: Directory): MapData => {
  const contacts = [...dir.contacts.values()];
  const townNames = new Map([...dir.towns.values()].map((t) => [t.id, t.data.name]));
  const kindLabels = new Map([...dir.contactKinds.values()].map((k) => [k.id, k.data.label]));
  const districts = new Set([...dir.towns.values()].filter(isDistrict).map((t) => t.id));
  const places = contacts.map((c) => contactToPlace(c.id, c.data, { townNames, kindLabels, districts })).filter((p): p is MapPlace => p !== undefined);
  const sorted = uniqueLabels(sortPlaces(places));
  return {
    contacts: sorted,
    index: indexPlaces(sorted),
    towns: new Map([...dir.towns.values()].map((t) => [t.id, { name: t.data.name, centre: t.data.centre }])),
    withoutGeo: contacts.filter((c) => !c.data.geo).length,
  };
});

/** Every contact point with coordinates, sorted by town and name, with unique marker names. */
export const contactPlacesOf = (dir: Directory): MapPlace[] => mapData(dir).contacts;

/** Number of contact points without coordinates (they are only in the lists). */
export const placesWithoutGeo = (dir: Directory): number => mapData(dir).withoutGeo;

/** Contact points located in a town. */
export const placesOfTown = (dir: Directory, town: string): MapPlace[] => placesInTown(mapData(dir).index, town);

/** One contact point (empty when it has no coordinates). */
export const placesOfContact = (dir: Directory, contact: string): MapPlace[] => placesWithIds(mapData(dir).index, [contact]);

/**
 * Where an offer is available: its contact points with coordinates; when it
 * has none and serves listed towns, the centres of those towns (drawn as
 * approximate). District-wide and nationwide offers without places: empty.
 */
export function placesOfOffer(dir: Directory, offer: { contacts?: readonly string[]; area: string; towns?: readonly string[] }): MapPlace[] {
  const data = mapData(dir);
  const at = placesWithIds(data.index, offer.contacts ?? []);
  if (at.length > 0) return at;
  if (offer.area !== 'town') return [];
  return sortPlaces(
    (offer.towns ?? []).flatMap((t) => {
      const town = data.towns.get(t);
      return town ? [townToPlace(t, town)] : [];
    }),
  );
}

