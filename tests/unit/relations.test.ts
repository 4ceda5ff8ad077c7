import { describe, expect, it } from 'vitest';
import { directoryFrom } from '../../src/lib/directory/build.ts';
import { originOf, ref } from '../../src/lib/directory/references.ts';
import {
  areaText,
  childOrganisations,
  contactsForTown,
  contactsOfOrganisation,
  countFromSource,
  entriesFromSource,
  networksForTopic,
  networksForTown,
  networksOfOrganisation,
  offersAtContact,
  offersByPlace,
  offersForTopic,
  offersForTown,
  offersOfOrganisation,
  practicesFor,
  practicesForTopic,
  practicesForTown,
  townsInOrder,
} from '../../src/lib/directory/relations.ts';
import { fixtureDirectory, RAW } from './relations-fixture.ts';

const dir = fixtureDirectory();
const town = (id: string) => ref(dir, 'towns', id);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('directoryFrom', () => {
  it('checks every entry with the real schema', () => {
    expect(() => directoryFrom({ ...RAW, offers: [{ id: 'x', data: { title: 'X' } }] })).toThrow();
  });
  it('refuses a broken reference, naming entry, field and slug', () => {
    const contacts = [{ id: 'ja-x', data: { name: 'X', kind: 'jugendamt', organisation: 'kreis', town: 'selm', summary: 'X.', responsibleFor: ['boenen'], source: [{ document: 'antrag', section: '1' }], reviewed: '2024-01-01' } }];
    expect(() => fixtureDirectory({ contacts: [...(RAW.contacts ?? []), ...contacts] })).toThrow('content/contacts/ja-x.md, Feld „responsibleFor[0]“: Verweis auf "boenen" ins Leere');
  });
  it('sorts entries by title and keeps the district last in town order', () => {
    expect([...dir.offers.keys()]).toEqual(['a-beide', 'b-selm', 'd-bund', 'c-kreis']);
    expect(ids(townsInOrder(dir))).toEqual(['selm', 'unna', 'kreis-unna']);
  });
});

describe('references', () => {
  it('ref names the referring entry and field when a slug is missing', () => {
    const from = originOf('offers', 'b-selm');
    expect(() => ref(dir, 'towns', 'werne', from('towns'))).toThrow('content/offers/b-selm.md, Feld „towns“: Verweis auf "werne" ins Leere');
    expect(ref(dir, 'topics', 'geld').data.label).toBe('Geld');
  });
});

describe('relations of towns', () => {
  it('offersForTown: local first, then district-wide and nationwide', () => {
    expect(offersForTown(dir, town('selm')).map((s) => `${s.item.id}:${s.scope}`)).toEqual(['a-beide:town', 'b-selm:town', 'c-kreis:district', 'd-bund:nationwide']);
    expect(offersForTown(dir, town('kreis-unna')).map((s) => s.item.id)).toEqual(['c-kreis', 'd-bund']);
  });
  it('networksForTown: local networks, then district-wide and regional ones', () => {
    expect(networksForTown(dir, town('selm')).map((s) => `${s.item.id}:${s.scope}`)).toEqual(['n-selm:town', 'n-kreis:district', 'n-region:region']);
    expect(networksForTown(dir, town('unna')).map((s) => s.item.id)).toEqual(['n-kreis', 'n-region']);
    expect(networksForTown(dir, town('kreis-unna')).map((s) => s.item.id)).toEqual(['n-kreis', 'n-region']);
  });
  it('contactsForTown includes contact points responsible for the town', () => {
    expect(contactsForTown(dir, 'unna').map((c) => `${c.contact.id}:${c.responsibleOnly}`)).toEqual(['ja-kreis:true']);
    expect(contactsForTown(dir, 'selm').map((c) => `${c.contact.id}:${c.responsibleOnly}`)).toEqual(['ja-selm:false']);
  });
  it('practicesForTown: by town; for the district those naming no town', () => {
    expect(ids(practicesForTown(dir, town('selm')))).toEqual(['p-selm']);
    expect(ids(practicesForTown(dir, town('kreis-unna')))).toEqual([]);
  });
});

describe('relations between entries', () => {
  it('offersAtContact and contactsOfOrganisation', () => {
    expect(ids(offersAtContact(dir, 'ja-selm'))).toEqual(['b-selm']);
    expect(ids(contactsOfOrganisation(dir, 'kreis-jugend'))).toEqual(['ja-kreis']);
  });
  it('offersOfOrganisation tells provider from partner', () => {
    expect(offersOfOrganisation(dir, 'kreis').map((o) => `${o.offer.id}:${o.role}`)).toEqual(['a-beide:partner', 'd-bund:provider', 'c-kreis:provider']);
  });
  it('networksOfOrganisation tells coordinator from member', () => {
    expect(networksOfOrganisation(dir, 'stadt-selm').map((n) => `${n.network.id}:${n.role}`)).toEqual(['n-selm:coordinator', 'n-kreis:member']);
  });
  it('childOrganisations and practicesFor', () => {
    expect(ids(childOrganisations(dir, 'kreis'))).toEqual(['kreis-jugend']);
    expect(ids(practicesFor(dir, 'offers', 'b-selm'))).toEqual(['p-selm']);
    expect(ids(practicesFor(dir, 'networks', 'n-selm'))).toEqual(['p-selm']);
    expect(ids(practicesFor(dir, 'contacts', 'ja-selm'))).toEqual(['p-selm']);
    expect(ids(practicesFor(dir, 'organisations', 'kreis'))).toEqual([]);
  });
  it('by topic', () => {
    expect(ids(offersForTopic(dir, 'geld'))).toEqual(['c-kreis']);
    expect(ids(networksForTopic(dir, 'erziehung'))).toEqual(['n-selm']);
    expect(ids(practicesForTopic(dir, 'erziehung'))).toEqual(['p-selm']);
    expect(offersForTopic(dir, 'unbekannt')).toEqual([]);
  });
});

describe('offersByPlace', () => {
  it('lists offers for several towns once and single-town offers under their town', () => {
    const g = offersByPlace(dir, [...dir.offers.values()]);
    expect(ids(g.several)).toEqual(['a-beide']);
    expect(g.byTown.map((t) => `${t.town.id}:${ids(t.offers).join('+')}`)).toEqual(['selm:b-selm']);
    expect(ids(g.district)).toEqual(['c-kreis']);
    expect(ids(g.nationwide)).toEqual(['d-bund']);
  });
});

describe('areaText and sources', () => {
  it('puts an area into words', () => {
    expect(areaText(dir, { area: 'town', towns: ['unna', 'selm'] })).toBe('Unna und Selm');
    expect(areaText(dir, { area: 'district', towns: [] })).toBe('ganzer Kreis Unna');
    expect(areaText(dir, { area: 'nationwide', towns: [] })).toBe('bundesweit');
  });
  it('collects every entry of a source with its sections', () => {
    const got = entriesFromSource(dir, 'antrag');
    expect(got.get('offers')?.find((e) => e.id === 'a-beide')).toEqual({ collection: 'offers', id: 'a-beide', title: 'Angebot in zwei Orten', url: '/angebote/a-beide/', sections: ['6.2'] });
    expect([...got.keys()]).toEqual(['towns', 'organisations', 'contacts', 'offers', 'networks', 'practices']);
    expect(countFromSource(dir, 'antrag')).toBe(3 + 3 + 2 + 4 + 3 + 1);
  });
});
