/**
 * Property tests over the checker (fast-check, seeded and bounded):
 * - for mutated fixture entries (nasty tokens, dropped or doubled lines) and
 *   random bytes, the checker never throws and every problem names a file,
 *   a line and a column;
 * - every mutated entry it accepts is read by the build's loader to the same
 *   data, passes the schema, and its body compiles through the build's own
 *   Markdown/MDX pipeline (Sätteri with the guard and sanitizer plugins);
 *   `.mdx` frontmatter is also readable by @astrojs/mdx's own reader.
 * A small sample of accepted mutants goes through a real `astro build` in
 * tests/browser/csp-injection.test.ts.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { markdownToHtml, mdxToJs } from 'satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { runCheck, type CheckResult } from '../../src/lib/check/index.ts';
import { PARSER_FEATURES } from '../../src/lib/body/judge.ts';
import { bodyGuard, bodySanitizer } from '../../src/lib/body/plugins.ts';
import { entryInfo } from '../../src/lib/content-loader.ts';
import { ENTRY_COLLECTIONS } from '../../src/schemas/index.ts';
import { FIXTURES, mutantArb, SEEDS, type Seed } from '../support/mutants.ts';

const root = resolve(import.meta.dirname, '../..');
const today = new Date('2026-11-21T12:00:00Z');
/** Longer or other runs on demand: PROP_RUNS=500 PROP_SEED=7 npx vitest run tests/unit/check-properties.test.ts */
const RUNS = process.env.PROP_RUNS ? Number(process.env.PROP_RUNS) : undefined;
const SEED = process.env.PROP_SEED ? Number(process.env.PROP_SEED) : undefined;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bff-props-'));
  cpSync(FIXTURES, dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces the seed's file with `content`, checks the folder, restores the seed. */
function checkWith(seed: Seed, content: string | Uint8Array): { result: CheckResult; file: string } {
  const rel = `${ENTRY_COLLECTIONS[seed.collection].folder}/${seed.name}`;
  writeFileSync(join(dir, rel), content);
  try {
    return { result: runCheck({ root, contentDir: dir, today }), file: rel };
  } finally {
    writeFileSync(join(dir, rel), seed.text);
  }
}

function wellFormed(result: CheckResult): void {
  for (const p of result.problems) {
    expect(p.file.length).toBeGreaterThan(0);
    expect(Number.isInteger(p.line) && p.line >= 1, JSON.stringify(p)).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1, JSON.stringify(p)).toBe(true);
    expect(p.message.length).toBeGreaterThan(10);
  }
}

describe('the checker never crashes and always points at a line', () => {
  it('for mutated entries', () => {
    fc.assert(
      fc.property(mutantArb, ({ seed, text }) => {
        wellFormed(checkWith(seed, text).result);
      }),
      { seed: SEED ?? 4711, numRuns: RUNS ?? 40 },
    );
  });

  it('for random bytes and a huge file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(), (bytes, i) => {
        const seed = SEEDS[i % SEEDS.length]!;
        wellFormed(checkWith(seed, bytes).result);
      }),
      { seed: 815, numRuns: 15 },
    );
    const huge = checkWith(SEEDS[0]!, `---\ntitle: x\n---\n${'Text '.repeat(200_000)}`);
    expect(huge.result.problems.some((p) => p.code === 'file-size')).toBe(true);
  });
});

describe('what the checker accepts, the build reads and renders', () => {
  it('same data, valid schema, body compiles with the build plugins', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutantArb, ({ seed, text }) => {
        const { result, file } = checkWith(seed, text);
        if (result.problems.some((p) => p.severity === 'error' && p.file.endsWith(file))) return;
        accepted++;
        const checked = result.entries.find((e) => e.file.endsWith(file))!;
        const info = entryInfo(text, file);
        expect(info.data).toEqual(checked.parsed.data);
        const schema = ENTRY_COLLECTIONS[seed.collection].schema as unknown as z.ZodType;
        expect(schema.safeParse(info.data).success).toBe(true);
        if (seed.name.endsWith('.mdx')) {
          mdxToJs(info.body, { features: PARSER_FEATURES, mdastPlugins: [bodyGuard], hastPlugins: [bodySanitizer] });
          // @astrojs/mdx reads the frontmatter once more with its own reader.
          expect(() => JSON.stringify(parseFrontmatter(text).frontmatter)).not.toThrow();
        } else {
          markdownToHtml(info.body, { features: PARSER_FEATURES, mdastPlugins: [bodyGuard], hastPlugins: [bodySanitizer] });
        }
      }),
      { seed: SEED ?? 1234, numRuns: RUNS ?? 60 },
    );
    expect(accepted).toBeGreaterThan(5);
  });
});
