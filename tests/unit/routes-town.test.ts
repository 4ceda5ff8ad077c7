import { describe, expect, it, vi } from 'vitest';
import { contact, directory, lifePhase, network, offer, practice, town } from './routes-fixtures.ts';

// src/lib/entries.ts still imports astro:content (loading is being split from the relations); nothing here loads.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { townPage } = await import('../../src/lib/routes/town.ts');
const { chainOverview, townChain, practiceFilter } = await import('../../src/lib/routes/life-phase.ts');

const SITE = 'https://example.org';
const kreis = town('kreis-unna', 'Kreis Unna', { kind: 'kreis' });
const unna = town('unna', 'Unna');
const boenen = town('boenen', 'Bönen', { kind: 'gemeinde' });
const selm = town('selm', 'Selm', { jugendamt: 'ja-selm' });
const phases = [lifePhase('schwangerschaft', 1), lifePhase('kita-zeit', 2, { ageFrom: 3, ageTo: 6 })];
const contacts = [
  contact('ja-kreis', 'unna', { kind: 'jugendamt', name: 'Jugendamt Kreis Unna', responsibleFor: ['unna', 'boenen'], phones: [{ number: '02303 270' }] }),
  contact('ja-selm', 'selm', { kind: 'jugendamt', name: 'Jugendamt Selm' }),
  // In Unna, responsible for Bönen too; gives the pregnancy offer that names Bönen.
  contact('klinik', 'unna', { responsibleFor: ['boenen'], phones: [{ number: '02303 100', label: 'Zentrale' }] }),
  contact('buero-selm', 'selm'),
];
const offers = [
  offer('geburt', { area: 'town', towns: ['boenen', 'unna'], lifePhases: ['schwangerschaft'], contacts: ['klinik'] }),
  offer('kita-selm', { area: 'town', towns: ['selm'], ageRange: { from: 3, to: 6 }, contacts: ['buero-selm'] }),
  offer('kreisweit', { area: 'district', lifePhases: ['kita-zeit'] }),
  offer('hotline', { area: 'nationwide', lifePhases: ['kita-zeit'], channels: [{ kind: 'phone', phone: '116111' }] }),
];
const dir = directory({
  towns: [boenen, selm, unna, kreis],
  contacts,
  offers,
  lifePhases: phases,
  networks: [network('ak-selm', { area: 'town', towns: ['selm'] }), network('ak-region', { area: 'region' })],
  practices: [practice('p1', { towns: ['selm'] })],
});

describe('townPage', () => {
  it('names the responsible youth office of a town without its own', () => {
    const page = townPage(dir, boenen, SITE, { pdf: false });
    expect(page.jugendamt.id).toBe('ja-kreis');
    expect(page.jugendamtElsewhere).toBe(true);
    expect(page.jugendamtTowns).toEqual(['Unna', 'Bönen']);
    expect(page.contacts.map((c) => c.contact.id)).toEqual(['klinik']);
    expect(page.contactCards.responsible).toEqual([
      { href: '/anlaufstellen/klinik/', title: 'Stelle klinik', kind: 'Beratungsstelle', place: 'Sitz: Unna', summary: 'Eine Stelle.', phone: { number: '+492303100', label: 'Zentrale' } },
    ]);
  });

  it('splits offers by scope, with the hotline of a nationwide offer', () => {
    const page = townPage(dir, selm, SITE, { pdf: false });
    expect(page.offerCards.local.map((c) => c.href)).toEqual(['/angebote/kita-selm/']);
    expect(page.offerCards.district.map((c) => c.href)).toEqual(['/angebote/kreisweit/']);
    expect(page.offerCards.nationwide).toEqual([{ href: '/angebote/hotline/', title: 'Angebot hotline', phone: { number: '116111' } }]);
    expect(page.offerCards.more).toBeUndefined();
    expect(page.networkCards.local.map((c) => c.href)).toEqual(['/netzwerke/ak-selm/']);
    expect(page.networkCards.wide).toEqual([{ href: '/netzwerke/ak-region/', title: 'Netzwerk ak-region', kind: 'Arbeitskreis', regional: true }]);
    expect(page.toc.map((l) => l.href)).toEqual(['#jugendamt', '#praeventionskette', '#anlaufstellen', '#angebote', '#netzwerke', '#praxis', '#ueber']);
  });

  it('builds links, breadcrumbs and JSON-LD from the URL module', () => {
    const page = townPage(dir, selm, SITE, { pdf: true });
    expect(page.breadcrumbs).toEqual([
      { name: 'Orte', path: '/orte/' },
      { name: 'Selm', path: '/orte/selm/' },
    ]);
    expect(page.actions).toEqual({ guide: '/orte/selm/wegweiser/', guidePdf: '/wegweiser/selm.pdf', map: '/karte/?ort=selm', quickHelp: '/schnelle-hilfe/' });
    expect(townPage(dir, selm, SITE, { pdf: false }).actions.guidePdf).toBeUndefined();
    expect(page.jsonLd).toMatchObject({ '@type': 'City', url: 'https://example.org/orte/selm/', containedInPlace: { name: 'Kreis Unna' } });
    expect(JSON.stringify(page.jsonLd.containedInPlace)).toContain('https://example.org/orte/kreis-unna/');
    expect(page.kindLabel).toBe('Stadt im Kreis Unna');
    expect(page.otherTowns).toEqual([]);
  });

  it('lists the other towns on the district page, towns first', () => {
    const page = townPage(dir, kreis, SITE, { pdf: false });
    expect(page.heading).toBe('Hilfe für Familien im ganzen Kreis Unna');
    expect(page.otherTowns.map((t) => t.id)).toEqual(['boenen', 'selm', 'unna']);
  });
});

describe('the chain of a town and the overview flag the same gaps', () => {
  it('does not count an office in another town as "vor Ort"', () => {
    // "geburt" names Bönen, but is given at the clinic in Unna: a gap in Bönen, none in Unna.
    const chain = townChain(dir, boenen);
    expect(chain.links[0]).toMatchObject({ phase: 'schwangerschaft', total: 1, gap: true, scopes: '1 für Bönen · 0 kreisweit · 0 bundesweit', contacts: 'keine Anlaufstellen vor Ort' });
    expect(chain.intro).toContain('In 2 Phasen gibt es weder ein Angebot noch eine Anlaufstelle vor Ort');
    expect(townChain(dir, unna).links[0]).toMatchObject({ gap: false, contacts: '1 Anlaufstelle vor Ort', href: '/lebensphasen/schwangerschaft/unna/' });
  });

  it('agrees with the overview in every cell', () => {
    const overview = chainOverview(dir);
    for (const row of overview.towns) {
      const t = dir.towns.get(row.id);
      if (!t) throw new Error(row.id);
      expect(townChain(dir, t).links.map((l) => l.gap)).toEqual(row.cells.map((c) => c.level === 'gap'));
    }
    expect(overview.gapCount).toBe(4); // Bönen twice, Selm in pregnancy, Unna in the Kita phase
    expect(overview.cellCount).toBe(6);
  });

  it('counts the district by reach, with a gap only where a phase has no offer', () => {
    const chain = townChain(dir, kreis);
    expect(chain.links.map((l) => [l.scopes, l.gap, l.href])).toEqual([
      ['1 in einzelnen Orten · 0 kreisweit · 0 bundesweit', false, '/lebensphasen/schwangerschaft/'],
      ['1 in einzelnen Orten · 1 kreisweit · 1 bundesweit', false, '/lebensphasen/kita-zeit/'],
    ]);
  });
});

describe('chainOverview', () => {
  it('links every count to the list it counts', () => {
    const overview = chainOverview(dir);
    expect(overview.breadcrumbs.map((c) => c.path)).toEqual(['/lebensphasen/', '/lebensphasen/uebersicht/']);
    expect(overview.phases.map((p) => [p.id, p.age, p.total])).toEqual([
      ['schwangerschaft', 'vor der Geburt', 1],
      ['kita-zeit', '3–6 J.', 3],
    ]);
    const selmRow = overview.towns.find((r) => r.id === 'selm');
    expect(selmRow?.url).toBe('/orte/selm/#praeventionskette');
    expect(selmRow?.cells[1]).toMatchObject({ href: '/lebensphasen/kita-zeit/selm/', total: 3, onSite: { offers: 1, contacts: 1 }, level: 'some' });
    expect(overview.topics[0]?.cells.map((c) => [c.count, c.href])).toEqual([
      [1, '/lebensphasen/schwangerschaft/#thema-beratung'],
      [3, '/lebensphasen/kita-zeit/#thema-beratung'],
    ]);
  });
});

describe('practiceFilter', () => {
  it('counts practice examples per town and topic and names the active one', () => {
    const filter = practiceFilter(dir, { town: 'selm' });
    expect(filter.total).toBe(1);
    expect(filter.active).toBe('Selm');
    expect(filter.towns.find((t) => t.id === 'selm')).toEqual({ id: 'selm', name: 'Selm', count: 1, url: '/praxisbeispiele/ort/selm/' });
    expect(filter.towns.at(-1)).toMatchObject({ id: 'kreis-unna', name: 'Kreisweit', count: 0 });
    expect(filter.topics).toEqual([]); // the example names no topic
  });
});
