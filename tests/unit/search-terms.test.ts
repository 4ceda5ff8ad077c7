import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { matchTerms, normaliseForMatch, type GlossaryTerm } from '../../src/lib/search/terms.ts';

function load(file: string, vocabulary: string): GlossaryTerm[] {
  const raw = parse(readFileSync(resolve(import.meta.dirname, '../../content/vocabularies', file), 'utf8')) as {
    id: string;
    label: string;
    description: string;
    synonyms?: string[];
  }[];
  return raw.map((t) => ({ vocabulary, id: t.id, label: t.label, description: t.description, synonyms: t.synonyms ?? [] }));
}

const glossary = [...load('topics.yaml', 'topics'), ...load('life-phases.yaml', 'lifePhases'), ...load('audiences.yaml', 'audiences'), ...load('access-modes.yaml', 'accessModes')];

describe('vocabulary term matching (real vocabularies)', () => {
  it('normalises § and punctuation', () => {
    expect(normaliseForMatch('§8a,  SGB VIII')).toBe('§ 8a sgb viii');
  });

  it('explains "Frühe Hilfen" and "§ 8a"', () => {
    expect(matchTerms('Frühe Hilfen', glossary)[0]?.id).toBe('fruehe-hilfen');
    expect(matchTerms('§8a', glossary)[0]?.id).toBe('kinderschutz');
    expect(matchTerms('Beratung nach § 8a SGB VIII', glossary)[0]?.id).toBe('kinderschutz');
  });

  it('finds terms inside longer queries and by synonym', () => {
    expect(matchTerms('alleinerziehend Unna', glossary).map((t) => t.id)).toEqual(['alleinerziehende']);
    expect(matchTerms('Schulden', glossary)[0]?.id).toBe('geld-leistungen');
  });

  it('matches whole words only and ignores unrelated queries', () => {
    expect(matchTerms('Kitagebühren', glossary).map((t) => t.id)).not.toContain('kinderbetreuung');
    expect(matchTerms('Zahnarzt Bergkamen xyz', glossary)).toEqual([]);
    expect(matchTerms('', glossary)).toEqual([]);
  });

  it('ignores incidental matches in longer queries', () => {
    expect(matchTerms('Nummer gegen Kummer', glossary)).toEqual([]);
    expect(matchTerms('Kummer', glossary)[0]?.id).toBe('krise-seele');
    expect(matchTerms('Kinderschutz Holzwickede', glossary)[0]?.id).toBe('kinderschutz');
  });

  it('returns at most two distinct terms', () => {
    const hits = matchTerms('Kita Hebamme Schulden anonym', glossary);
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(new Set(hits.map((t) => t.id)).size).toBe(hits.length);
  });
});
