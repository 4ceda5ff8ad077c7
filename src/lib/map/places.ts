/**
 * Map places: the small, serialisable records the map and the place lists
 * are drawn from. Pure functions; the pages pass in what they read from the
 * content collections.
 */
import { collator, phoneText, telHref } from '../format.ts';
import { entryUrl } from '../urls.ts';

/** One marker on a map and one row in a place list. */
export interface MapPlace {
  /** Slug of the entry (contact point, or town for "offer available in town X"). */
  id: string;
  /** Name as shown, e.g. "Familienbüro Selm". */
  name: string;
  /** Unique accessible name of the marker, e.g. "Familienbüro Selm, Selm". */
  label: string;
  /** Term of `contact-kinds` (or "ort" for a town-centre marker). */
  kind: string;
  kindLabel: string;
  /** Slug and name of the town the place is in. */
  town: string;
  townName: string;
  lat: number;
  lng: number;
  /** True when the coordinate is only the town centre (precision "town"). */
  approximate: boolean;
  /** Site-relative URL of the entry. */
  url: string;
  /** One-line postal address, e.g. "Hansastraße 4, 59425 Unna". */
  address?: string;
  /** First phone number: display text and tel: link. */
  phone?: { text: string; href: string };
  /**
   * True when the place belongs to the district itself (`town` is the
   * district, e.g. "kreis-unna"): it serves every town, so a town filter
   * keeps it (the district is a scope, not a town).
   */
  districtWide?: boolean;
}

/** The fields of a contact point the map needs (structurally, so tests need no Astro). */
export interface ContactLike {
  name: string;
  kind: string;
  town: string;
  address?: { street: string; postcode: string; locality: string; district?: string | undefined } | undefined;
  geo?: { lat: number; lng: number; precision: 'address' | 'street' | 'town' } | undefined;
  phones?: readonly { number: string; label?: string | undefined }[] | undefined;
}

export interface PlaceContext {
  /** Town slug → German name. */
  townNames: ReadonlyMap<string, string> | Record<string, string>;
  /** Contact-kind slug → German label. */
  kindLabels: ReadonlyMap<string, string> | Record<string, string>;
  /** Slugs of the district(s) (towns of kind "kreis"): places there are district-wide. */
  districts?: ReadonlySet<string>;
}

function lookup(map: PlaceContext['townNames'], key: string): string | undefined {
  return map instanceof Map ? map.get(key) : (map as Record<string, string>)[key];
}

/** "Hansastraße 4, 59425 Unna" (the district in brackets when given). */
export function formatAddressLine(a: NonNullable<ContactLike['address']>): string {
  const locality = a.district ? `${a.locality} (${a.district})` : a.locality;
  return `${a.street}, ${a.postcode} ${locality}`;
}

/** A contact point as a map place, or `undefined` when it has no coordinates. */
export function contactToPlace(id: string, c: ContactLike, ctx: PlaceContext): MapPlace | undefined {
  if (!c.geo) return undefined;
  const townName = lookup(ctx.townNames, c.town) ?? c.town;
  const first = c.phones?.[0];
  const place: MapPlace = {
    id,
    name: c.name,
    label: `${c.name}, ${townName}`,
    kind: c.kind,
    kindLabel: lookup(ctx.kindLabels, c.kind) ?? c.kind,
    town: c.town,
    townName,
    lat: c.geo.lat,
    lng: c.geo.lng,
    approximate: c.geo.precision === 'town',
    url: entryUrl('contacts', id),
  };
  if (ctx.districts?.has(c.town)) place.districtWide = true;
  if (c.address) place.address = formatAddressLine(c.address);
  // Non-breaking spaces keep a number on one line (and satisfy html-validate's tel-non-breaking).
  if (first) place.phone = { text: phoneText(first.number), href: telHref(first.number) };
  return place;
}

/** A town centre as a map place ("the offer is available in this town"). */
export function townToPlace(id: string, town: { name: string; centre: { lat: number; lng: number } }): MapPlace {
  return {
    id,
    name: town.name,
    label: `${town.name} (Ortsmitte)`,
    kind: 'ort',
    kindLabel: 'Ort',
    town: id,
    townName: town.name,
    lat: town.centre.lat,
    lng: town.centre.lng,
    approximate: true,
    url: entryUrl('towns', id),
  };
}


/** Sorts places by town name, then name (German collation). Returns a new array. */
export function sortPlaces<P extends MapPlace>(places: readonly P[]): P[] {
  return [...places].sort((a, b) => collator.compare(a.townName, b.townName) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * Makes every marker's accessible name unique: names that repeat get the
 * address (or, failing that, a running number) appended.
 */
export function uniqueLabels<P extends MapPlace>(places: readonly P[]): P[] {
  const count = new Map<string, number>();
  for (const p of places) count.set(p.label, (count.get(p.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = places.map((p) => {
    if ((count.get(p.label) ?? 0) < 2) return p;
    const label = p.address ? `${p.label}, ${p.address}` : p.label;
    return { ...p, label };
  });
  // Second pass: still equal (same name, same or no address) → number them.
  const again = new Map<string, number>();
  for (const p of out) again.set(p.label, (again.get(p.label) ?? 0) + 1);
  return out.map((p) => {
    if ((again.get(p.label) ?? 0) < 2) return p;
    const n = (seen.get(p.label) ?? 0) + 1;
    seen.set(p.label, n);
    return { ...p, label: `${p.label} (${n})` };
  });
}

export interface TownGroup<P extends MapPlace = MapPlace> {
  town: string;
  townName: string;
  places: P[];
}

/** Groups places by town (towns in German alphabetical order, places sorted by name). */
export function groupByTown<P extends MapPlace>(places: readonly P[]): TownGroup<P>[] {
  const groups = new Map<string, TownGroup<P>>();
  for (const p of sortPlaces(places)) {
    let g = groups.get(p.town);
    if (!g) {
      g = { town: p.town, townName: p.townName, places: [] };
      groups.set(p.town, g);
    }
    g.places.push(p);
  }
  return [...groups.values()];
}

/** The distinct kinds among the places, sorted by label: [{ id, label, count }]. */
export function kindsOf(places: readonly MapPlace[]): { id: string; label: string; count: number }[] {
  const m = new Map<string, { id: string; label: string; count: number }>();
  for (const p of places) {
    const k = m.get(p.kind) ?? { id: p.kind, label: p.kindLabel, count: 0 };
    k.count += 1;
    m.set(p.kind, k);
  }
  return [...m.values()].sort((a, b) => collator.compare(a.label, b.label));
}

/** German count: 1 → "1 Anlaufstelle", 12 → "12 Anlaufstellen". */
export function countLabel(n: number, one = 'Anlaufstelle', many = 'Anlaufstellen'): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? one : many}`;
}

/** Places indexed once by id (with their position in the list) and by town. */
export interface PlaceIndex<P extends MapPlace = MapPlace> {
  byId: Map<string, { place: P; at: number }>;
  byTown: Map<string, P[]>;
}

/** Index a list of places; groups keep the order of the list. */
export function indexPlaces<P extends MapPlace>(places: readonly P[]): PlaceIndex<P> {
  const byId = new Map<string, { place: P; at: number }>();
  const byTown = new Map<string, P[]>();
  places.forEach((place, at) => {
    if (!byId.has(place.id)) byId.set(place.id, { place, at });
    const list = byTown.get(place.town);
    if (list) list.push(place);
    else byTown.set(place.town, [place]);
  });
  return { byId, byTown };
}

/**
 * The indexed places with one of the given ids, in the order of the indexed
 * list — the same as `places.filter((p) => ids.includes(p.id))` for a list with
 * unique ids, without scanning the list.
 */
export function placesWithIds<P extends MapPlace>(index: PlaceIndex<P>, ids: Iterable<string>): P[] {
  const hits: { place: P; at: number }[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const hit = index.byId.get(id);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.place);
}

/** The indexed places of a town, in list order (a new array). */
export function placesInTown<P extends MapPlace>(index: PlaceIndex<P>, town: string): P[] {
  return [...(index.byTown.get(town) ?? [])];
}
