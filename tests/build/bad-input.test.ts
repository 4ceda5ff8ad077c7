/**
 * Bad input stops the real build: `astro build` over a content folder with
 * one broken entry exits non-zero and names the file and the field, before a
 * single page is written. Every mistake is listed in the same run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('an invalid entry stops the build', () => {
  let content: string;
  let outDir: string;
  let output: string;
  let status: number | null;

  beforeAll(() => {
    content = mkdtempSync(join(tmpdir(), 'bff-bad-'));
    outDir = mkdtempSync(join(tmpdir(), 'bff-bad-dist-'));
    cpSync(join(root, 'tests/fixtures/content'), content, { recursive: true });
    writeFileSync(
      join(content, 'contacts/kaputt.md'),
      [
        '---',
        'name: Kaputte Anlaufstelle',
        'kind: jugendamt',
        'organisation: stadt-unna',
        'town: gibt-es-nicht',
        'summary: Enthält vier typische Fehler.',
        'phones:',
        '  - number: "69 0"',
        'telefon: "0231 1234567"',
        'source:',
        '  - document: beispielquelle',
        '    section: "3"',
        'reviewed: "2025-02-30"',
        '---',
        '',
      ].join('\n'),
    );
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, CONTENT_ROOT: content, WEGWEISER_PDF: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    output = `${run.stdout}\n${run.stderr}`;
    status = run.status;
  });
  afterAll(() => {
    rmSync(content, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it('exits non-zero and writes no page', () => {
    expect(status).not.toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('names file, line and field of every mistake in one run', () => {
    expect(output).toMatch(/contacts\/kaputt\.md:5:\d+ town: Verweis auf "gibt-es-nicht" ins Leere/);
    expect(output).toMatch(/contacts\/kaputt\.md:8:\d+ phones\[0\]\.number: "69 0" ist keine gültige Telefonnummer/);
    expect(output).toMatch(/contacts\/kaputt\.md:9:\d+ telefon: Unbekanntes Feld "telefon"/);
    expect(output).toMatch(/contacts\/kaputt\.md:13:\d+ reviewed: "2025-02-30" ist kein gültiges Datum/);
  });
});
