import { describe, expect, it } from 'vitest';
import { facetsFor, inlineAttr, keywordsFor, resultMeta, servedTowns, townWords, townsLabel, type SearchableEntry, type TermInfo, type Vocabularies } from '../../src/lib/search/facets.ts';
import { fromContact, fromPractice, offerPhone } from '../../src/lib/search/from-content.ts';

const towns = [
  { id: 'kreis-unna', name: 'Kreis Unna', kind: 'kreis' as const },
  { id: 'selm', name: 'Selm', kind: 'stadt' as const },
  { id: 'unna', name: 'Unna', kind: 'stadt' as const },
  { id: 'holzwickede', name: 'Holzwickede', kind: 'gemeinde' as const },
];

const map = (...terms: TermInfo[]) => new Map(terms.map((t) => [t.id, t]));
const vocab: Vocabularies = {
  topics: map({ id: 'kinderbetreuung', label: 'Kita und Kinderbetreuung', synonyms: ['Kita', 'Kindertageseinrichtung'] }, { id: 'geld', label: 'Geld', synonyms: ['Schulden', 'kita'] }),
  audiences: map({ id: 'eltern', label: 'Eltern', synonyms: ['Mütter'] }),
  lifePhases: map(),
  accessModes: map({ id: 'anonym', label: 'Anonym', synonyms: ['anonym', 'vertraulich'] }),
  contactKinds: map({ id: 'jugendamt', label: 'Jugendamt', synonyms: ['ASD'] }),
  networkKinds: map(),
};

const offer: SearchableEntry = {
  kind: 'angebot',
  area: 'town',
  towns: ['selm'],
  summary: 'Beratung  für\nEltern.',
  topics: ['kinderbetreuung', 'geld', 'unknown'],
  audiences: ['eltern'],
  lifePhases: [],
  access: ['anonym'],
  languages: ['de', 'tr'],
  cost: 'free',
  phone: '+4925921234',
};

describe('search facets', () => {
  it('lists filter values of a local offer', () => {
    expect(facetsFor(offer, towns)).toEqual({
      art: ['angebot'],
      ort: ['selm'],
      thema: ['kinderbetreuung', 'geld', 'unknown'],
      zielgruppe: ['eltern'],
      kosten: ['kostenlos'],
      zugang: ['anonym'],
      sprache: ['de', 'tr'],
    });
  });

  it('puts district-wide and nationwide entries under every town', () => {
    const wide = { ...offer, area: 'district' as const, towns: [] };
    expect(servedTowns(wide, towns)).toEqual(['kreis-unna', 'selm', 'unna', 'holzwickede']);
    expect(facetsFor({ ...wide, area: 'nationwide' }, towns).ort).toHaveLength(4);
    expect(townsLabel(wide, towns)).toBe('kreisweit');
    expect(townsLabel({ ...wide, area: 'nationwide' }, towns)).toBe('bundesweit');
    expect(townsLabel({ ...offer, towns: ['selm', 'unna'] }, towns)).toBe('Selm, Unna');
    expect(townsLabel({ ...offer, towns: ['unna', 'kreis-unna', 'holzwickede'] }, towns)).toBe('Unna, Holzwickede');
    expect(townsLabel({ ...offer, towns: ['kreis-unna'] }, towns)).toBe('kreisweit');
  });

  it('gives town names as search words, local and wide apart', () => {
    expect(townWords(offer, towns)).toEqual({ local: 'Selm', wide: '' });
    expect(townWords({ ...offer, area: 'district', towns: ['unna'] }, towns)).toEqual({ local: 'Unna', wide: 'Kreis Unna Selm Holzwickede' });
  });

  it('collects labels and synonyms of the terms used, once each', () => {
    expect(keywordsFor(offer, vocab)).toEqual(['Kita und Kinderbetreuung', 'Kita', 'Kindertageseinrichtung', 'Geld', 'Schulden', 'Eltern', 'Mütter', 'Anonym', 'vertraulich']);
    const contact = { ...offer, kind: 'anlaufstelle' as const, topics: [], audiences: [], access: [], subKind: 'jugendamt' };
    expect(keywordsFor(contact, vocab)).toEqual(['Jugendamt', 'ASD']);
  });

  it('builds result metadata with one-line summary and phone', () => {
    expect(resultMeta(offer, 'Titel', towns, { dial: '+4925921234', display: '02592 1234' })).toEqual({
      title: 'Titel',
      art: 'Angebot',
      orte: 'Selm',
      summary: 'Beratung für Eltern.',
      tel: '+4925921234',
      tel_anzeige: '02592 1234',
    });
    expect(resultMeta({ ...offer, phone: undefined }, 'T', towns).tel).toBeUndefined();
    expect(inlineAttr('summary', 'a,\n b: c')).toBe('summary:a, b: c');
  });
});

describe('entries from content', () => {
  it('takes the phone of a phone channel, else of the first contact with one', () => {
    const contacts = new Map([['a', { phones: [] }], ['b', { phones: [{ number: '+492303270' }] }]]);
    expect(offerPhone({ channels: [], contacts: ['a', 'b'] }, contacts)).toBe('+492303270');
    expect(offerPhone({ channels: [{ kind: 'phone', phone: '116111' } as never], contacts: ['b'] }, contacts)).toBe('116111');
    expect(offerPhone({ channels: [], contacts: ['a'] }, contacts)).toBeUndefined();
  });

  it('gives a contact point the topics of its offers and the towns it serves', () => {
    const c = fromContact(
      { name: 'X', kind: 'jugendamt', organisation: 'o', town: 'unna', summary: 'S', phones: [], languages: [], responsibleFor: ['holzwickede'] } as never,
      [{ topics: ['kinderschutz'], audiences: ['eltern'], lifePhases: [], access: ['telefonisch'] } as never, { topics: ['kinderschutz', 'jugendamt'], audiences: [], lifePhases: [], access: [] } as never],
    );
    expect(c.towns).toEqual(['unna', 'holzwickede']);
    expect(c.topics).toEqual(['kinderschutz', 'jugendamt']);
    expect(c.access).toEqual(['telefonisch']);
  });

  it('treats a practice example without towns as district-wide', () => {
    expect(fromPractice({ towns: [], topics: [], summary: 's' } as never).area).toBe('district');
  });
});

describe('compound parts', () => {
  it('finds vocabulary words at the end of German compounds', async () => {
    const { compoundParts } = await import('../../src/lib/search/facets.ts');
    expect(compoundParts(['Familienhebammen', 'Die Erziehungsberatungsstelle hilft'], ['Hebamme', 'Beratungsstelle', 'Kita', 'Erziehungsberatungsstelle'])).toEqual([
      'beratungsstelle',
      'hebamme',
    ]);
    expect(compoundParts(['Hebamme'], ['Hebamme'])).toEqual([]);
    expect(compoundParts(['Schulsozialarbeit'], ['Schule'])).toEqual([]);
  });
});
