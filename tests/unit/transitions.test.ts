import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRANSITIONS, parseTransitions, transitionsOf } from '../../src/lib/chain/transitions.ts';
import { runCheck } from '../../src/lib/check/index.ts';
import { parseVocabulary } from '../../src/lib/content-loader.ts';

const root = resolve(import.meta.dirname, '../..');
const FILE = 'content/chain/transitions.yaml';

describe('prevention-chain transitions (content/chain/transitions.yaml)', () => {
  const phases = parseVocabulary(readFileSync(join(root, 'content/vocabularies/life-phases.yaml'), 'utf8'))
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map((p) => String(p.id));

  it('lead along the chain: each starts where the one before ended', () => {
    expect(TRANSITIONS.length).toBe(phases.length);
    expect(TRANSITIONS[0]?.from).toBeUndefined();
    TRANSITIONS.forEach((t, i) => {
      expect(t.to).toBe(phases[i]);
      if (i > 0) expect(t.from).toBe(phases[i - 1]);
    });
    expect(transitionsOf('kita-zeit')).toMatchObject({ into: { id: 'kleinkind-kita' }, out: { id: 'kita-grundschule' } });
    expect(transitionsOf('schwangerschaft').into?.from).toBeUndefined();
  });

  it('cites a source for every helper', () => {
    for (const t of TRANSITIONS) for (const h of t.helpers) expect(h.source.section.length).toBeGreaterThan(0);
  });

  it('refuses content the checker would refuse (unknown field)', () => {
    expect(() => parseTransitions('- id: x\n  to: jugend\n  title: T\n  helper: []\n')).toThrow();
  });

  describe('in the checker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'transitions-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });

    it('reports a slug without an entry as an error with file and line, never drops it', () => {
      const file = join(dir, FILE);
      const text = readFileSync(file, 'utf8').replace('networks: [ak-fruehe-hilfen-selm]', 'networks: [netzwerk-fruehe-hilfen-selm]');
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes('netzwerk-fruehe-hilfen-selm')) + 1;
      const result = runCheck({ root: dir, siteRoot: root });
      const dangling = result.problems.filter((p) => p.code === 'dangling-reference');
      expect(dangling).toHaveLength(1);
      expect(dangling[0]).toMatchObject({ file: FILE, line, severity: 'error', field: '[0].helpers[0].networks[0]' });
      expect(dangling[0]?.message).toBe('Verweis auf "netzwerk-fruehe-hilfen-selm" ins Leere. Es gibt keine Datei content/networks/netzwerk-fruehe-hilfen-selm.md. Bitte den Kurznamen prüfen.');
    });
  });
});
