/**
 * Reference integrity, pure: where a reference path points, the one German
 * message for a reference that does not resolve, and look-ups that throw it.
 * A broken reference names the entry, the field and the missing slug, so no
 * page is ever built with a broken link.
 */
import { ENTRY_COLLECTIONS, REFERENCES } from '../../schemas/index.ts';
import type { CollectionName, EntryCollection } from '../../schemas/index.ts';
import { checkReferences, collectionLocation, danglingReferenceMessage, referenceValues } from '../check/references.ts';
import { formatPath } from '../check/messages.ts';
import type { Directory, DirectoryItem, RefOrigin } from './types.ts';

export { collectionLocation } from '../check/references.ts';

/** The German error for a reference that does not resolve: the checker's message, after the file and field it comes from. */
export function brokenReferenceMessage(target: CollectionName, slug: string, from?: RefOrigin): string {
  const where = from ? `${collectionLocation(from.collection)}${from.collection in ENTRY_COLLECTIONS ? `${from.id}.md` : ` (${from.id})`}, Feld „${from.field}“: ` : '';
  return `${where}${danglingReferenceMessage(target, slug)}`;
}

/** Look `slug` up in `index`; throws the German broken-reference error when it is missing. */
export function resolveIn<T>(index: ReadonlyMap<string, T>, target: CollectionName, slug: string, from?: RefOrigin): T {
  const hit = index.get(slug);
  if (hit === undefined) throw new Error(brokenReferenceMessage(target, slug, from));
  return hit;
}

/** Every value found at a REFERENCES path such as "members[].organisation" or "source[].document" (the checker's walker). */
export function valuesAt(data: unknown, path: string): string[] {
  return referenceValues(data, path).map((v) => v.value);
}

/** A minimal view of entries for reference checking. */
export interface EntryLike {
  id: string;
  data: unknown;
}

/**
 * All broken references across the given entries, as German messages.
 * `exists(target, slug)` tells whether an entry or term exists.
 */
export function findBrokenReferences(
  entries: Partial<Record<EntryCollection, readonly EntryLike[]>>,
  exists: (target: CollectionName, slug: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const [collection, fields] of Object.entries(REFERENCES) as [EntryCollection, (typeof REFERENCES)[EntryCollection]][]) {
    for (const entry of entries[collection] ?? []) {
      for (const d of checkReferences(entry.data, fields, exists).dangling) {
        problems.push(brokenReferenceMessage(d.target, d.value, { collection, id: entry.id, field: formatPath(d.path) }));
      }
    }
  }
  return problems;
}

/** Every broken reference of a loaded directory. */
export function directoryProblems(dir: Directory): string[] {
  const entries: Partial<Record<EntryCollection, EntryLike[]>> = {};
  for (const name of Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]) entries[name] = [...dir[name].values()];
  return findBrokenReferences(entries, (target, slug) => dir[target].has(slug));
}

/** Look up one entry or term in a loaded directory; throws a German error naming the referring entry and field. */
export function ref<C extends keyof Directory>(dir: Directory, name: C, slug: string, from?: RefOrigin): DirectoryItem<C> {
  return resolveIn(dir[name] as ReadonlyMap<string, unknown>, name, slug, from) as DirectoryItem<C>;
}

/** The entry and field a page resolves references for: `from('towns')`. */
export function originOf(collection: CollectionName, id: string): (field: string) => RefOrigin {
  return (field) => ({ collection, id, field });
}
