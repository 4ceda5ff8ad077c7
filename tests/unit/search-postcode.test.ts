import { describe, expect, it } from 'vitest';
import { buildPostcodeIndex, lookupPostcode, myPlaceTarget, townByName } from '../../src/lib/search/postcode.ts';

const towns = [
  { id: 'kreis-unna', name: 'Kreis Unna', kind: 'kreis' as const, postcodes: ['59425'] },
  { id: 'unna', name: 'Unna', kind: 'stadt' as const, postcodes: ['59423', '59425', '59427'], otherPostcodes: ['59421'] },
  { id: 'selm', name: 'Selm', kind: 'stadt' as const, postcodes: ['59379'] },
  { id: 'werne', name: 'Werne', kind: 'stadt' as const, postcodes: ['59368', '59379'] },
];

describe('postcode lookup for "Mein Ort"', () => {
  const index = buildPostcodeIndex(towns);

  it('maps postcodes and other postcodes of towns, never to the district itself', () => {
    expect(index['59425']).toEqual(['unna']);
    expect(lookupPostcode(index, '59421')).toEqual({ kind: 'town', postcode: '59421', towns: ['unna'] });
    expect(lookupPostcode(index, ' 59 379 ')).toEqual({ kind: 'town', postcode: '59379', towns: ['selm', 'werne'] });
  });

  it('says when a postcode is outside the district or not a postcode', () => {
    expect(lookupPostcode(index, '10115')).toEqual({ kind: 'outside', postcode: '10115' });
    expect(lookupPostcode(index, '5942')).toEqual({ kind: 'invalid', input: '5942' });
    expect(lookupPostcode(index, 'abcde').kind).toBe('invalid');
    expect(lookupPostcode(index, '').kind).toBe('empty');
  });

  it('leads to a town page when the answer is unambiguous', () => {
    const known = towns.map((t) => t.id);
    expect(myPlaceTarget(index, 'selm', '', known)).toBe('/orte/selm/');
    expect(myPlaceTarget(index, '', '59427', known)).toBe('/orte/unna/');
    expect(myPlaceTarget(index, '', '59379', known)).toBeUndefined();
    expect(myPlaceTarget(index, '', '10115', known)).toBeUndefined();
    expect(myPlaceTarget(index, 'nowhere', '59423', known)).toBe('/orte/unna/');
  });

  it('takes a town name typed into the postcode field', () => {
    const names = [['unna', 'Unna'], ['selm', 'Selm'], ['froendenberg', 'Fröndenberg/Ruhr'], ['boenen', 'Bönen']] as const;
    const known = names.map(([id]) => id);
    expect(townByName(names, 'Fröndenberg')).toBe('froendenberg');
    expect(townByName(names, 'froendenberg/ruhr')).toBe('froendenberg');
    expect(townByName(names, ' BOENEN ')).toBe('boenen');
    expect(townByName(names, 'Stadt Selm')).toBe('selm');
    expect(townByName(names, 'Berlin')).toBeUndefined();
    expect(myPlaceTarget(index, '', 'Bönen', known, names)).toBe('/orte/boenen/');
    expect(myPlaceTarget(index, '', 'Berlin', known, names)).toBeUndefined();
    expect(myPlaceTarget(index, '', '10115', known, names)).toBeUndefined();
  });
});
