/**
 * A small directory for unit tests, built through the real zod schemas
 * (`directoryFrom` in src/lib/directory/build.ts): Selm and Unna with their
 * Jugendämter, a district, offers local / for several towns / district-wide /
 * nationwide, networks, a practice example and one hotline. `overrides`
 * replaces or adds collections.
 */
import { directoryFrom, type RawDirectory, type RawEntry } from '../../src/lib/directory/build.ts';
import type { Directory } from '../../src/lib/directory/types.ts';

const cite = (section: string) => ({ source: [{ document: 'antrag', section }], reviewed: '2024-05-02' });
const centre = { lat: 51.6, lng: 7.5, precision: 'town' };
const term = (id: string, label: string, extra: Record<string, unknown> = {}): RawEntry => ({ id, data: { id, label, description: `${label}.`, ...extra } });
const offer = (id: string, title: string, data: Record<string, unknown>): RawEntry => ({
  id,
  data: { title, summary: `${title}.`, organisation: 'stadt-selm', topics: ['erziehung'], status: 'active', ...cite('6.1'), ...data },
});
const network = (id: string, name: string, data: Record<string, unknown>): RawEntry => ({
  id,
  data: { name, kind: 'arbeitskreis', summary: `${name}.`, status: 'active', ...cite('7.1'), ...data },
});

export const RAW: RawDirectory = {
  sources: [{ id: 'antrag', data: { title: 'Antrag', publisher: 'Kreis Unna', date: '2011', kind: 'document', summary: 'Der Antrag.', reviewed: '2024-05-02' } }],
  towns: [
    { id: 'kreis-unna', data: { name: 'Kreis Unna', kind: 'kreis', centre, jugendamt: 'ja-kreis', ...cite('4.1') } },
    { id: 'unna', data: { name: 'Unna', kind: 'stadt', centre, jugendamt: 'ja-kreis', ...cite('4.2') } },
    { id: 'selm', data: { name: 'Selm', kind: 'stadt', centre, jugendamt: 'ja-selm', ...cite('4.5') } },
  ],
  organisations: [
    { id: 'stadt-selm', data: { name: 'Stadt Selm', kind: 'oeffentlich', towns: ['selm'], website: 'https://www.selm.de', summary: 'Die Stadt.', ...cite('4.5') } },
    { id: 'kreis', data: { name: 'Kreis Unna', kind: 'oeffentlich', summary: 'Der Kreis.', ...cite('4.1') } },
    { id: 'kreis-jugend', data: { name: 'Kreis – Jugend', kind: 'oeffentlich', parent: 'kreis', summary: 'Fachbereich.', ...cite('4.1') } },
  ],
  contacts: [
    {
      id: 'ja-selm',
      data: { name: 'Jugendamt Selm', kind: 'jugendamt', organisation: 'stadt-selm', town: 'selm', summary: 'Das Jugendamt.', responsibleFor: ['selm'], ...cite('4.5') },
    },
    {
      id: 'ja-kreis',
      data: {
        name: 'Jugendamt Kreis',
        kind: 'jugendamt',
        organisation: 'kreis-jugend',
        town: 'kreis-unna',
        summary: 'Das Jugendamt des Kreises.',
        address: { street: 'Hansastraße 4', postcode: '59425', locality: 'Unna' },
        phones: [{ number: '+49 2303 270' }],
        responsibleFor: ['unna'],
        ...cite('4.1'),
      },
    },
  ],
  offers: [
    offer('b-selm', 'Beratung Selm', { area: 'town', towns: ['selm'], contacts: ['ja-selm'] }),
    offer('a-beide', 'Angebot in zwei Orten', { area: 'town', towns: ['unna', 'selm'], partners: ['kreis'], ...cite('6.2') }),
    offer('c-kreis', 'Kreisweite Hilfe', { area: 'district', organisation: 'kreis', topics: ['erziehung', 'geld'] }),
    offer('d-bund', 'Elterntelefon', { area: 'nationwide', organisation: 'kreis', channels: [{ kind: 'phone', phone: '0800 1110550', free: true }] }),
  ],
  networks: [
    network('n-selm', 'AK Selm', { towns: ['selm'], coordinator: { organisation: 'stadt-selm' }, members: [{ organisation: 'kreis' }, { text: 'Schulen' }], topics: ['erziehung'] }),
    network('n-kreis', 'Kreiskonferenz', { area: 'district', members: [{ organisation: 'stadt-selm' }] }),
    network('n-region', 'Regionales Netz', { area: 'region' }),
  ],
  practices: [
    {
      id: 'p-selm',
      data: {
        title: 'Beispiel Selm',
        summary: 'Ein Beispiel.',
        towns: ['selm'],
        organisations: ['stadt-selm'],
        topics: ['erziehung'],
        startingPoint: 'A',
        goals: 'B',
        results: 'C',
        askContacts: ['ja-selm'],
        offers: ['b-selm'],
        networks: ['n-selm'],
        ...cite('8.1'),
      },
    },
  ],
  topics: [term('erziehung', 'Erziehung', { hotlines: ['d-bund'] }), term('geld', 'Geld')],
  contactKinds: [term('jugendamt', 'Jugendamt')],
  organisationKinds: [term('oeffentlich', 'Öffentliche Verwaltung')],
  networkKinds: [term('arbeitskreis', 'Arbeitskreis')],
};

/** The fixture directory, with collections replaced or added. */
export function fixtureDirectory(overrides: RawDirectory = {}): Directory {
  return directoryFrom({ ...RAW, ...overrides });
}
