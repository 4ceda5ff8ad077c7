/**
 * The checker reads every file with the parser the build uses
 * (src/lib/check/frontmatter.ts, also behind src/lib/content-loader.ts) and
 * never crashes: YAML tags, alias bombs, binary and non-UTF-8 files each get
 * one German message with file and line, and the other files' results are kept.
 * A byte order mark is accepted (as Astro does).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckResult } from '../../src/lib/check/index.ts';
import { entryInfo, parseVocabulary } from '../../src/lib/content-loader.ts';

const root = resolve(import.meta.dirname, '../..');
const today = new Date('2026-11-21T12:00:00Z');

describe('YAML and file attacks', () => {
  let dir: string;
  let result: CheckResult;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bff-yaml-'));
    cpSync(join(root, 'tests/fixtures/content'), dir, { recursive: true });
    cpSync(join(root, 'tests/fixtures/attacks/yaml'), join(dir, 'offers'), { recursive: true });
    result = runCheck({ root, contentDir: dir, today });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['yaml-tag.md', 2, 'Typ-Angaben mit "!" (hier !Neu)'],
    ['alias-bomb.md', 3, 'Anker mit "&"'],
    ['alias-bomb.md', 4, 'Verweise mit "*"'],
    ['binary.md', 4, 'Binärdaten'],
    ['latin1.md', 2, 'nicht in UTF-8'],
  ])('%s: line %i says %s', (file, line, message) => {
    const hit = result.problems.find((p) => p.file.endsWith(`offers/${file}`) && p.line === line && p.message.includes(message));
    expect(hit, JSON.stringify(result.problems.filter((p) => p.file.endsWith(file)))).toBeDefined();
  });

  it('accepts a byte order mark and keeps every other result', () => {
    expect(result.problems.filter((p) => p.file.endsWith('offers/bom.md'))).toEqual([]);
    expect(result.problems.filter((p) => !/alias-bomb|yaml-tag|binary|latin1/.test(p.file))).toEqual([]);
    expect(result.counts.offers).toBeGreaterThanOrEqual(6);
  });

  it('the build reads the same way: refuses a tag with the line, accepts "yes" as text', () => {
    expect(() => entryInfo('---\ntitle: !Neu x\n---\n', 'x.md')).toThrow(/x\.md:2:\d+ YAML-Fehler: Typ-Angaben/);
    expect(entryInfo('---\ntitle: yes\nn: 010\n---\nText\n', 'x.md').data).toEqual({ title: 'yes', n: 10 });
    expect(parseVocabulary('\uFEFF- id: a\n  label: A\n')).toEqual([{ id: 'a', label: 'A' }]);
  });
});
