/**
 * The editor templates stay in step with the schemas, and a scaffolded entry
 * passes the checker once its required fields are filled.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../src/schemas/index.ts';
import { knownKeysAt } from '../../src/lib/check/messages.ts';
import { runCheck } from '../../src/lib/check/index.ts';
import { scaffold } from '../../scripts/new-entry.ts';

const root = resolve(import.meta.dirname, '../..');

/** Top-level keys of a template, whether active or commented out ("# key:"). */
function templateKeys(text: string): Set<string> {
  const front = text.split('\n---')[0]!;
  const keys = new Set<string>();
  for (const line of front.split('\n')) {
    const m = /^(?:# )?([a-zA-Z]+):/.exec(line);
    if (m) keys.add(m[1]!);
  }
  return keys;
}

describe('templates', () => {
  it.each(Object.keys(ENTRY_COLLECTIONS))('%s: every field of the schema is present and explained', (collection) => {
    const text = readFileSync(join(root, 'templates', `${collection}.md`), 'utf8');
    const keys = templateKeys(text);
    for (const key of knownKeysAt(ENTRY_COLLECTIONS[collection as EntryCollection].schema, [])) {
      expect(keys, `Feld "${key}" fehlt in templates/${collection}.md`).toContain(key);
    }
  });

  it('scaffolds an offer that passes the check once filled (round trip)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bff-new-'));
    try {
      cpSync(join(root, 'tests/fixtures/content'), join(dir, 'content'), { recursive: true });
      cpSync(join(root, 'templates'), join(dir, 'templates'), { recursive: true });
      const created = scaffold(dir, 'offers', 'elterncafe-unna', new Date('2026-11-21'));
      expect(created).toBe('content/offers/elterncafe-unna.md');
      expect(() => scaffold(dir, 'offers', 'elterncafe-unna')).toThrow(/gibt es schon/);
      expect(() => scaffold(dir, 'angebote', 'x')).toThrow(/Unbekannte Sammlung/);
      expect(() => scaffold(dir, 'offers', 'Elterncafé')).toThrow(/kein gültiger Kurzname/);

      const file = join(dir, created);
      const unfilled = runCheck({ root: dir, today: new Date('2026-11-21') });
      expect(unfilled.problems.filter((p) => p.file === created && p.severity === 'error').length).toBeGreaterThan(0);

      const filled = readFileSync(file, 'utf8')
        .replace('title: ""', 'title: Elterncafé')
        .replace('summary: ""', 'summary: Eltern treffen sich.')
        .replace('organisation: ""', 'organisation: stadt-unna')
        .replace('towns: []', 'towns: [unna]')
        .replace('topics: []', 'topics: [fruehe-hilfen]')
        .replace('document: ""', 'document: beispielquelle')
        .replace('section: ""', 'section: "7"');
      writeFileSync(file, filled);
      const result = runCheck({ root: dir, today: new Date('2026-11-21') });
      expect(result.problems.filter((p) => p.file === created)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
