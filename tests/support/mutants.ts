/**
 * Random and mutated entries for property tests (fast-check, seeded): the
 * valid fixture entries of tests/fixtures/content with nasty tokens inserted
 * at random places, lines duplicated or dropped, or replaced by random bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../src/schemas/index.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/content');

export interface Seed {
  collection: EntryCollection;
  name: string;
  text: string;
}

/** Every fixture entry, as the starting point for mutations. */
export const SEEDS: Seed[] = (Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]).flatMap((collection) => {
  const dir = join(FIXTURES, ENTRY_COLLECTIONS[collection].folder);
  return readdirSync(dir).map((name) => ({ collection, name, text: readFileSync(join(dir, name), 'utf8') }));
});

/** Tokens that broke or fooled readers before, or could. */
export const NASTY = [
  '!Neu ', '!!binary ', '&a ', '*a', '<<: *a', '{', '}', '{1+1}', '<br>', '<br />', '</script>', '<script>x</script>', '```a`b\n', '```\n', '    ```\n',
  'export const x = 1\n', 'import x from "y"\n', '\u0000', '\uFEFF', '\u2028', '\u200B', '---\n', ': ', '- ', '"', "'", '\t', '\\', '#', '# ', '|', '>',
  'javascript:', 'java&#115;cript:', '[x](javascript:alert(1))', '[x]: javascript:y\n', '![i](https://e.example/x.png)', '<Hinweis>', '</Hinweis>',
  '<Telefon nummer="0800 111 0 550" />', '<Telefon nummer={1} />', '<Karte />', '<img src=x onerror=alert(1)>', 'ä', '2025-02-30', 'yes', '~', 'null', '[', ']', '\n', '\r\n',
];

export type Mutation = { kind: 'insert'; at: number; token: string } | { kind: 'dropLine'; line: number } | { kind: 'dupLine'; line: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropLine' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dupLine' as const), line: fc.nat() }) },
);

export function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    if (m.kind === 'insert') {
      const at = m.at % (out.length + 1);
      out = out.slice(0, at) + m.token + out.slice(at);
    } else {
      const lines = out.split('\n');
      const i = m.line % lines.length;
      if (m.kind === 'dropLine') lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]!);
      out = lines.join('\n');
    }
  }
  return out;
}

/** A mutated fixture entry: which seed, and the new text. */
export const mutantArb = fc.record({ seed: fc.constantFrom(...SEEDS), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }) }).map(({ seed, mutations }) => ({ seed, text: mutate(seed.text, mutations) }));
