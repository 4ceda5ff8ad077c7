/**
 * Map places for the map components: see src/lib/map/directory.ts. The two
 * async helpers load the directory themselves; they remain for the entry
 * pages' maps (ContactMap, OfferMap) until those pages pass places in.
 */
import { loadDirectory } from '../../lib/entries.ts';
import { placesOfContact, placesOfOffer } from '../../lib/map/directory.ts';
import type { MapPlace } from '../../lib/map/places.ts';

export { contactPlacesOf, placesOfContact, placesOfOffer, placesOfTown, placesWithoutGeo } from '../../lib/map/directory.ts';

/** One contact point, from the site's directory. */
export async function contactPlaces(contact: string): Promise<MapPlace[]> {
  return placesOfContact(await loadDirectory(), contact);
}

/** An offer's places, from the site's directory. */
export async function offerPlaces(offer: { contacts?: readonly string[]; area: string; towns?: readonly string[] }): Promise<MapPlace[]> {
  return placesOfOffer(await loadDirectory(), offer);
}
