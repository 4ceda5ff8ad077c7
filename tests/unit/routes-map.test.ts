import { describe, expect, it, vi } from 'vitest';
import { contact, directory, town } from './routes-fixtures.ts';

// src/lib/entries.ts still imports astro:content (loading is being split from the relations); nothing here loads.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { mapPage } = await import('../../src/lib/routes/map.ts');

const at = (lat: number, lng: number, precision: 'address' | 'town' = 'address') => ({ geo: { lat, lng, precision } });
const dir = directory({
  towns: [town('boenen', 'Bönen'), town('kreis-unna', 'Kreis Unna', { kind: 'kreis' }), town('selm', 'Selm'), town('unna', 'Unna')],
  contacts: [
    contact('buero', 'selm', { name: 'Familienbüro', ...at(51.69, 7.47), phones: [{ number: '02592 690' }] }),
    contact('rathaus', 'selm', { name: 'Rathaus', ...at(51.69, 7.48, 'town') }),
    contact('kreishaus', 'kreis-unna', { name: 'Kreishaus', ...at(51.53, 7.69) }),
    contact('ohne-lage', 'unna'),
  ],
});

describe('mapPage', () => {
  const page = mapPage(dir);
  it('gives every town a group, the district last', () => {
    expect(page.groups.map((g) => [g.town, g.places.length, g.title, g.anchor])).toEqual([
      ['boenen', 0, 'Bönen', 'ort-boenen'],
      ['selm', 2, 'Selm', 'ort-selm'],
      ['unna', 0, 'Unna', 'ort-unna'],
      ['kreis-unna', 1, 'Für den ganzen Kreis Unna zuständig', 'ort-kreis-unna'],
    ]);
    expect(page.district).toMatchObject({ town: 'kreis-unna', linkText: 'Ganzer Kreis Unna', townUrl: '/orte/kreis-unna/' });
    expect(page.groups[0]?.townUrl).toBe('/orte/boenen/');
  });
  it('counts district-wide, approximate and unplaced contact points', () => {
    expect(page.districtCount).toBe(1);
    expect(page.approxCount).toBe(1);
    expect(page.withoutGeo).toBe(1);
    expect(page.kinds).toEqual([{ id: 'beratungsstelle', label: 'Beratungsstelle', count: 3 }]);
    expect(page.breadcrumbs).toEqual([{ name: 'Karte', path: '/karte/' }]);
    // The places file the map script fetches: the same places, under a URL that changes with them.
    expect(JSON.parse(page.placesJson)).toEqual(page.places);
    expect(page.placesUrl).toMatch(/^\/karte\/orte\.json\?v=[0-9a-f]{12}$/);
    expect(mapPage(dir).placesUrl).toBe(page.placesUrl);
  });
  it('links each place to its entry page', () => {
    const buero = page.places.find((p) => p.id === 'buero');
    expect(buero).toMatchObject({ url: '/anlaufstellen/buero/', label: 'Familienbüro, Selm', townName: 'Selm', phone: { href: 'tel:+492592690' } });
  });
});
