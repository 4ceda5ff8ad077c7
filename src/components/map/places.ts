/**
 * Build-time helpers: read the content (through the shared directory loader)
 * and turn it into map places (see src/lib/map/places.ts for the pure logic).
 */
import { loadDirectory } from '../../lib/entries.ts';
import { contactToPlace, indexPlaces, placesInTown, placesWithIds, sortPlaces, townToPlace, uniqueLabels, type MapPlace, type PlaceIndex } from '../../lib/map/places.ts';
import type { Contact, Term, Town } from '../../schemas/index.ts';

interface MapData {
  contacts: MapPlace[];
  /** `contacts` indexed by id and town, built once per build. */
  index: PlaceIndex;
  towns: Map<string, { name: string; centre: { lat: number; lng: number } }>;
  withoutGeo: number;
}

let cache: Promise<MapData> | undefined;

function load(): Promise<MapData> {
  cache ??= (async () => {
    const dir = await loadDirectory();
    // Typed through the schemas (the content layer's generated types are not always fresh).
    const contacts = [...dir.contacts.values()].map((e) => ({ id: e.id, data: e.data as Contact }));
    const towns = [...dir.towns.values()].map((e) => ({ id: e.id, data: e.data as Town }));
    const townNames = new Map(towns.map((t) => [t.id, t.data.name]));
    const kindLabels = new Map([...dir.contactKinds.values()].map((k) => [k.id, (k.data as Term).label]));
    const districts = new Set(towns.filter((t) => t.data.kind === 'kreis').map((t) => t.id));
    const places = contacts
      .map((c) => contactToPlace(c.id, c.data, { townNames, kindLabels, districts }))
      .filter((p): p is MapPlace => p !== undefined);
    const sorted = uniqueLabels(sortPlaces(places));
    return {
      contacts: sorted,
      index: indexPlaces(sorted),
      towns: new Map(towns.map((t) => [t.id, { name: t.data.name, centre: t.data.centre }])),
      withoutGeo: contacts.filter((c) => !c.data.geo).length,
    };
  })();
  return cache;
}

/** Every contact point with coordinates, sorted by town and name, with unique marker names. */
export async function allContactPlaces(): Promise<MapPlace[]> {
  return (await load()).contacts;
}

/** Every town and the district (slug, name, kind), in German alphabetical order. */
export async function mapTowns(): Promise<{ id: string; name: string; district: boolean }[]> {
  const dir = await loadDirectory();
  return [...dir.towns.values()]
    .map((e) => ({ id: e.id, name: (e.data as Town).name, district: (e.data as Town).kind === 'kreis' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** Number of contact points without coordinates (they are only in the lists). */
export async function contactsWithoutGeo(): Promise<number> {
  return (await load()).withoutGeo;
}

/** Contact points located in a town. */
export async function townPlaces(town: string): Promise<MapPlace[]> {
  return placesInTown((await load()).index, town);
}

/** One contact point (empty when it has no coordinates). */
export async function contactPlaces(contact: string): Promise<MapPlace[]> {
  return placesWithIds((await load()).index, [contact]);
}

/**
 * Where an offer is available: its contact points with coordinates; when it
 * has none and serves listed towns, the centres of those towns (drawn as
 * approximate). District-wide and nationwide offers without places: empty.
 */
export async function offerPlaces(offer: { contacts?: readonly string[]; area: string; towns?: readonly string[] }): Promise<MapPlace[]> {
  const data = await load();
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
