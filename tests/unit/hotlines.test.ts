import { describe, expect, it } from 'vitest';
import { hotlineGroups, isEmergency } from '../../src/components/chain/hotlines.ts';
import { VOCABULARY_SCHEMAS } from '../../src/schemas/index.ts';
import type { Directory, OfferEntry, TermEntry } from '../../src/lib/entries.ts';
import { directoryOf, offerEntry } from '../support/fixtures.ts';

/** A hotline offer built through the offer schema (from the fixture offer). */
function hotline(id: string, phone: string, topics: string[], audiences: string[] = [], area = 'nationwide', status = 'active'): OfferEntry {
  return offerEntry(id, { title: id, area, towns: area === 'town' ? ['unna'] : [], topics, audiences, status, channels: [{ kind: 'phone', phone, label: id }] });
}

const offers = [
  hotline('telefonseelsorge', '+498001110111', ['krise-seele']),
  hotline('notruf-112', '112', ['notfall']),
  hotline('polizei-110', '110', ['notfall']),
  hotline('kinder-jugendtelefon', '116111', ['krise-seele', 'kinderschutz'], ['kinder', 'jugendliche']),
  hotline('elterntelefon', '+498001110550', ['erziehung-beratung'], ['eltern']),
  hotline('schwangere-in-not', '+498004040020', ['schwangerschaft'], ['werdende-eltern']),
  hotline('missbrauch', '+498002255530', ['gewalt', 'kinderschutz'], ['eltern', 'jugendliche']),
  hotline('bereitschaftsdienst', '116117', ['gesundheit'], ['eltern']),
  hotline('lokal', '+4923032700', ['notfall'], [], 'district'),
  hotline('beendet', '+498001234567', ['krise-seele'], [], 'nationwide', 'ended'),
];
/** Terms as the vocabularies give them: the behaviour comes from their flags, not from their ids. */
function terms<T extends 'topics' | 'audiences'>(name: T, items: Record<string, Record<string, unknown>>) {
  return new Map(Object.entries(items).map(([id, flags]) => [id, { id, collection: name, data: VOCABULARY_SCHEMAS[name].parse({ id, label: id, description: id, ...flags }) } as TermEntry<T>]));
}
const TOPIC_FLAGS: Record<string, Record<string, unknown>> = {
  'krise-seele': { quickHelp: true },
  notfall: { emergency: true, quickHelp: true },
  kinderschutz: {},
  'erziehung-beratung': {},
  schwangerschaft: { hotlineGroup: 'schwanger' },
  gewalt: { hotlineGroup: 'gewalt' },
  gesundheit: { hotlineGroup: 'krank' },
};
const topics = terms('topics', TOPIC_FLAGS);
const audiences = terms('audiences', {
  kinder: { hotlineGroup: 'kinder' },
  jugendliche: { hotlineGroup: 'kinder' },
  eltern: { hotlineGroup: 'eltern' },
  'werdende-eltern': { hotlineGroup: 'schwanger' },
});
const dir = directoryOf({ offers: new Map(offers.map((o) => [o.id, o])), topics, audiences });

describe('Schnelle Hilfe groups', () => {
  it('puts 110 before 112, then groups each nationwide hotline once, children and young people first', () => {
    const { emergency, groups } = hotlineGroups(dir);
    expect(emergency.map((o) => o.id)).toEqual(['polizei-110', 'notruf-112']);
    expect(groups.map((g) => [g.id, g.offers.map((o) => o.id)])).toEqual([
      ['kinder', ['kinder-jugendtelefon']],
      ['gewalt', ['missbrauch']],
      ['krise', ['telefonseelsorge']],
      ['schwanger', ['schwangere-in-not']],
      ['krank', ['bereitschaftsdienst']],
      ['eltern', ['elterntelefon']],
    ]);
  });

  it('takes emergencies and groups from the terms, not from their ids', () => {
    const renamed = terms('topics', { ...TOPIC_FLAGS, notfall: {}, gewalt: { emergency: true } });
    const other = { ...dir, topics: renamed } as unknown as Directory;
    expect(isEmergency(other.offers.get('notruf-112')!, other)).toBe(false);
    expect(hotlineGroups(other).emergency.map((o) => o.id)).toEqual(['missbrauch']);
  });
});
