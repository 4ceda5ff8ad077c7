/**
 * Reference integrity, once: the one walker that finds the values at a
 * reference path ("members[].organisation") and the one German message for a
 * slug that resolves to nothing. The checker (file:line), the build's
 * directory loader and the editor use it.
 */
import { ENTRY_COLLECTIONS, LIST_FILES, VOCABULARIES, type CollectionName, type EntryCollection, type ListFileName, type ReferenceField, type VocabularyName } from '../../schemas/index.ts';

/** Every string at `path` in `data`, with the path that leads to it (for positions in the file). */
export function referenceValues(data: unknown, path: string): { value: string; path: PropertyKey[] }[] {
  let current: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  for (const segment of path.split('.')) {
    const isList = segment.endsWith('[]');
    const key = isList ? segment.slice(0, -2) : segment;
    const next: typeof current = [];
    for (const c of current) {
      if (c.value === null || typeof c.value !== 'object') continue;
      const v: unknown = (c.value as Record<string, unknown>)[key];
      if (v === undefined || v === null) continue;
      if (!isList) next.push({ value: v, path: [...c.path, key] });
      else if (Array.isArray(v)) v.forEach((item: unknown, i) => next.push({ value: item, path: [...c.path, key, i] }));
    }
    current = next;
  }
  return current.filter((c): c is { value: string; path: PropertyKey[] } => typeof c.value === 'string');
}

/** Where the entries or terms of a collection live, e.g. "content/offers/" or "content/vocabularies/topics.yaml". */
export function collectionLocation(name: CollectionName | ListFileName): string {
  if (name in ENTRY_COLLECTIONS) return `content/${ENTRY_COLLECTIONS[name as EntryCollection].folder}/`;
  if (name in LIST_FILES) return `content/${LIST_FILES[name as ListFileName].file}`;
  return `content/vocabularies/${VOCABULARIES[name as VocabularyName]}`;
}

/** The German message for a slug that resolves to nothing. */
export function danglingReferenceMessage(target: CollectionName, value: string): string {
  const what = target in ENTRY_COLLECTIONS ? `Es gibt keine Datei ${collectionLocation(target)}${value}.md` : `Der Begriff "${value}" steht nicht in ${collectionLocation(target)}`;
  return `Verweis auf "${value}" ins Leere. ${what}. Bitte den Kurznamen prüfen.`;
}

/** A reference of one item that resolves to nothing. */
export interface DanglingReference {
  value: string;
  /** Path of the value in the item, e.g. ["members", 0, "organisation"]. */
  path: PropertyKey[];
  target: CollectionName;
  message: string;
}

/** Checks one item's references; `exists(target, slug)` says whether the entry or term exists. Returns the count checked and the dangling ones. */
export function checkReferences(
  data: unknown,
  fields: readonly ReferenceField[],
  exists: (target: CollectionName, slug: string) => boolean,
): { checked: number; dangling: DanglingReference[] } {
  let checked = 0;
  const dangling: DanglingReference[] = [];
  for (const field of fields) {
    for (const { value, path } of referenceValues(data, field.path)) {
      checked++;
      if (!exists(field.target, value)) dangling.push({ value, path, target: field.target, message: danglingReferenceMessage(field.target, value) });
    }
  }
  return { checked, dangling };
}
