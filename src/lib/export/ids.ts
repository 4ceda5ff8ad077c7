/**
 * Stable identifiers for the open-data export: UUID version 5 (name-based,
 * SHA-1) over one fixed namespace and a name such as "offers/erziehungsberatung".
 * The same entry gets the same id in every build, on every machine, as long as
 * its slug stays the same. Never change the namespace: every published id
 * would change with it.
 */
import { v5 as uuidv5 } from 'uuid';

/** Namespace of all ids of this directory (a random v4 UUID, chosen once, fixed forever). */
export const ID_NAMESPACE = '5f0c2a57-3a2e-4d8b-9c61-7e4b1f0a9d23';

/** The id of an entry: `collection` is the content collection or vocabulary, `slug` its file name or term id. */
export function stableId(collection: string, slug: string): string {
  return uuidv5(`${collection}/${slug}`, ID_NAMESPACE);
}

/** The id of a part of an entry (a phone, a schedule line, an address), e.g. `partId(serviceId, 'phone', 0)`. */
export function partId(ownerId: string, part: string, index: number | string = 0): string {
  return uuidv5(`${ownerId}#${part}/${index}`, ID_NAMESPACE);
}
