/**
 * A queue of items worked off by a few workers at a time, each with its own resource (a browser
 * tab, a context…): the browser sweeps load pages side by side this way, one worker per core.
 */
import { availableParallelism } from 'node:os';

/** Workers at a time for browser sweeps: one per core, at least two (more only queue on the CPU; measured on two cores). */
export const TABS = Math.max(2, Math.min(4, availableParallelism()));

/**
 * Runs `each` over `items` with at most `workers` at a time. Each worker opens its resource once
 * (`open`), works items off the shared queue in order and closes it at the end. When an item
 * fails, the queue is emptied, the other workers finish the item they are on and close their
 * resources, and then the first error is thrown: nothing keeps running after a failed sweep.
 */
export async function workOff<T, R>(
  items: readonly T[],
  { workers = TABS, open, close }: { workers?: number; open: () => Promise<R>; close?: (resource: R) => Promise<void> },
  each: (resource: R, item: T) => Promise<void>,
): Promise<void> {
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workOff: workers must be a whole number ≥ 1, not ${workers}`);
  const queue = [...items];
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(workers, queue.length) }, async () => {
      const resource = await open();
      try {
        while (queue.length > 0) await each(resource, queue.shift() as T);
      } catch (error) {
        queue.length = 0;
        throw error;
      } finally {
        await close?.(resource);
      }
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
