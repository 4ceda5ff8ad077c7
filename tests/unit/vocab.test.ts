import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { parseVocabulary } from '../../src/lib/content-loader.ts';
import { HOTLINE_GROUPS, VOCABULARIES, VOCABULARY_SCHEMAS, type VocabularyName } from '../../src/schemas/index.ts';
import { topicTerm } from '../../src/schemas/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const read = <V extends VocabularyName>(name: V) =>
  parseVocabulary(readFileSync(join(root, 'content/vocabularies', VOCABULARIES[name]), 'utf8')).map((t) => VOCABULARY_SCHEMAS[name].parse(t));

describe('behaviour of vocabulary terms lives in the vocabulary files', () => {
  it('marks the public offices among the contact kinds', () => {
    const offices = read('contactKinds').filter((k) => 'office' in k && k.office).map((k) => k.id);
    expect(offices.sort()).toEqual(['familienbuero', 'jobcenter', 'jugendamt', 'verwaltung']);
  });

  it('names emergency and quick-help topics', () => {
    const topics = parseVocabulary(readFileSync(join(root, 'content/vocabularies/topics.yaml'), 'utf8')).map((t) => topicTerm.parse(t));
    expect(topics.filter((t) => t.emergency).map((t) => t.id)).toEqual(['notfall']);
    expect(topics.filter((t) => t.quickHelp).map((t) => t.id).sort()).toEqual(['krise-seele', 'notfall']);
  });

  it('gives every hotline group but the fallback a topic or audience', () => {
    const named = new Set([...read('topics'), ...read('audiences')].map((t) => ('hotlineGroup' in t ? t.hotlineGroup : undefined)));
    expect(HOTLINE_GROUPS.filter((g) => !named.has(g))).toEqual(['krise']);
  });

  describe('in the checker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });

    it('refuses an unknown hotline group in German, at its line', () => {
      const file = join(dir, 'content/vocabularies/audiences.yaml');
      const text = readFileSync(file, 'utf8').replace('hotlineGroup: eltern', 'hotlineGroup: familie');
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes('hotlineGroup: familie')) + 1;
      const errors = runCheck({ root: dir, siteRoot: root }).problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'content/vocabularies/audiences.yaml', line, field: '[0].hotlineGroup' });
      expect(errors[0]?.message).toContain('"hotlineGroup" muss eine dieser Gruppen sein');
    });
  });
});
