import { describe, expect, it } from 'vitest';
import { areaText, isDistrictTown, scopeFor, scopeLabel, servesTown } from '../../src/lib/area.ts';

describe('servesTown', () => {
  it('town offers serve only their towns', () => {
    const offer = { area: 'town' as const, towns: ['selm', 'unna'] };
    expect(servesTown(offer, 'selm')).toBe(true);
    expect(servesTown(offer, 'kamen')).toBe(false);
  });
  it('district, regional and nationwide items serve every town', () => {
    for (const area of ['district', 'region', 'nationwide'] as const) {
      expect(servesTown({ area, towns: [] }, 'boenen')).toBe(true);
      expect(servesTown({ area, towns: [] }, 'kreis-unna')).toBe(true);
    }
  });
  it('a listed town counts as local even for wider areas', () => {
    expect(scopeFor({ area: 'district', towns: ['kamen'] }, 'kamen')).toBe('town');
    expect(scopeFor({ area: 'district', towns: ['kamen'] }, 'unna')).toBe('district');
  });
  it('labels wide scopes', () => {
    expect(scopeLabel('district')).toBe('kreisweit');
    expect(scopeLabel('nationwide')).toBe('bundesweit');
    expect(scopeLabel('town')).toBeUndefined();
  });
});

describe('areaText (the one area in words)', () => {
  const names: Record<string, string> = { selm: 'Selm', unna: 'Unna', kamen: 'Kamen' };
  const townName = (id: string) => {
    const name = names[id];
    if (!name) throw new Error(`unbekannter Ort ${id}`);
    return name;
  };
  it('names wide areas', () => {
    expect(areaText({ area: 'nationwide', towns: ['selm'] }, townName)).toBe('bundesweit');
    expect(areaText({ area: 'district', towns: [] }, townName)).toBe('ganzer Kreis Unna');
    expect(areaText({ area: 'region', towns: ['selm'] }, townName)).toBe('regional, über den Kreis Unna hinaus');
  });
  it('lists towns in German, in their order', () => {
    expect(areaText({ area: 'town', towns: ['selm'] }, townName)).toBe('Selm');
    expect(areaText({ area: 'town', towns: ['selm', 'unna'] }, townName)).toBe('Selm und Unna');
    expect(areaText({ area: 'town', towns: ['kamen', 'selm', 'unna'] }, townName)).toBe('Kamen, Selm und Unna');
  });
  it('lets an unknown town fail loudly', () => {
    expect(() => areaText({ area: 'town', towns: ['gibt-es-nicht'] }, townName)).toThrow('unbekannter Ort');
  });
  it('knows the district by its kind', () => {
    expect(isDistrictTown({ kind: 'kreis' })).toBe(true);
    expect(isDistrictTown({ kind: 'stadt' })).toBe(false);
  });
});
