import { describe, expect, it } from 'vitest';
import { workOff } from '../support/workers.ts';

describe('workOff (the browser sweeps’ work queue)', () => {
  it('works every item once, at most `workers` at a time, each worker with its own resource, closed at the end', async () => {
    const seen: number[] = [];
    const opened: number[] = [];
    const closed: number[] = [];
    let running = 0;
    let most = 0;
    await workOff(
      [1, 2, 3, 4, 5, 0],
      { workers: 2, open: async () => opened.push(opened.length) - 1, close: async (id) => void closed.push(id) },
      async (_, item) => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 1));
        seen.push(item);
        running--;
      },
    );
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(opened).toEqual([0, 1]);
    expect(closed.sort()).toEqual([0, 1]);
  });

  it('after a failure takes no further item, closes every resource, then throws the first error', async () => {
    const seen: number[] = [];
    let closed = 0;
    const run = workOff([1, 2, 3, 4, 5, 6], { workers: 2, open: async () => undefined, close: async () => void closed++ }, async (_, item) => {
      seen.push(item);
      if (item === 2) throw new Error('item 2');
      await new Promise((r) => setTimeout(r, 5));
    });
    await expect(run).rejects.toThrow('item 2');
    expect(closed).toBe(2);
    expect(seen.sort()).toEqual([1, 2]);
  });

  it('refuses zero or a fraction of a worker instead of silently doing nothing', async () => {
    await expect(workOff([1], { workers: 0, open: async () => undefined }, async () => undefined)).rejects.toThrow(/workers/);
    await expect(workOff([1], { workers: Number.NaN, open: async () => undefined }, async () => undefined)).rejects.toThrow(/workers/);
  });
});
