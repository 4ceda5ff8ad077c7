import { describe, expect, it } from 'vitest';
import { scopeFor, scopeLabel, servesTown } from '../../src/lib/area.ts';

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
