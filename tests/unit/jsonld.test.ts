import { describe, expect, it } from 'vitest';
import { contactSchema, networkSchema, offerSchema, organisationSchema, townSchema } from '../../src/schemas/index.ts';
import {
  absoluteUrl,
  breadcrumbJsonLd,
  contactJsonLd,
  networkJsonLd,
  offerJsonLd,
  openingHoursSpecification,
  organisationJsonLd,
  serializeJsonLd,
  townJsonLd,
  websiteJsonLd,
} from '../../src/lib/jsonld.ts';

const SITE = 'https://example.org';
const prov = { source: [{ document: 'quelle', section: '1' }], reviewed: '2011-12-14' };

const hotline = offerSchema.parse({
  title: 'Kinder- und Jugendtelefon',
  summary: 'Anonyme Beratung am Telefon.',
  organisation: 'nummer-gegen-kummer',
  area: 'nationwide',
  topics: ['krise-seele'],
  cost: 'free',
  status: 'active',
  languages: ['de'],
  channels: [{ kind: 'phone', label: 'Kinder- und Jugendtelefon', phone: '116 111', free: true, hours: [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'], opens: '14:00', closes: '20:00' }] }],
  ...prov,
});

describe('offerJsonLd', () => {
  const ld = offerJsonLd(hotline, {
    url: absoluteUrl(SITE, '/angebote/kjt/'),
    provider: { name: 'Nummer gegen Kummer e.V.', url: absoluteUrl(SITE, '/organisationen/ngk/'), website: 'https://www.nummergegenkummer.de/' },
    audiences: ['Kinder', 'Jugendliche'],
    topics: ['Krisen und seelische Gesundheit'],
  });
  it('is a Service with provider and nationwide area', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Service');
    expect(ld.name).toBe('Kinder- und Jugendtelefon');
    expect(ld.provider).toMatchObject({ '@type': 'Organization', name: 'Nummer gegen Kummer e.V.' });
    expect(ld.areaServed).toEqual({ '@type': 'Country', name: 'Deutschland' });
  });
  it('has audience, phone channel and hours', () => {
    expect(ld.audience).toEqual([
      { '@type': 'Audience', audienceType: 'Kinder' },
      { '@type': 'Audience', audienceType: 'Jugendliche' },
    ]);
    const channel = (ld.availableChannel as Record<string, unknown>[])[0]!;
    expect(channel['@type']).toBe('ServiceChannel');
    expect(channel.servicePhone).toMatchObject({ '@type': 'ContactPoint', telephone: '116111' });
    expect(ld.hoursAvailable).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((d) => `https://schema.org/${d}`),
        opens: '14:00:00',
        closes: '20:00:00',
      },
    ]);
    expect(ld.offers).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'EUR' });
  });
  it('serves listed towns as City', () => {
    const local = offerSchema.parse({ ...hotline, channels: [], area: 'town', towns: ['selm'] });
    const out = offerJsonLd(local, {
      url: 'https://example.org/angebote/x/',
      provider: { name: 'Stadt Selm', url: 'https://example.org/organisationen/stadt-selm/' },
      towns: [{ name: 'Selm', url: 'https://example.org/orte/selm/', kind: 'stadt' }],
    });
    expect(out.areaServed).toEqual({ '@type': 'City', '@id': 'https://example.org/orte/selm/', name: 'Selm' });
    expect(out.availableChannel).toBeUndefined();
  });
  it('district offers serve the AdministrativeArea', () => {
    const d = offerSchema.parse({ ...hotline, area: 'district' });
    const out = offerJsonLd(d, { url: 'https://example.org/a/', provider: { name: 'Kreis Unna', url: 'https://example.org/o/' } });
    expect(out.areaServed).toEqual({ '@type': 'AdministrativeArea', name: 'Kreis Unna' });
  });
});

describe('contactJsonLd', () => {
  const base = {
    name: 'Jugendamt Selm',
    kind: 'jugendamt',
    organisation: 'stadt-selm',
    town: 'selm',
    summary: 'Das Jugendamt der Stadt Selm.',
    address: { street: 'Adenauerplatz 2', postcode: '59379', locality: 'Selm' },
    geo: { lat: 51.69, lng: 7.47, precision: 'address' },
    phones: [{ number: '02592 690' }],
    hours: [{ days: ['Mo', 'Di'], opens: '08:30', closes: '12:00' }],
    ...prov,
  };
  it('public offices are GovernmentOffice with address, geo, phone and hours', () => {
    const ld = contactJsonLd(contactSchema.parse(base), {
      url: 'https://example.org/anlaufstellen/jugendamt-selm/',
      office: true,
      organisation: { name: 'Stadt Selm', url: 'https://example.org/organisationen/stadt-selm/' },
      town: { name: 'Selm', url: 'https://example.org/orte/selm/', kind: 'stadt' },
    });
    expect(ld['@type']).toBe('GovernmentOffice');
    expect(ld.address).toMatchObject({ '@type': 'PostalAddress', streetAddress: 'Adenauerplatz 2', postalCode: '59379', addressLocality: 'Selm' });
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 51.69, longitude: 7.47 });
    expect(ld.telephone).toBe('+492592690');
    expect((ld.openingHoursSpecification as unknown[]).length).toBe(1);
  });
  it('other places are Place, and town-centre coordinates are left out', () => {
    const ld = contactJsonLd(contactSchema.parse({ ...base, kind: 'familienzentrum', geo: { lat: 51.69, lng: 7.47, precision: 'town' } }), {
      url: 'https://example.org/anlaufstellen/fz/',
      office: false,
      organisation: { name: 'Träger', url: 'https://example.org/organisationen/t/' },
    });
    expect(ld['@type']).toBe('Place');
    expect(ld.geo).toBeUndefined();
  });
});

describe('organisation, network and town', () => {
  it('organisation is an Organization with parent', () => {
    const org = organisationSchema.parse({ name: 'Fachbereich Familie und Jugend', kind: 'oeffentlich', parent: 'kreis-unna', summary: 'x', website: 'https://www.kreis-unna.de/', ...prov });
    const ld = organisationJsonLd(org, { url: 'https://example.org/organisationen/fb/', parent: { name: 'Kreis Unna', url: 'https://example.org/organisationen/kreis-unna/' } });
    expect(ld['@type']).toBe('Organization');
    expect(ld.sameAs).toBe('https://www.kreis-unna.de/');
    expect(ld.parentOrganization).toMatchObject({ name: 'Kreis Unna' });
  });
  it('network lists members', () => {
    const net = networkSchema.parse({ name: 'AK Frühe Hilfen', kind: 'arbeitskreis', summary: 'x', area: 'district', status: 'active', since: 2008, members: [{ organisation: 'dksb' }, { text: 'Hebammen' }], ...prov });
    const ld = networkJsonLd(net, {
      url: 'https://example.org/netzwerke/ak/',
      members: [{ name: 'DKSB', url: 'https://example.org/organisationen/dksb/' }, { name: 'Hebammen' }],
    });
    expect(ld['@type']).toBe('Organization');
    expect(ld.foundingDate).toBe('2008');
    expect(ld.member).toEqual([
      { '@type': 'Organization', '@id': 'https://example.org/organisationen/dksb/', name: 'DKSB', url: 'https://example.org/organisationen/dksb/' },
      { '@type': 'Organization', name: 'Hebammen' },
    ]);
    expect(ld.areaServed).toEqual({ '@type': 'AdministrativeArea', name: 'Kreis Unna' });
  });
  it('towns are City, the district an AdministrativeArea', () => {
    const town = townSchema.parse({ name: 'Selm', kind: 'stadt', centre: { lat: 51.69, lng: 7.47, precision: 'town' }, jugendamt: 'jugendamt-selm', ...prov });
    expect(townJsonLd(town, { url: 'https://example.org/orte/selm/' })['@type']).toBe('City');
    const kreis = townSchema.parse({ ...town, name: 'Kreis Unna', kind: 'kreis' });
    expect(townJsonLd(kreis, { url: 'https://example.org/orte/kreis-unna/' })['@type']).toBe('AdministrativeArea');
  });
});

describe('helpers', () => {
  it('breadcrumbs have positions and absolute URLs', () => {
    const ld = breadcrumbJsonLd([{ name: 'Start', path: '/' }, { name: 'Orte', path: '/orte/' }], SITE);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Start', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Orte', item: 'https://example.org/orte/' },
    ]);
  });
  it('serialisation cannot close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
  it('24:00 closes just before midnight', () => {
    expect(openingHoursSpecification([{ days: ['So'], opens: '00:00', closes: '24:00' }])[0]).toMatchObject({ closes: '23:59:59' });
  });
  it('website has a search action', () => {
    const ld = websiteJsonLd(SITE, 'Brücken für Familien', 'x');
    expect(JSON.stringify(ld)).toContain('https://example.org/suche/?q={search_term_string}');
  });
});
