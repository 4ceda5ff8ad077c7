/**
 * Small, pure helpers for building look-up indexes once per build instead of
 * filtering a whole collection on every page (which makes a build O(n²)).
 */

/**
 * Group items under every key `keysOf` returns. Items keep their input order
 * inside each group, and an item is listed at most once per key even when
 * `keysOf` returns the key twice — the same result as
 * `items.filter((i) => keysOf(i).includes(key))` for every key.
 */
export function groupByKeys<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string | undefined | null>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const key of keysOf(item)) {
      if (key === undefined || key === null || seen.has(key)) continue;
      seen.add(key);
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

/** A fresh copy of the group at `key` (empty when there is none), so callers may sort or change it. */
export function groupAt<T>(index: ReadonlyMap<string, readonly T[]>, key: string): T[] {
  return [...(index.get(key) ?? [])];
}

/**
 * Memoise `build(owner)` per owner object (e.g. per loaded directory): the
 * index is computed on the first call and reused afterwards, and dropped
 * together with its owner.
 */
export function memoPerObject<K extends object, V>(build: (owner: K) => V): (owner: K) => V {
  const cache = new WeakMap<K, V>();
  return (owner: K): V => {
    if (cache.has(owner)) return cache.get(owner) as V;
    const value = build(owner);
    cache.set(owner, value);
    return value;
  };
}
