/**
 * Reference integrity, pure: where a reference path points, the one German
 * message for a reference that does not resolve, and look-ups that throw it.
 * A broken reference names the entry, the field and the missing slug, so no
 * page is ever built with a broken link.
 */
import { ENTRY_COLLECTIONS, REFERENCES, VOCABULARIES } from '../../schemas/index.ts';
import type { CollectionName, EntryCollection, VocabularyName } from '../../schemas/index.ts';
import type { Directory, DirectoryItem, RefOrigin } from './types.ts';

/** Human-readable place of a collection's files. */
export function collectionLocation(name: CollectionName): string {
  if (name in ENTRY_COLLECTIONS) return `content/${ENTRY_COLLECTIONS[name as EntryCollection].folder}/`;
  return `content/vocabularies/${VOCABULARIES[name as VocabularyName]}`;
}

/** The German error for a reference that does not resolve. */
export function brokenReferenceMessage(target: CollectionName, slug: string, from?: RefOrigin): string {
  const where = from
    ? `Der Eintrag „${from.id}“ (${collectionLocation(from.collection)}) verweist im Feld „${from.field}“ auf „${slug}“`
    : `Der Verweis auf „${slug}“ lässt sich nicht auflösen`;
  const what =
    target in ENTRY_COLLECTIONS
      ? `in ${collectionLocation(target)} gibt es keine Datei „${slug}.md“`
      : `in ${collectionLocation(target)} gibt es keinen Begriff mit der id „${slug}“`;
  return `${where}, aber ${what}. Bitte den Kurznamen prüfen.`;
}

/** Look `slug` up in `index`; throws the German broken-reference error when it is missing. */
export function resolveIn<T>(index: ReadonlyMap<string, T>, target: CollectionName, slug: string, from?: RefOrigin): T {
  const hit = index.get(slug);
  if (hit === undefined) throw new Error(brokenReferenceMessage(target, slug, from));
  return hit;
}

/** Every value found at a REFERENCES path such as "members[].organisation" or "source[].document". */
export function valuesAt(data: unknown, path: string): string[] {
  let current: unknown[] = [data];
  for (const part of path.split('.')) {
    const isList = part.endsWith('[]');
    const key = isList ? part.slice(0, -2) : part;
    const next: unknown[] = [];
    for (const item of current) {
      if (item === null || typeof item !== 'object') continue;
      const value = (item as Record<string, unknown>)[key];
      if (value === undefined || value === null) continue;
      if (isList) {
        if (Array.isArray(value)) next.push(...value);
      } else next.push(value);
    }
    current = next;
  }
  return current.filter((v): v is string => typeof v === 'string');
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
      for (const field of fields) {
        for (const slug of valuesAt(entry.data, field.path)) {
          if (!exists(field.target, slug)) {
            problems.push(brokenReferenceMessage(field.target, slug, { collection, id: entry.id, field: field.path.replace(/\[\]/g, '') }));
          }
        }
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
