/** The order of a loaded directory: entries by title (German collation), terms as listed or by `order`. */
import { collator } from '../format.ts';
import { entryTitle } from './relations.ts';

/** Entries sorted by title, indexed by slug. */
export function sortedMap<T extends { id: string; data: unknown }>(items: readonly T[]): Map<string, T> {
  const sorted = [...items].sort((a, b) => collator.compare(entryTitle(a) || a.id, entryTitle(b) || b.id));
  return new Map(sorted.map((e) => [e.id, e]));
}

/** Items indexed by slug, in the given order. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((e) => [e.id, e]));
}

/** Terms with an `order` field (life phases, crisis situations), lowest first. */
export const byOrder = <T extends { data: { order: number } }>(items: T[]): T[] => items.sort((a, b) => a.data.order - b.data.order);
