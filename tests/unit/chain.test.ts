import { describe, expect, it } from 'vitest';
import {
  chainForTown,
  contactsOfTown,
  countWords,
  groupByTopic,
  offerInPhase,
  offersInPhase,
  phasesOfOffer,
  phaseTopicMatrix,
  townPhaseMatrix,
  type ContactLike,
  type OfferLike,
  type PhaseLike,
} from '../../src/lib/chain/index.ts';

const PHASES: PhaseLike[] = [
  { id: 'jugend', order: 5, ageFrom: 10, ageTo: 18 },
  { id: 'schwangerschaft', order: 1 },
  { id: 'baby-kleinkind', order: 2, ageFrom: 0, ageTo: 3 },
  { id: 'kita-zeit', order: 3, ageFrom: 3, ageTo: 6 },
  { id: 'grundschule', order: 4, ageFrom: 6, ageTo: 10 },
  { id: 'uebergang-beruf', order: 6, ageFrom: 16, ageTo: 27 },
];
const phase = (id: string) => PHASES.find((p) => p.id === id)!;

function offer(id: string, o: Partial<OfferLike>): OfferLike {
  return { id, area: 'town', towns: [], lifePhases: [], topics: ['familienleben'], contacts: [], ...o };
}

const OFFERS: OfferLike[] = [
  offer('familienbuero-selm', { towns: ['selm'], lifePhases: ['schwangerschaft', 'baby-kleinkind'], topics: ['fruehe-hilfen'], contacts: ['familienbuero-selm'] }),
  offer('kinderzukunft', { towns: ['unna', 'boenen'], lifePhases: ['schwangerschaft'], topics: ['fruehe-hilfen', 'gesundheit'], contacts: ['katharinen-hospital'] }),
  offer('sicher-gebunden', { area: 'district', ageRange: { from: 0, to: 3 }, topics: ['fruehe-hilfen'], organisation: 'dksb', partners: ['kreis-jugendamt'] }),
  offer('cybermobbing', { area: 'district', ageRange: { from: 9, to: 10 }, topics: ['medien'] }),
  offer('nummer-gegen-kummer', { area: 'nationwide', ageRange: { from: 6, to: 21 }, topics: ['krise-seele'] }),
  offer('kontaktstelle-abbrecher', { towns: ['kamen'], ageRange: { from: 14 }, topics: ['arbeit-ausbildung', 'schule-bildung'], contacts: ['jfz-kamen'] }),
  offer('beendet', { towns: ['selm'], lifePhases: ['kita-zeit'], status: 'ended' }),
  offer('nur-alter-5', { towns: ['selm'], ageRange: { from: 5, to: 5 } }),
];

const CONTACTS: ContactLike[] = [
  { id: 'familienbuero-selm', town: 'selm', responsibleFor: [] },
  { id: 'katharinen-hospital', town: 'unna', responsibleFor: [] },
  { id: 'jfz-kamen', town: 'kamen', responsibleFor: [] },
  { id: 'jugendamt-kreis', town: 'unna', responsibleFor: ['boenen', 'selm'] },
  { id: 'beratungsstelle-dksb', town: 'unna', responsibleFor: [], organisation: 'dksb' },
  { id: 'familienbuero-boenen', town: 'boenen', responsibleFor: [], organisation: 'kreis-jugendamt' },
];

describe('offerInPhase', () => {
  it('follows lifePhases', () => {
    expect(offerInPhase(OFFERS[0]!, phase('schwangerschaft'))).toBe(true);
    expect(offerInPhase(OFFERS[0]!, phase('kita-zeit'))).toBe(false);
  });

  it('follows overlapping age ranges, with touching ends not overlapping', () => {
    const sicher = OFFERS[2]!;
    expect(phasesOfOffer(sicher, PHASES).map((p) => p.id)).toEqual(['baby-kleinkind']);
    expect(phasesOfOffer(OFFERS[3]!, PHASES).map((p) => p.id)).toEqual(['grundschule']);
    expect(phasesOfOffer(OFFERS[4]!, PHASES).map((p) => p.id)).toEqual(['grundschule', 'jugend', 'uebergang-beruf']);
    // Open-ended "ab 14": youth and transition to work.
    expect(phasesOfOffer(OFFERS[5]!, PHASES).map((p) => p.id)).toEqual(['jugend', 'uebergang-beruf']);
    // One exact age.
    expect(phasesOfOffer(OFFERS[7]!, PHASES).map((p) => p.id)).toEqual(['kita-zeit']);
  });

  it('never places an offer in pregnancy by age', () => {
    expect(offerInPhase(offer('x', { ageRange: { from: 0, to: 27 } }), phase('schwangerschaft'))).toBe(false);
  });

  it('leaves out ended offers', () => {
    expect(offersInPhase(OFFERS, phase('kita-zeit')).map((o) => o.id)).toEqual(['nur-alter-5']);
  });
});

describe('towns', () => {
  it('finds contact points in or responsible for a town', () => {
    expect(contactsOfTown(CONTACTS, 'selm').map((c) => c.id)).toEqual(['familienbuero-selm', 'jugendamt-kreis']);
    expect(contactsOfTown(CONTACTS, 'werne')).toEqual([]);
  });

  it('builds the chain of a town with local, district and nationwide counts and gaps', () => {
    const chain = chainForTown('selm', PHASES, OFFERS, CONTACTS);
    expect(chain.map((l) => l.phase.id)).toEqual(['schwangerschaft', 'baby-kleinkind', 'kita-zeit', 'grundschule', 'jugend', 'uebergang-beruf']);
    const [pregnancy, baby, kita, school, youth] = chain;
    expect(pregnancy!.counts).toEqual({ local: 1, district: 0, nationwide: 0, total: 1 });
    expect(pregnancy!.contacts.map((c) => c.id)).toEqual(['familienbuero-selm']);
    expect(baby!.counts).toEqual({ local: 1, district: 1, nationwide: 0, total: 2 });
    expect(kita!.counts.local).toBe(1); // the ended offer is not counted
    expect(school!.counts).toEqual({ local: 0, district: 1, nationwide: 1, total: 2 });
    expect(school!.gap).toBe(true);
    expect(youth!.gap).toBe(true);
    expect(baby!.gap).toBe(false);
  });

  it('counts the same in the matrix as in the chain', () => {
    const towns = ['selm', 'kamen', 'unna'];
    const matrix = townPhaseMatrix(towns, PHASES, OFFERS, CONTACTS);
    towns.forEach((town, i) => {
      const chain = chainForTown(town, PHASES, OFFERS, CONTACTS);
      expect(matrix[i]!.map((c) => c.counts.total)).toEqual(chain.map((l) => l.offers.length));
    });
    expect(matrix[1]!.find((c) => c.phase === 'jugend')!.counts.local).toBe(1);
    expect(matrix[1]!.find((c) => c.phase === 'jugend')!.contacts).toBe(1);
    expect(matrix[1]!.find((c) => c.phase === 'jugend')!.onSite).toEqual({ offers: 1, contacts: 1 });
  });

  it('counts as "vor Ort" only what is located in the town, not offices elsewhere responsible for it', () => {
    const [boenen, unna] = townPhaseMatrix(['boenen', 'unna'], PHASES, OFFERS, CONTACTS);
    const pregnancy = (row: typeof boenen) => row!.find((c) => c.phase === 'schwangerschaft')!;
    // KinderZUKUNFT names Bönen, but is given at the hospital in Unna.
    expect(pregnancy(boenen).counts.local).toBe(1);
    expect(pregnancy(boenen).onSite).toEqual({ offers: 0, contacts: 0 });
    expect(pregnancy(unna).onSite).toEqual({ offers: 1, contacts: 1 });
    // The Kreis youth office (in Unna, responsible for Bönen) is no contact point in Bönen;
    // the Familienbüro in Bönen (run by a partner of "sicher gebunden") is.
    const baby = boenen!.find((c) => c.phase === 'baby-kleinkind')!;
    expect(baby.onSite).toEqual({ offers: 1, contacts: 1 });
  });
});

describe('contact points of a phase', () => {
  it('counts places that the offer lists or whose organisation provides it', () => {
    const unna = chainForTown('unna', PHASES, OFFERS, CONTACTS);
    expect(unna[1]!.contacts.map((c) => c.id)).toEqual(['beratungsstelle-dksb']); // provider
    expect(unna[0]!.contacts.map((c) => c.id)).toEqual(['katharinen-hospital']); // listed in contacts
    const boenen = chainForTown('boenen', PHASES, OFFERS, CONTACTS);
    expect(boenen[1]!.contacts.map((c) => c.id)).toEqual(['familienbuero-boenen']); // partner
    expect(boenen[1]!.gap).toBe(false);
    expect(boenen[3]!.contacts).toEqual([]);
  });
});

describe('topics', () => {
  it('groups a phase by topic in vocabulary order', () => {
    const groups = groupByTopic(offersInPhase(OFFERS, phase('schwangerschaft')), ['gesundheit', 'fruehe-hilfen', 'medien']);
    expect(groups.map((g) => [g.topic, g.offers.map((o) => o.id)])).toEqual([
      ['gesundheit', ['kinderzukunft']],
      ['fruehe-hilfen', ['familienbuero-selm', 'kinderzukunft']],
    ]);
  });

  it('counts phases × topics', () => {
    const m = phaseTopicMatrix(PHASES, ['fruehe-hilfen', 'medien'], OFFERS);
    expect(m[0]).toEqual([2, 0]); // pregnancy
    expect(m[1]).toEqual([2, 0]); // baby
    expect(m[3]).toEqual([0, 1]); // primary school
  });

  it('words counts in German', () => {
    expect(countWords(0, 'Angebot', 'Angebote')).toBe('keine Angebote');
    expect(countWords(1, 'Angebot', 'Angebote')).toBe('1 Angebot');
    expect(countWords(4, 'Angebot', 'Angebote')).toBe('4 Angebote');
  });
});
