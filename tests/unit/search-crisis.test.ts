import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crisisTerm } from '../../src/schemas/vocabulary.ts';
import { crisisLines, foldText, matchCrisis, stemWord } from '../../src/lib/search/crisis.ts';

const terms = (parse(readFileSync('content/vocabularies/crisis.yaml', 'utf8')) as unknown[]).map((t) => crisisTerm.parse(t));
const ids = (q: string) => matchCrisis(q, terms).map((t) => t.id);

describe('crisis words', () => {
  it('folds case, umlauts and ß', () => {
    expect(foldText('Mein VATER schlägt MICH')).toBe('mein vater schlagt mich');
    expect(foldText('schlaegt')).toBe(foldText('schlägt'));
    expect(foldText('Straße')).toBe('strasse');
  });
  it('reduces word forms to one stem', () => {
    expect(stemWord('schlagt')).toBe('schlag');
    expect(stemWord('schlagen')).toBe('schlag');
    expect(stemWord('mich')).toBe('mich');
  });
  it.each([
    ['mein vater schlägt mich', 'gewalt-zuhause'],
    ['Mein Vater schlaegt mich', 'gewalt-zuhause'],
    ['meine eltern schlagen mich', 'gewalt-zuhause'],
    ['geschlagen', 'gewalt-zuhause'],
    ['Gewalt zuhause', 'gewalt-zuhause'],
    ['ich will nicht mehr leben', 'suizid'],
    ['Suizidgedanken', 'suizid'],
    ['selbstmord', 'suizid'],
    ['ich ritze mich', 'suizid'],
    ['Angst vor meinem Mann', 'gewalt-partner'],
    ['mein mann schlägt mich', 'gewalt-partner'],
    ['sexueller Missbrauch', 'missbrauch'],
    ['Kind in Gefahr', 'kind-in-gefahr'],
    ['ich kann nicht mehr baby', 'eltern-am-ende'],
    ['ungewollt schwanger', 'schwanger-in-not'],
    ['Kind hohes Fieber nachts', 'kind-krank-nachts'],
  ])('"%s" calls for %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });
  it.each(['Erziehungsberatung Lünen', 'Hebamme', 'Kita Selm', 'Schule', 'Familienzentrum', 'Mutter Kind Kur'])('"%s" is no crisis', (q) => {
    expect(ids(q)).toEqual([]);
  });
  it('lists each line once, most urgent first', () => {
    const lines = crisisLines(matchCrisis('mein mann schlägt mich', terms));
    expect(lines[0]).toBe('polizei-notruf-110');
    expect(new Set(lines).size).toBe(lines.length);
  });
  it('every line is a hotline offer with a phone number or a page of its own', () => {
    const offers = new Set(readdirSync('content/offers').map((f) => f.replace(/\.mdx?$/, '')));
    for (const t of terms) for (const l of t.lines) expect(offers.has(l), `${t.id}: ${l}`).toBe(true);
  });
});
