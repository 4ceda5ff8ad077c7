import { describe, expect, it, vi } from 'vitest';

// Fixture collections for the mocked astro:content (one broken reference: an offer names a missing town).
const fixtures: Record<string, { id: string; data: Record<string, unknown> }[]> = {
  sources: [{ id: 'antrag', data: { title: 'Antrag' } }],
  towns: [
    { id: 'kreis-unna', data: { name: 'Kreis Unna', kind: 'kreis', jugendamt: 'ja-kreis', source: [{ document: 'antrag', section: '4.1' }] } },
    { id: 'selm', data: { name: 'Selm', kind: 'stadt', jugendamt: 'ja-selm', source: [{ document: 'antrag', section: '4.5' }] } },
  ],
  organisations: [{ id: 'stadt-selm', data: { name: 'Stadt Selm', kind: 'oeffentlich', towns: [], source: [{ document: 'antrag', section: '4.5' }] } }],
  contacts: [
    { id: 'ja-selm', data: { name: 'Jugendamt Selm', kind: 'jugendamt', organisation: 'stadt-selm', town: 'selm', responsibleFor: ['selm'], source: [{ document: 'antrag', section: '4.5' }] } },
    { id: 'ja-kreis', data: { name: 'Jugendamt Kreis', kind: 'jugendamt', organisation: 'stadt-selm', town: 'kreis-unna', responsibleFor: ['boenen'], source: [{ document: 'antrag', section: '4.1' }] } },
  ],
  offers: [],
  networks: [],
  practices: [],
  topics: [],
  audiences: [],
  lifePhases: [],
  contactKinds: [{ id: 'jugendamt', data: { id: 'jugendamt', label: 'Jugendamt' } }],
  networkKinds: [],
  organisationKinds: [{ id: 'oeffentlich', data: { id: 'oeffentlich', label: 'Öffentliche Verwaltung' } }],
  accessModes: [],
};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => fixtures[name] ?? [] }));

const entries = await import('../../src/lib/entries.ts');
type Dir = Parameters<typeof entries.offersForTown>[0];

/** A directory from plain objects (only the maps a helper needs). */
function dirOf(parts: Record<string, { id: string; data: Record<string, unknown> }[]>): Dir {
  const d: Record<string, Map<string, unknown>> = {};
  for (const [k, list] of Object.entries(parts)) d[k] = new Map(list.map((e) => [e.id, e]));
  for (const k of ['sources', 'towns', 'organisations', 'contacts', 'offers', 'networks', 'practices']) d[k] ??= new Map();
  return d as unknown as Dir;
}

const offer = (id: string, area: string, towns: string[] = [], extra: Record<string, unknown> = {}) => ({
  id,
  data: { title: id, area, towns, contacts: [], partners: [], source: [{ document: 'antrag', section: '6.1' }], ...extra },
});
const selm = { id: 'selm', data: { name: 'Selm', kind: 'stadt' } };
const kreis = { id: 'kreis-unna', data: { name: 'Kreis Unna', kind: 'kreis' } };

describe('offersForTown', () => {
  const dir = dirOf({
    offers: [offer('b-local', 'town', ['selm']), offer('a-kamen', 'town', ['kamen']), offer('c-kreis', 'district'), offer('d-bund', 'nationwide')],
  });
  it('lists local offers first, then district-wide and nationwide ones', () => {
    const got = entries.offersForTown(dir, selm as never).map((s) => `${s.item.id}:${s.scope}`);
    expect(got).toEqual(['b-local:town', 'c-kreis:district', 'd-bund:nationwide']);
  });
  it('shows district-wide and nationwide offers on the district page', () => {
    const got = entries.offersForTown(dir, kreis as never).map((s) => s.item.id);
    expect(got).toEqual(['c-kreis', 'd-bund']);
  });
});

describe('contactsForTown and entriesFromSource', () => {
  const dir = dirOf({ contacts: fixtures.contacts!, offers: [offer('x', 'district', [], { source: [{ document: 'antrag', section: '6.1' }, { document: 'antrag', section: '7.2' }] })] });
  it('includes contact points responsible for a town', () => {
    const got = entries.contactsForTown(dir, 'boenen').map((c) => `${c.contact.id}:${c.responsibleOnly}`);
    expect(got).toEqual(['ja-kreis:true']);
  });
  it('collects every entry of a source with its sections', () => {
    const got = entries.entriesFromSource(dir, 'antrag');
    expect(got.get('offers')).toEqual([{ collection: 'offers', id: 'x', title: 'x', url: '/angebote/x/', sections: ['6.1', '7.2'] }]);
    expect(got.get('contacts')?.map((e) => e.id).sort()).toEqual(['ja-kreis', 'ja-selm']);
  });
});

describe('loadDirectory', () => {
  it('refuses to build when a reference does not resolve, naming entry and field', async () => {
    await expect(entries.loadDirectory()).rejects.toThrow('content/contacts/ja-kreis.md, Feld „responsibleFor[0]“: Verweis auf "boenen" ins Leere.');
  });
});
