import { describe, expect, it } from 'vitest';
import {
  contactToPlace,
  countLabel,
  groupByTown,
  kindsOf,
  sortPlaces,
  townToPlace,
  uniqueLabels,
  type ContactLike,
  type MapPlace,
} from '../../src/lib/map/places.ts';
import { isEmptyFilter, matchesFilter, parseFilter, serializeFilter, withFilter } from '../../src/lib/map/filter.ts';
import { isThirdPartyTileUrl, tileHost } from '../../src/lib/map/tiles.ts';
import { CONSENT_KEY, consentToken, forgetConsent, hasRememberedConsent, rememberConsent, safeStorage } from '../../src/lib/map/consent.ts';

const ctx = {
  townNames: new Map([
    ['unna', 'Unna'],
    ['selm', 'Selm'],
    ['boenen', 'Bönen'],
  ]),
  kindLabels: { jugendamt: 'Jugendamt', beratungsstelle: 'Beratungsstelle' },
};

const jugendamt: ContactLike = {
  name: 'Jugendamt Unna',
  kind: 'jugendamt',
  town: 'unna',
  address: { street: 'Rathausplatz 1', postcode: '59423', locality: 'Unna' },
  geo: { lat: 51.5347, lng: 7.6889, precision: 'address' },
  phones: [{ number: '+4923031030' }],
};

function place(id: string, over: Partial<MapPlace> = {}): MapPlace {
  return {
    id,
    name: id,
    label: id,
    kind: 'jugendamt',
    kindLabel: 'Jugendamt',
    town: 'unna',
    townName: 'Unna',
    lat: 51.5,
    lng: 7.6,
    approximate: false,
    url: `/anlaufstellen/${id}/`,
    ...over,
  };
}

describe('contactToPlace', () => {
  it('turns a contact with coordinates into a place with address, tel: link and entry URL', () => {
    const p = contactToPlace('jugendamt-unna', jugendamt, ctx);
    expect(p).toMatchObject({
      id: 'jugendamt-unna',
      name: 'Jugendamt Unna',
      label: 'Jugendamt Unna, Unna',
      kindLabel: 'Jugendamt',
      townName: 'Unna',
      approximate: false,
      url: '/anlaufstellen/jugendamt-unna/',
      address: 'Rathausplatz 1, 59423 Unna',
    });
    expect(p?.phone?.href).toBe('tel:+4923031030');
    expect(p?.phone?.text).toMatch(/^02303/);
    expect(p?.phone?.text).not.toContain(' ');
  });

  it('marks town precision as approximate and skips contacts without coordinates', () => {
    const approx = contactToPlace('x', { ...jugendamt, geo: { lat: 51.7, lng: 7.47, precision: 'town' } }, ctx);
    expect(approx?.approximate).toBe(true);
    expect(contactToPlace('y', { ...jugendamt, geo: undefined }, ctx)).toBeUndefined();
  });

  it('keeps a district in the address line and omits a missing phone', () => {
    const p = contactToPlace(
      'z',
      { ...jugendamt, phones: [], address: { street: 'Weg 1', postcode: '59425', locality: 'Unna', district: 'Königsborn' } },
      ctx,
    );
    expect(p?.address).toBe('Weg 1, 59425 Unna (Königsborn)');
    expect(p?.phone).toBeUndefined();
  });
});

describe('townToPlace', () => {
  it('is an approximate marker linking to the town page', () => {
    expect(townToPlace('selm', { name: 'Selm', centre: { lat: 51.7, lng: 7.47 } })).toMatchObject({
      kind: 'ort',
      approximate: true,
      url: '/orte/selm/',
      townName: 'Selm',
    });
  });
});

describe('sorting, grouping, labels', () => {
  const places = [
    place('b', { name: 'Beratung', town: 'unna', townName: 'Unna' }),
    place('a', { name: 'Amt', town: 'boenen', townName: 'Bönen', kind: 'beratungsstelle', kindLabel: 'Beratungsstelle' }),
    place('c', { name: 'Amt', town: 'unna', townName: 'Unna' }),
    place('d', { name: 'Ärztehaus', town: 'selm', townName: 'Selm' }),
  ];

  it('groups by town in German alphabetical order (Bönen before Selm before Unna)', () => {
    const groups = groupByTown(places);
    expect(groups.map((g) => g.townName)).toEqual(['Bönen', 'Selm', 'Unna']);
    expect(groups[2]!.places.map((p) => p.id)).toEqual(['c', 'b']);
    expect(groups.reduce((n, g) => n + g.places.length, 0)).toBe(places.length);
  });

  it('sorts without changing the input', () => {
    const copy = [...places];
    sortPlaces(places);
    expect(places).toEqual(copy);
  });

  it('makes accessible names unique', () => {
    const dup = [
      place('x', { label: 'Familienzentrum, Unna', address: 'A-Weg 1, 59423 Unna' }),
      place('y', { label: 'Familienzentrum, Unna', address: 'B-Weg 2, 59423 Unna' }),
      place('z', { label: 'Familienzentrum, Unna' }),
      place('w', { label: 'Familienzentrum, Unna' }),
      place('v', { label: 'Jugendamt, Unna' }),
    ];
    const labels = uniqueLabels(dup).map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toBe('Familienzentrum, Unna, A-Weg 1, 59423 Unna');
    expect(labels[4]).toBe('Jugendamt, Unna');
  });

  it('lists kinds with counts', () => {
    expect(kindsOf(places)).toEqual([
      { id: 'beratungsstelle', label: 'Beratungsstelle', count: 1 },
      { id: 'jugendamt', label: 'Jugendamt', count: 3 },
    ]);
  });

  it('counts in German', () => {
    expect(countLabel(1)).toBe('1 Anlaufstelle');
    expect(countLabel(12)).toBe('12 Anlaufstellen');
    expect(countLabel(10000)).toBe('10.000 Anlaufstellen');
    expect(countLabel(2, 'Ort', 'Orte')).toBe('2 Orte');
  });
});

describe('filter state in the URL', () => {
  it('parses repeated and comma-separated values, drops junk and unknown values', () => {
    expect(parseFilter('?ort=unna&ort=selm,unna&art=jugendamt')).toEqual({ towns: ['unna', 'selm'], kinds: ['jugendamt'] });
    expect(parseFilter('?ort=<script>&art=')).toEqual({ towns: [], kinds: [] });
    expect(parseFilter('?ort=unna&ort=mars', { towns: new Set(['unna']) })).toEqual({ towns: ['unna'], kinds: [] });
    expect(parseFilter('?ORT=Unna')).toEqual({ towns: [], kinds: [] });
    expect(parseFilter('?ort=Unna')).toEqual({ towns: ['unna'], kinds: [] });
  });

  it('round-trips through the query string', () => {
    const state = { towns: ['unna', 'selm'], kinds: ['jugendamt'] };
    expect(serializeFilter(state)).toBe('?ort=unna&ort=selm&art=jugendamt');
    expect(parseFilter(serializeFilter(state))).toEqual(state);
    expect(serializeFilter({ towns: [], kinds: [] })).toBe('');
    expect(isEmptyFilter({ towns: [], kinds: [] })).toBe(true);
  });

  it('matches places by town and kind (empty = all)', () => {
    const p = { town: 'unna', kind: 'jugendamt' };
    expect(matchesFilter(p, { towns: [], kinds: [] })).toBe(true);
    expect(matchesFilter(p, { towns: ['unna'], kinds: [] })).toBe(true);
    expect(matchesFilter(p, { towns: ['selm'], kinds: [] })).toBe(false);
    expect(matchesFilter(p, { towns: ['unna'], kinds: ['klinik'] })).toBe(false);
    expect(matchesFilter(p, { towns: ['selm', 'unna'], kinds: ['klinik', 'jugendamt'] })).toBe(true);
  });

  it('keeps district-wide places for every town (the district is a scope, not a town)', () => {
    const kreis = { town: 'kreis-unna', kind: 'jugendamt', districtWide: true };
    expect(matchesFilter(kreis, { towns: ['boenen'], kinds: [] })).toBe(true);
    expect(matchesFilter(kreis, { towns: ['boenen'], kinds: ['klinik'] })).toBe(false);
    expect(matchesFilter({ town: 'unna', kind: 'jugendamt' }, { towns: ['boenen'], kinds: [] })).toBe(false);
  });

  it('replaces only its own keys and keeps other parameters and the hash', () => {
    expect(withFilter('https://x.de/karte/?ort=selm&x=1#liste', { towns: ['unna'], kinds: [] })).toBe('https://x.de/karte/?x=1&ort=unna#liste');
    expect(withFilter('https://x.de/karte/?ort=selm', { towns: [], kinds: [] })).toBe('https://x.de/karte/');
  });
});

describe('tile server', () => {
  it('treats OpenStreetMap as third party and site-relative or same-origin tiles as self-hosted', () => {
    expect(isThirdPartyTileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://www.example.de')).toBe(true);
    expect(isThirdPartyTileUrl('https://{s}.tile.example.org/{z}/{x}/{y}.png', 'https://www.example.de')).toBe(true);
    expect(isThirdPartyTileUrl('/tiles/{z}/{x}/{y}.png', 'https://www.example.de')).toBe(false);
    expect(isThirdPartyTileUrl('//cdn.example.org/{z}/{x}/{y}.png', 'https://www.example.de')).toBe(true);
    expect(isThirdPartyTileUrl('https://www.example.de/tiles/{z}/{x}/{y}.png', 'https://www.example.de')).toBe(false);
    expect(tileHost('https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://www.example.de')).toBe('tile.openstreetmap.org');
  });
});

describe('consent storage', () => {
  function fakeStorage() {
    const m = new Map<string, string>();
    return {
      map: m,
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  }

  it('stores nothing until remembered, then one key per tile provider', () => {
    const s = fakeStorage();
    const token = consentToken('tile.openstreetmap.org');
    expect(hasRememberedConsent(s, token)).toBe(false);
    expect(s.map.size).toBe(0);
    rememberConsent(s, token);
    expect([...s.map.keys()]).toEqual([CONSENT_KEY]);
    expect(hasRememberedConsent(s, token)).toBe(true);
    expect(hasRememberedConsent(s, consentToken('tiles.example.org'))).toBe(false);
    expect(forgetConsent(s)).toBe(true);
    expect(hasRememberedConsent(s, token)).toBe(false);
    expect(forgetConsent(s)).toBe(false);
  });

  it('survives blocked storage', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(safeStorage(() => {
      throw new Error('SecurityError');
    })).toBeUndefined();
    expect(hasRememberedConsent(throwing)).toBe(false);
    expect(rememberConsent(throwing)).toBe(false);
    expect(forgetConsent(throwing)).toBe(false);
    expect(hasRememberedConsent(undefined)).toBe(false);
  });
});
