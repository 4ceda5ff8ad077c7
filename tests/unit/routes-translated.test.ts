/**
 * Route data of the topic, life-phase and map pages in other languages
 * (src/lib/translated-terms.ts, src/lib/translated-map.ts) on a small fixture
 * directory: translated offers link the translated page, the others keep their
 * German title and link the German page; term names come from the
 * vocabulary translations; the review state covers everything on the page.
 */
import { describe, expect, it, vi } from 'vitest';
import { contact, directory, lifePhase, offer, topic, town } from './routes-fixtures.ts';
import type { I18nContext } from '../../src/lib/translated.ts';
import type { TranslationIndex } from '../../src/i18n/urls.ts';
import type { TermTranslation } from '../../src/schemas/translation.ts';

// src/lib/entries.ts still imports astro:content (loading is being split from the relations); nothing here loads.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { translatedPhasePage, translatedPhasesIndex, translatedTopicPage, translatedTopicsIndex } = await import('../../src/lib/translated-terms.ts');
const { translatedMapPage } = await import('../../src/lib/translated-map.ts');
const { termTexts } = await import('../../src/lib/vocabulary-translations.ts');

const term = (label: string, reviewed = false): TermTranslation => ({ label, description: `${label}: Beschreibung.`, keywords: [], reviewed });
const dir = directory({
  towns: [town('selm', 'Selm'), town('kreis-unna', 'Kreis Unna', { kind: 'kreis' })],
  topics: [topic('beratung', 'Beratung'), topic('kita', 'Kita')],
  lifePhases: [lifePhase('baby', 1, { ageFrom: 0, ageTo: 3 }), lifePhase('schule', 2, { ageFrom: 6, ageTo: 10 })],
  offers: [
    offer('hilfe', { area: 'town', towns: ['selm'], topics: ['beratung'], lifePhases: ['baby'] }),
    offer('hotline', { area: 'nationwide', topics: ['beratung'], lifePhases: ['baby'], title: 'Hilfetelefon' }),
  ],
  contacts: [contact('amt', 'selm', { name: 'Jugendamt Selm', geo: { lat: 51.69, lng: 7.47, precision: 'town' } })],
});
const texts = termTexts(
  new Map([['tr', { topics: { beratung: term('Danışmanlık'), kita: term('Kreş', true) }, lifePhases: { baby: term('Bebek'), schule: term('Okul') } }]]),
  { topics: ['beratung', 'kita'], lifePhases: ['baby', 'schule'] },
);
const index: TranslationIndex = { langs: ['tr'], offers: () => new Set(['hotline']), towns: new Set(['selm']), topics: new Set(['beratung', 'kita']), lifePhases: new Set(['baby', 'schule']) };
const ctx: I18nContext = {
  index,
  offer: (lang, id) => (lang === 'tr' && id === 'hotline' ? { title: 'Yardım hattı', summary: 'Ücretsiz.', keywords: [], reviewed: false } : undefined),
};

describe('translated topic pages', () => {
  it('lists every topic with its translated name and count', () => {
    const page = translatedTopicsIndex(dir, 'tr', texts);
    expect(page.tiles.map((t) => [t.href, t.label, t.count])).toEqual([
      ['/tr/themen/beratung/', 'Danışmanlık', 'Hizmet sayısı: 2'],
      ['/tr/themen/kita/', 'Kreş', 'Hizmet sayısı: 0'],
    ]);
    expect(page.reviewed).toBe(false);
  });
  it('shows translated offers in the language and the others in German, in the German page groups', () => {
    const page = translatedTopicPage(dir, ctx, 'tr', dir.topics.get('beratung')!, texts);
    expect(page.groups.map((g) => [g.id, g.heading, g.offers.map((o) => [o.title, o.lang, o.href])])).toEqual([
      ['ort-selm', 'Selm', [['Angebot hilfe', 'de', '/angebote/hilfe/']]],
      ['bundesweit', 'Ülke çapında ulaşılabilir', [['Yardım hattı', 'tr', '/tr/angebote/hotline/']]],
    ]);
    expect(page).toMatchObject({ label: 'Danışmanlık', germanLabel: 'Beratung', germanPath: '/themen/beratung/', anyGerman: true, reviewed: false, total: 2 });
    expect(page.breadcrumbs.map((c) => c.path)).toEqual(['/tr/themen/', '/tr/themen/beratung/']);
  });
});

describe('translated life-phase pages', () => {
  it('lists the phases in order; the overview stays German', () => {
    const page = translatedPhasesIndex(dir, 'tr', texts);
    expect(page.phases.map((p) => [p.href, p.label, p.count])).toEqual([
      ['/tr/lebensphasen/baby/', 'Bebek', 'Hizmet sayısı: 2'],
      ['/tr/lebensphasen/schule/', 'Okul', 'Hizmet sayısı: 0'],
    ]);
    expect(page.overviewUrl).toBe('/lebensphasen/uebersicht/');
  });
  it('groups the offers by translated topic, local first, and links the German town filter pages', () => {
    const page = translatedPhasePage(dir, ctx, 'tr', 'baby', texts);
    expect(page.groups.map((g) => [g.id, g.heading, g.topicHref, g.offers.map((o) => o.title)])).toEqual([['thema-beratung', 'Danışmanlık', '/tr/themen/beratung/', ['Angebot hilfe', 'Yardım hattı']]]);
    expect(page.towns).toEqual([{ name: 'Selm', href: '/lebensphasen/baby/selm/', count: 2 }]);
    expect(page.prev).toBeUndefined();
    expect(page.next).toEqual({ href: '/tr/lebensphasen/schule/', label: 'Sonraki: Okul' });
    expect(page.kicker).toBe('Yaşam evresi 1 / 2');
    expect(() => translatedPhasePage(dir, ctx, 'tr', 'gibt-es-nicht', texts)).toThrow(/gibt-es-nicht/);
  });
});

describe('translated map page', () => {
  it('keeps the German places and translates headings, counts and town links', () => {
    const page = translatedMapPage(dir, 'tr');
    expect(page.lead).toContain('Konumu bilinen başvuru yerleri: 1');
    expect(page.approx).toContain('(1)');
    expect(page.breadcrumbs).toEqual([{ name: 'Harita', path: '/tr/karte/' }]);
    expect(page.page.groups.map((g) => [g.title, g.townUrl])).toEqual([['Selm', '/tr/orte/selm/']]);
    expect(page.page.district).toMatchObject({ title: 'Bütün Kreis Unna için yetkili', townUrl: '/tr/orte/kreis-unna/' });
    expect(page.page.places[0]).toMatchObject({ name: 'Jugendamt Selm', url: '/anlaufstellen/amt/' });
  });
});
