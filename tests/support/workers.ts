/**
 * A queue of items worked off by a few workers at a time, each with its own resource (a browser
 * tab, a context…): the browser sweeps load pages side by side this way, one worker per core.
 */
import { availableParallelism } from 'node:os';

/** Workers at a time for browser sweeps: one per core, at least two (more only queue on the CPU; measured on two cores). */
export const TABS = Math.max(2, Math.min(4, availableParallelism()));

/**
 * Runs `each` over `items` with at most `workers` at a time. Each worker opens its resource once
 * (`open`), works items off the shared queue in order and closes it at the end, also after an error.
 * Resolves when every item is done; rejects with the first error.
 */
export async function workOff<T, R>(
  items: readonly T[],
  { workers = TABS, open, close }: { workers?: number; open: () => Promise<R>; close?: (resource: R) => Promise<void> },
  each: (resource: R, item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, async () => {
      const resource = await open();
      try {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) await each(resource, item);
      } finally {
        await close?.(resource);
      }
    }),
  );
}
