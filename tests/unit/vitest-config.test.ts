/**
 * The unit project shares one module graph between its files (isolate: false); a file that
 * replaces modules or the environment would leak into the others, so it must be listed in
 * ISOLATED_UNIT_TESTS (vitest.config.ts) and run in its own graph.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_UNIT_TESTS } from '../../vitest.config.ts';

const MOCKS = /\bvi\s*\.\s*(mock|doMock|unmock|stubEnv|stubGlobal|resetModules)\s*\(/;

describe('vitest config', () => {
  it('runs every unit test file that mocks modules or the environment isolated', () => {
    const files = ['tests/unit', 'tests/search'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f)));
    const mocking = files.filter((f) => MOCKS.test(readFileSync(f, 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((f) => !ISOLATED_UNIT_TESTS.includes(f))).toEqual([]);
  });

  it('lists only files that exist and mock', () => {
    expect(ISOLATED_UNIT_TESTS.filter((f) => !MOCKS.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
