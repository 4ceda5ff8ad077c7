import { describe, expect, it } from 'vitest';
import { ref } from '../../src/lib/directory/references.ts';
import { contactRoute, entryCrumbs, provenanceOf, sectionText, termLinks } from '../../src/lib/routes/common.ts';
import { contactPage, contactsIndexPage, missingText } from '../../src/lib/routes/contact.ts';
import { indexMetaOf } from '../../src/lib/routes/index-meta.ts';
import { networkPage, networksIndexPage } from '../../src/lib/routes/network.ts';
import { offerGroups, offerPage, offerReach, offersIndexPage } from '../../src/lib/routes/offer.ts';
import { organisationPage } from '../../src/lib/routes/organisation.ts';
import { practicePage, practicesTownPage } from '../../src/lib/routes/practice.ts';
import { bySection, sourcePage } from '../../src/lib/routes/source.ts';
import { topicPage, topicsIndexPage } from '../../src/lib/routes/topic.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fixtureDirectory } from './relations-fixture.ts';

const dir = fixtureDirectory();
const site = (path: string) => new URL(path, siteConfig.url).href;

describe('common route data', () => {
  it('breadcrumbs lead from the section to the entry', () => {
    expect(entryCrumbs('offers', 'b-selm', 'Beratung Selm')).toEqual([
      { name: 'Angebote', path: '/angebote/' },
      { name: 'Beratung Selm', path: '/angebote/b-selm/' },
    ]);
  });
  it('termLinks link topics and explain other terms, and stop on an unknown term', () => {
    const from = { collection: 'offers' as const, id: 'b-selm', field: 'topics' };
    expect(termLinks(dir, 'topics', ['geld'], from)).toEqual([{ id: 'geld', label: 'Geld', description: 'Geld.', href: '/themen/geld/' }]);
    expect(termLinks(dir, 'contactKinds', ['jugendamt'], from)[0]?.href).toBeUndefined();
    expect(() => termLinks(dir, 'topics', ['wohnen'], from)).toThrow('Feld „topics“: Verweis auf "wohnen" ins Leere');
  });
  it('provenance groups sections per document and marks old facts', () => {
    const offer = ref(dir, 'offers', 'b-selm');
    const p = provenanceOf(dir, 'offers', { ...offer, data: { ...offer.data, source: [{ document: 'antrag', section: '6.1' }, { document: 'antrag', section: '9.2' }] } }, 'Beratung Selm', '2026-01-01');
    expect(p.citations).toEqual([{ title: 'Antrag', url: '/quellen/antrag/', sections: 'Abschnitte 6.1, 9.2' }]);
    expect(p.stale).toBe(true);
    expect(provenanceOf(dir, 'offers', offer, 'Beratung Selm', '2024-06-01').stale).toBe(false);
    expect(p.issueUrl).toContain(encodeURIComponent(site('/angebote/b-selm/')));
    expect(sectionText(['Website des Betreibers'])).toBe('Website des Betreibers');
  });
  it('contactRoute names the Jugendamt per town and the hotline of the topics, never the page itself', () => {
    const r = contactRoute(dir, ['unna', 'selm'], ['erziehung']);
    expect(r.offices.map((o) => `${o.office.id}:${o.towns.join('+')}:${o.website ?? '-'}`)).toEqual(['ja-selm:Selm:https://www.selm.de', 'ja-kreis:Unna:-']);
    expect(r.hotlines.map((o) => o.id)).toEqual(['d-bund']);
    expect(contactRoute(dir, [], [], 'ja-selm').offices.map((o) => o.office.id)).toEqual(['ja-kreis']);
  });
});

describe('offer page', () => {
  const page = offerPage(dir, ref(dir, 'offers', 'a-beide'));
  it('resolves provider, partners, towns and topics', () => {
    expect(page.provider).toEqual({ name: 'Stadt Selm', href: '/organisationen/stadt-selm/', website: 'https://www.selm.de' });
    expect(page.partners).toEqual([{ name: 'Kreis Unna', href: '/organisationen/kreis/' }]);
    expect(page.area).toEqual([
      { name: 'Unna', href: '/orte/unna/' },
      { name: 'Selm', href: '/orte/selm/' },
    ]);
    expect(page.topics.map((t) => t.label)).toEqual(['Erziehung']);
  });
  it('offers a way to someone when there is no phone, and builds JSON-LD with absolute URLs', () => {
    expect(page.reachable).toBe(false);
    expect(page.route?.offices.length).toBe(2);
    expect(page.head.jsonLd).toMatchObject({ '@type': 'Service', '@id': site('/angebote/a-beide/'), provider: { '@id': site('/organisationen/stadt-selm/') } });
  });
  it('a nationwide hotline with a phone needs no route and shows its area in words', () => {
    const hotline = offerPage(dir, ref(dir, 'offers', 'd-bund'));
    expect(hotline.route).toBeUndefined();
    expect(hotline.area).toBe('bundesweit');
    expect(hotline.phoneChannels).toHaveLength(1);
  });
  it('lists the contact points and practice examples', () => {
    const local = offerPage(dir, ref(dir, 'offers', 'b-selm'));
    expect(local.contacts.map((c) => `${c.title}|${c.kind}|${c.place}`)).toEqual(['Jugendamt Selm|Jugendamt|Selm']);
    expect(local.practices.map((c) => c.href)).toEqual(['/praxisbeispiele/p-selm/']);
  });
});

describe('offer lists', () => {
  it('the index groups offers by place and names the provider', () => {
    const { groups, total } = offersIndexPage(dir);
    expect(total).toBe(4);
    expect(groups.several.map((c) => `${c.title}|${c.place}`)).toEqual(['Angebot in zwei Orten|Unna und Selm']);
    expect(groups.byTown.map((g) => `${g.id}:${g.cards.map((c) => c.kind).join()}`)).toEqual(['ort-selm:Stadt Selm']);
    expect(groups.byTown[0]?.more).toBeUndefined();
  });
  it('marks ended offers', () => {
    const offer = ref(dir, 'offers', 'c-kreis');
    const ended = { ...offer, data: { ...offer.data, status: 'ended' as const } };
    expect(offerGroups(dir, [ended]).district[0]?.badges).toEqual([{ label: 'beendet', variant: 'ended' }]);
  });
  it('topic pages list offers and networks of the topic', () => {
    const page = topicPage(dir, ref(dir, 'topics', 'geld'));
    expect(page.total).toBe(1);
    expect(page.groups.district.map((c) => c.title)).toEqual(['Kreisweite Hilfe']);
    expect(topicPage(dir, ref(dir, 'topics', 'erziehung')).networks.map((c) => c.title)).toEqual(['AK Selm']);
    expect(topicsIndexPage(dir).tiles.map((t) => t.count)).toEqual(['4 Angebote', '1 Angebot']);
  });
});

describe('contact point page', () => {
  it('says what the source does not give and links town, organisation and map', () => {
    const page = contactPage(dir, ref(dir, 'contacts', 'ja-selm'));
    expect(page.missing).toBe('keine Telefonnummer und keine Anschrift');
    expect(page.townPreposition).toBe('in');
    expect(page.mapUrl).toBe('/karte/?ort=selm');
    expect(page.route?.offices.map((o) => o.office.id)).toEqual([]);
    expect(page.offers.map((c) => `${c.title}:${c.scope}`)).toEqual(['Beratung Selm:town']);
    expect(missingText({ phones: ['x'], address: {} })).toBeUndefined();
  });
  it('the district office has no route (it has a phone) and says "im"', () => {
    const page = contactPage(dir, ref(dir, 'contacts', 'ja-kreis'));
    expect(page.route).toBeUndefined();
    expect(page.townPreposition).toBe('im');
    expect(page.head.jsonLd).toMatchObject({ '@id': site('/anlaufstellen/ja-kreis/') });
  });
  it('the index groups contact points by town and names towns without their own', () => {
    const page = contactsIndexPage(dir);
    expect(page.groups.map((g) => `${g.id}:${g.tocLabel}:${g.count}`)).toEqual(['ort-selm:Selm:1', 'ort-kreis-unna:Kreisweit:1']);
    expect(page.groups[1]?.shown[0]?.place).toBe('zuständig für Unna');
    expect(page.withoutOwn).toEqual([{ name: 'Unna', href: '/orte/unna/' }]);
  });
});

describe('organisation, network, practice and source pages', () => {
  it('organisation: parent, contact points, offers with role, networks with role', () => {
    expect(organisationPage(dir, ref(dir, 'organisations', 'kreis-jugend')).parent).toEqual({ name: 'Kreis Unna', href: '/organisationen/kreis/' });
    const page = organisationPage(dir, ref(dir, 'organisations', 'kreis'));
    expect(page.children.map((c) => c.title)).toEqual(['Kreis – Jugend']);
    expect(page.offers.map((c) => `${c.title}|${c.kind ?? ''}|${c.scope}`)).toEqual(['Angebot in zwei Orten|als Partner beteiligt|town', 'Elterntelefon||nationwide', 'Kreisweite Hilfe||district']);
    expect(organisationPage(dir, ref(dir, 'organisations', 'stadt-selm')).networks.map((c) => c.kind)).toEqual(['koordiniert das Netzwerk', 'Mitglied']);
  });
  it('network: coordinator and members resolved or in words', () => {
    const page = networkPage(dir, ref(dir, 'networks', 'n-selm'));
    expect(page.coordinator).toEqual({ name: 'Stadt Selm', href: '/organisationen/stadt-selm/', note: undefined });
    expect(page.members.map((m) => m.href ?? m.name)).toEqual(['/organisationen/kreis/', 'Schulen']);
    expect(page.head.jsonLd).toMatchObject({ member: [{ '@id': site('/organisationen/kreis/') }, { name: 'Schulen' }] });
    expect(networkPage(dir, ref(dir, 'networks', 'n-region')).area).toBe('regional, über den Kreis Unna hinaus');
    expect(networksIndexPage(dir).wide.map((c) => `${c.title}:${c.badges.map((b) => b.label).join()}`)).toEqual(['Kreiskonferenz:', 'Regionales Netz:regional']);
  });
  it('practice: whom to ask and what it belongs to', () => {
    const page = practicePage(dir, ref(dir, 'practices', 'p-selm'));
    expect(page.ask.map((c) => `${c.kind}:${c.title}`)).toEqual(['Anlaufstelle:Jugendamt Selm']);
    expect(page.related.map((c) => `${c.kind}:${c.title}`)).toEqual(['Angebot:Beratung Selm', 'Netzwerk:AK Selm']);
    expect(practicesTownPage(dir, ref(dir, 'towns', 'kreis-unna')).head.breadcrumbs.at(-1)).toEqual({ name: 'Kreisweit', path: '/praxisbeispiele/ort/kreis-unna/' });
  });
  it('source: entries by collection and section in natural order', () => {
    const page = sourcePage(dir, ref(dir, 'sources', 'antrag'));
    expect(page.total).toBe(16);
    expect(page.groups.map((g) => `${g.name}:${g.count}`)).toEqual(['Orte:3', 'Organisationen:3', 'Anlaufstellen:2', 'Angebote:4', 'Netzwerke:3', 'Praxisbeispiele:1']);
    const e = (title: string) => ({ collection: 'offers' as const, id: title, title, url: '', sections: [] as string[] });
    expect(bySection([{ ...e('b'), sections: ['6.10'] }, { ...e('a'), sections: ['6.2', '6.10'] }]).map(([s, l]) => `${s}:${l.map((x) => x.title).join()}`)).toEqual(['6.2:a', '6.10:a,b']);
  });
});

describe('search index data', () => {
  it('filters by kind, town and topic; metadata with title and phone', () => {
    const { filters, metas } = indexMetaOf(dir, ref(dir, 'offers', 'd-bund'));
    expect(filters).toContain('art:angebot');
    expect(filters).toContain('thema:erziehung');
    expect(metas).toContain('title:Elterntelefon');
    expect(metas).toContain('tel:+498001110550');
    expect(metas.every((m) => !/^[a-z_]+:$/.test(m))).toBe(true);
    expect(indexMetaOf(dir, ref(dir, 'contacts', 'ja-selm')).filters).toContain('thema:erziehung');
  });
});

describe('offerReach (the way to someone, on offer pages in every language)', () => {
  it('without a phone anywhere: the Jugendamt of the towns; with one: no route', () => {
    const none = offerReach(dir, ref(dir, 'offers', 'a-beide'));
    expect(none.route?.offices.map((o) => o.office.id)).toEqual(offerPage(dir, ref(dir, 'offers', 'a-beide')).route?.offices.map((o) => o.office.id));
    expect(none.route?.offices.length).toBe(2);
    expect(offerReach(dir, ref(dir, 'offers', 'd-bund')).route).toBeUndefined();
  });
});
