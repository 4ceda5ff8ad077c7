/**
 * A small directory for the guide tests, every entry parsed by the real
 * content schemas (src/schemas/), so the fixtures have the shape the build
 * gives them (defaults filled in, phone numbers normalised).
 */
import type { z } from 'astro/zod';
import { hotlineGroups } from '../../src/components/chain/hotlines.ts';
import type { Phase } from '../../src/components/chain/data.ts';
import type { ContactEntry, Directory, OfferEntry, SourceEntry, TermEntry, TownEntry } from '../../src/lib/entries.ts';
import type { GuideInput } from '../../src/lib/guide/content.ts';
import { contactSchema, offerSchema, organisationSchema, sourceSchema, townSchema } from '../../src/schemas/index.ts';
import { audienceTerm, contactKindTerm, lifePhaseTerm, term, topicTerm } from '../../src/schemas/vocabulary.ts';

const prov = { source: [{ document: 'antrag', section: '4' }], reviewed: '2011-12-14' };
const centre = { lat: 51.6, lng: 7.6, precision: 'town' } as const;

const town = (id: string, data: Omit<z.input<typeof townSchema>, 'centre' | 'source' | 'reviewed'>): TownEntry => ({ id, collection: 'towns', data: townSchema.parse({ centre, ...prov, ...data }) });
const contact = (id: string, data: Omit<z.input<typeof contactSchema>, 'organisation' | 'summary' | 'source' | 'reviewed'>): ContactEntry => ({
  id,
  collection: 'contacts',
  data: contactSchema.parse({ organisation: 'kreis-unna-fb', summary: `Über ${data.name}.`, ...prov, ...data }),
});
const offer = (id: string, data: Omit<z.input<typeof offerSchema>, 'summary' | 'organisation' | 'topics' | 'status' | 'source' | 'reviewed'> & { status?: 'active' | 'ended' | 'unknown'; reviewed?: string }): OfferEntry => ({
  id,
  collection: 'offers',
  data: offerSchema.parse({ summary: `Über ${data.title}.`, organisation: 'kreis-unna-fb', topics: ['familienleben'], status: 'active', ...prov, ...data }),
});
const hotline = (id: string, title: string, phone: string, extra: Partial<z.input<typeof offerSchema>> = {}) =>
  offer(id, { title, area: 'nationwide', channels: [{ kind: 'phone', label: title, phone, free: true }], source: [{ document: 'betreiber', section: 'Website' }], ...extra });

export const PHASES: Phase[] = [
  { id: 'schwangerschaft', label: 'Schwangerschaft und Geburt', description: 'Vor der Geburt.', order: 1 },
  { id: 'baby-kleinkind', label: 'Baby und Kleinkind', description: 'Die ersten Jahre.', order: 2, ageFrom: 0, ageTo: 3 },
  { id: 'kita-zeit', label: 'Kita-Zeit', description: 'In der Kita.', order: 3, ageFrom: 3, ageTo: 6 },
].map((p) => {
  const t = lifePhaseTerm.parse(p);
  return { id: t.id, label: t.label, description: t.description, order: t.order, ageFrom: t.ageFrom, ageTo: t.ageTo };
});

const map = <T extends { id: string }>(items: T[]) => new Map(items.map((e) => [e.id, e]));

/** The directory: Selm with its own Jugendamt, Holzwickede served by the district's, and the district itself. */
export function directory({ withPredecessor = true, withEmergency = true } = {}): Directory {
  const offers = [
    offer('hebammen-selm', { title: 'Hebammensprechstunde', area: 'town', towns: ['selm'], lifePhases: ['schwangerschaft', 'baby-kleinkind'], contacts: ['jugendamt-selm'] }),
    offer('babytreff', { title: 'Babytreff', area: 'district', lifePhases: ['baby-kleinkind'], contacts: ['eb-unna'] }),
    offer('kita-sprechstunde', { title: 'Kita-Sprechstunde', area: 'town', towns: ['holzwickede'], ageRange: { from: 3, to: 6 } }),
    offer('elternkurs', {
      title: 'Elternkurs',
      area: 'district',
      channels: [{ kind: 'phone', label: 'Anmeldung', phone: '02303 27-0', free: true, hours: [{ days: ['Mo'], opens: '09:00', closes: '12:00' }] }],
      email: 'kurs@example.org',
      reviewed: '2019-05-02',
    }),
    offer('ohne-kontakt', { title: 'Lernpaten', area: 'town', towns: ['selm', 'holzwickede'] }),
    offer('beendet', { title: 'Altes Projekt', area: 'district', lifePhases: ['kita-zeit'], status: 'ended' }),
    ...(withPredecessor ? [offer('familienberatungsfuehrer-selm', { title: 'Familienberatungsführer der Stadt Selm', area: 'town', towns: ['selm'], contacts: ['jugendamt-selm'] })] : []),
    ...(withEmergency ? [hotline('polizei-notruf-110', 'Polizei-Notruf', '110', { topics: ['notfall'] }), hotline('notruf-112', 'Feuerwehr und Rettungsdienst', '112', { topics: ['notfall'] })] : []),
    hotline('kinder-jugendtelefon', 'Kinder- und Jugendtelefon', '116111', { audiences: ['kinder'] }),
    hotline('elterntelefon', 'Elterntelefon', '0800 1110550', { audiences: ['eltern'], channels: [{ kind: 'phone', label: 'Beratung', phone: '0800 1110550', free: true }] }),
  ];
  const contacts = [
    contact('jugendamt-selm', { name: 'Jugendamt Selm', kind: 'jugendamt', town: 'selm', responsibleFor: ['selm'], address: { street: 'Adenauerplatz 2', postcode: '59379', locality: 'Selm' }, phones: [{ number: '02592 690' }] }),
    contact('jugendamt-kreis', { name: 'Jugendamt Kreis Unna', kind: 'jugendamt', town: 'kreis-unna', responsibleFor: ['holzwickede', 'kreis-unna'], email: 'ja@example.org' }),
    contact('eb-unna', { name: 'Erziehungsberatung Unna', kind: 'beratungsstelle', town: 'unna', responsibleFor: ['holzwickede', 'selm'] }),
    contact('familienbuero-selm', { name: 'Familienbüro Selm', kind: 'familienbuero', town: 'selm', phones: [{ number: '02592 691', label: 'Zentrale' }] }),
  ];
  const sources: SourceEntry[] = [
    { id: 'antrag', collection: 'sources', data: sourceSchema.parse({ title: 'Antrag', publisher: 'Kreis Unna', date: '2011-12', kind: 'document', summary: 'Der Antrag.', reviewed: '2011-12-14' }) },
    { id: 'betreiber', collection: 'sources', data: sourceSchema.parse({ title: 'Angaben der Betreiber', publisher: 'Betreiber', date: '2024', kind: 'operator', summary: 'Websites.', reviewed: '2024-01-01' }) },
  ];
  const kinds: TermEntry<'contactKinds'>[] = [
    ['jugendamt', 'Jugendamt'],
    ['beratungsstelle', 'Beratungsstelle'],
    ['familienbuero', 'Familienbüro'],
  ].map(([id, label]) => ({ id: id!, collection: 'contactKinds', data: contactKindTerm.parse({ id, label, description: `${label}.` }) }));
  return {
    sources: map(sources),
    towns: map([
      town('selm', { name: 'Selm', kind: 'stadt', jugendamt: 'jugendamt-selm' }),
      town('holzwickede', { name: 'Holzwickede', kind: 'gemeinde', jugendamt: 'jugendamt-kreis' }),
      town('kreis-unna', { name: 'Kreis Unna', kind: 'kreis', jugendamt: 'jugendamt-kreis' }),
    ]),
    organisations: map([{ id: 'kreis-unna-fb', collection: 'organisations', data: organisationSchema.parse({ name: 'Kreis Unna, Familie und Jugend', kind: 'oeffentlich', summary: 'Fachbereich.', ...prov }) }]),
    contacts: map(contacts),
    offers: map(offers),
    networks: new Map(),
    practices: new Map(),
    topics: map([
      { id: 'familienleben', collection: 'topics' as const, data: topicTerm.parse({ id: 'familienleben', label: 'Familienleben', description: 'Familienleben.' }) },
      { id: 'notfall', collection: 'topics' as const, data: topicTerm.parse({ id: 'notfall', label: 'Notfall', description: 'Notfall.', emergency: true, quickHelp: true }) },
    ]),
    audiences: map([
      { id: 'kinder', collection: 'audiences' as const, data: audienceTerm.parse({ id: 'kinder', label: 'Kinder', description: 'Kinder.', hotlineGroup: 'kinder' }) },
      { id: 'eltern', collection: 'audiences' as const, data: audienceTerm.parse({ id: 'eltern', label: 'Eltern', description: 'Eltern.', hotlineGroup: 'eltern' }) },
    ]),
    lifePhases: new Map(),
    contactKinds: map(kinds),
    networkKinds: new Map(),
    organisationKinds: new Map(),
    accessModes: new Map(),
    crisis: new Map(),
  };
}

/** The guide input for one town, with the relations computed as src/lib/guide/load.ts does. */
export function guideInput(dir: Directory, townId: string): GuideInput {
  const town = dir.towns.get(townId)!;
  return {
    dir,
    town,
    district: townId === 'kreis-unna',
    townContacts: [...dir.contacts.values()].filter((c) => c.data.town === townId || c.data.responsibleFor.includes(townId)),
    phases: PHASES,
    hotlines: hotlineGroups(dir),
    today: '2026-11-30',
    siteUrl: 'https://familien.example.org',
    siteName: 'Brücken für Familien',
  };
}
