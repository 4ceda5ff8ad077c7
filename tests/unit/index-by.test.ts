import { describe, expect, it, vi } from 'vitest';
import { groupAt, groupByKeys, memoPerObject } from '../../src/lib/index-by.ts';
import { indexPlaces, placesInTown, placesWithIds, type MapPlace } from '../../src/lib/map/places.ts';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const entries = await import('../../src/lib/entries.ts');
type Dir = Parameters<typeof entries.offersAtContact>[0];

describe('groupByKeys', () => {
  const items = [
    { id: 'a', keys: ['x', 'y'] },
    { id: 'b', keys: ['y', 'y'] },
    { id: 'c', keys: [] as string[] },
    { id: 'd', keys: ['x', undefined as unknown as string] },
  ];
  const index = groupByKeys(items, (i) => i.keys);
  it('equals filtering the whole list for every key, in input order and without duplicates', () => {
    for (const key of ['x', 'y', 'z']) {
      expect(groupAt(index, key)).toEqual(items.filter((i) => i.keys.includes(key)));
    }
    expect(index.get('x')!.map((i) => i.id)).toEqual(['a', 'd']);
    expect(index.get('y')!.map((i) => i.id)).toEqual(['a', 'b']);
  });
  it('skips missing keys and returns a fresh, changeable copy', () => {
    expect([...index.keys()].sort()).toEqual(['x', 'y']);
    const copy = groupAt(index, 'x');
    copy.reverse();
    expect(index.get('x')!.map((i) => i.id)).toEqual(['a', 'd']);
    expect(groupAt(index, 'none')).toEqual([]);
  });
});

describe('memoPerObject', () => {
  it('builds once per owner object', () => {
    const build = vi.fn((o: { n: number }) => o.n * 2);
    const memo = memoPerObject(build);
    const a = { n: 1 };
    const b = { n: 2 };
    expect(memo(a)).toBe(2);
    expect(memo(a)).toBe(2);
    expect(memo(b)).toBe(4);
    expect(build).toHaveBeenCalledTimes(2);
  });
});

describe('place index', () => {
  const place = (id: string, town: string): MapPlace => ({ id, town, townName: town, name: id, label: id, lat: 51.6, lng: 7.6 }) as MapPlace;
  const list = [place('c1', 'selm'), place('c2', 'unna'), place('c3', 'selm'), place('c4', 'kamen')];
  const index = indexPlaces(list);
  it('finds places by id in list order, like filtering the list', () => {
    const ids = ['c3', 'c1', 'missing', 'c3'];
    expect(placesWithIds(index, ids)).toEqual(list.filter((p) => ids.includes(p.id)));
    expect(placesWithIds(index, ['c2'])).toEqual([list[1]]);
    expect(placesWithIds(index, [])).toEqual([]);
  });
  it('finds the places of a town in list order', () => {
    expect(placesInTown(index, 'selm')).toEqual(list.filter((p) => p.town === 'selm'));
    expect(placesInTown(index, 'bergkamen')).toEqual([]);
  });
});

/** A directory from plain objects; every collection a relation needs. */
function dirOf(parts: Record<string, { id: string; data: Record<string, unknown> }[]>): Dir {
  const d: Record<string, Map<string, unknown>> = {};
  for (const k of ['sources', 'towns', 'organisations', 'contacts', 'offers', 'networks', 'practices']) d[k] = new Map((parts[k] ?? []).map((e) => [e.id, e]));
  return d as unknown as Dir;
}

describe('indexed relations give the same answers as filtering the directory', () => {
  const offer = (id: string, organisation: string, partners: string[], contacts: string[]) => ({ id, data: { title: id, organisation, partners, contacts } });
  const dir = dirOf({
    organisations: [
      { id: 'o1', data: { name: 'o1' } },
      { id: 'o2', data: { name: 'o2', parent: 'o1' } },
      { id: 'o3', data: { name: 'o3', parent: 'o1' } },
    ],
    contacts: [
      { id: 'k1', data: { name: 'k1', organisation: 'o1' } },
      { id: 'k2', data: { name: 'k2', organisation: 'o2' } },
      { id: 'k3', data: { name: 'k3', organisation: 'o1' } },
    ],
    offers: [offer('a', 'o1', ['o2'], ['k1', 'k2']), offer('b', 'o2', ['o1', 'o1'], ['k1', 'k1']), offer('c', 'o3', [], [])],
    networks: [
      { id: 'n1', data: { name: 'n1', coordinator: { organisation: 'o1' }, members: [{ organisation: 'o1' }, { organisation: 'o2' }] } },
      { id: 'n2', data: { name: 'n2', members: [{ text: 'Kita' }, { organisation: 'o1' }] } },
    ],
    practices: [
      { id: 'p1', data: { title: 'p1', offers: ['a'], networks: ['n1'], organisations: ['o1'], askOrganisations: ['o1'], askContacts: ['k1'] } },
      { id: 'p2', data: { title: 'p2', offers: ['a', 'b'], networks: [], organisations: [], askOrganisations: ['o2'], askContacts: [] } },
    ],
  });
  it('offers at a contact point', () => {
    expect(entries.offersAtContact(dir, 'k1').map((o) => o.id)).toEqual(['a', 'b']);
    expect(entries.offersAtContact(dir, 'k2').map((o) => o.id)).toEqual(['a']);
    expect(entries.offersAtContact(dir, 'k3')).toEqual([]);
  });
  it('contacts, offers, networks and children of an organisation', () => {
    expect(entries.contactsOfOrganisation(dir, 'o1').map((c) => c.id)).toEqual(['k1', 'k3']);
    expect(entries.offersOfOrganisation(dir, 'o1').map((x) => `${x.offer.id}:${x.role}`)).toEqual(['a:provider', 'b:partner']);
    expect(entries.offersOfOrganisation(dir, 'o2').map((x) => `${x.offer.id}:${x.role}`)).toEqual(['a:partner', 'b:provider']);
    expect(entries.networksOfOrganisation(dir, 'o1').map((x) => `${x.network.id}:${x.role}`)).toEqual(['n1:coordinator', 'n2:member']);
    expect(entries.networksOfOrganisation(dir, 'o2').map((x) => `${x.network.id}:${x.role}`)).toEqual(['n1:member']);
    expect(entries.childOrganisations(dir, 'o1').map((o) => o.id)).toEqual(['o2', 'o3']);
    expect(entries.childOrganisations(dir, 'o2')).toEqual([]);
  });
  it('practice examples naming an entry', () => {
    expect(entries.practicesFor(dir, 'offers', 'a').map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(entries.practicesFor(dir, 'offers', 'b').map((p) => p.id)).toEqual(['p2']);
    expect(entries.practicesFor(dir, 'networks', 'n1').map((p) => p.id)).toEqual(['p1']);
    expect(entries.practicesFor(dir, 'organisations', 'o1').map((p) => p.id)).toEqual(['p1']);
    expect(entries.practicesFor(dir, 'organisations', 'o2').map((p) => p.id)).toEqual(['p2']);
    expect(entries.practicesFor(dir, 'contacts', 'k1').map((p) => p.id)).toEqual(['p1']);
  });
  it('returns lists the caller may change without touching the index', () => {
    entries.offersAtContact(dir, 'k1').reverse();
    expect(entries.offersAtContact(dir, 'k1').map((o) => o.id)).toEqual(['a', 'b']);
  });
});

describe('contactsGivingAny', async () => {
  const { contactGivesOffer, contactsGivingAny } = await import('../../src/lib/chain/index.ts');
  const contact = (id: string, organisation?: string) => ({ id, town: 'selm', responsibleFor: [], organisation });
  const contacts = [contact('k1', 'o1'), contact('k2'), contact('k3', 'o2'), contact('k4', 'o3'), contact('k5', '')];
  const offer = (contacts: string[], organisation?: string, partners?: string[]) => ({ contacts, organisation, partners });
  const cases = [
    [],
    [offer(['k2'])],
    [offer([], 'o1')],
    [offer([], undefined, ['o2', 'o3'])],
    [offer(['k4'], ''), offer([], 'o9', ['o1'])],
  ];
  it('equals checking every contact point against every offer', () => {
    for (const offers of cases) {
      expect(contactsGivingAny(contacts, offers)).toEqual(contacts.filter((c) => offers.some((o) => contactGivesOffer(c, o))));
    }
    expect(contactsGivingAny(contacts, cases[4]!).map((c) => c.id)).toEqual(['k1', 'k4']);
  });
});

describe('qrSvg', async () => {
  const { qrSvg } = await import('../../src/lib/chain/qr.ts');
  it('makes each code once and gives the same SVG again', async () => {
    const a = await qrSvg('https://example.org/angebote/a/');
    expect(a).toContain('<svg aria-hidden="true"');
    expect(await qrSvg('https://example.org/angebote/a/')).toBe(a);
    expect(await qrSvg('https://example.org/angebote/b/')).not.toBe(a);
  });
});
