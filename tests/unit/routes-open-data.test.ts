import { describe, expect, it, vi } from 'vitest';
import { contact, directory, offer, source, town } from './routes-fixtures.ts';

// src/lib/entries.ts still imports astro:content (loading is being split from the relations); nothing here loads.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { openDataPage } = await import('../../src/lib/routes/open-data.ts');
const { buildHsds } = await import('../../src/lib/export/hsds.ts');

const SITE = 'https://example.org';
const dir = directory({
  towns: [town('selm', 'Selm', { jugendamt: 'buero' })],
  sources: [source('antrag', { title: 'Projektantrag' }), source('nummer-gegen-kummer', { kind: 'operator' }), source('hotline-2', { kind: 'operator' })],
  contacts: [contact('buero', 'selm', { reviewed: '2025-03-01' })],
  offers: [offer('beratung', { area: 'district', reviewed: '2025-06-30' })],
});

describe('openDataPage', () => {
  const page = openDataPage({ hsds: buildHsds(dir, { site: SITE }), dir }, SITE);
  it('counts the objects of every HSDS list and links the list files', () => {
    expect(page.counts.find((c) => c.path === 'services.json')).toEqual({ label: 'Angebote (service)', n: 1, href: '/daten/hsds/services.json', path: 'services.json' });
    expect(page.counts.map((c) => c.path)).toEqual(['services.json', 'organizations.json', 'locations.json', 'service_at_locations.json', 'taxonomies.json', 'taxonomy_terms.json']);
    expect(page.apiBase).toBe('https://example.org/daten/hsds/');
    expect(page.examples.services).toBe('https://example.org/daten/hsds/services.json');
    expect(page.examples.service).toMatch(/^https:\/\/example\.org\/daten\/hsds\/services\/[0-9a-f-]{36}\.json$/);
  });
  it('offers one CSV per town and names the origin of the data', () => {
    expect(page.csvTowns).toEqual([{ href: '/daten/csv/orte/selm.csv', download: 'familienwegweiser-selm.csv', name: 'Selm' }]);
    expect(page.documents).toEqual([{ href: '/quellen/antrag/', title: 'Projektantrag', publisher: 'Kreis Unna', date: '2019' }]);
    expect(page.operatorCount).toBe(2);
    expect(page.latest).toBe('2025-06-30');
    expect(page.breadcrumbs).toEqual([{ name: 'Offene Daten', path: '/daten/' }]);
  });
});
