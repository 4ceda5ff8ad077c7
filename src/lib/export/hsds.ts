/**
 * The directory as Open Referral HSDS 3.0 (Human Services Data Specification):
 * offers → `service`, organisations → `organization`, contact points with an
 * address or coordinates → `location`, offer × contact point → `service_at_location`,
 * vocabularies and sources → `taxonomy` / `taxonomy_term`, linked by `attribute`.
 *
 * Pure functions over the loaded directory; ids are stable UUIDs (see ids.ts).
 * Nothing personal is exported: HSDS `contact` (a named person) stays empty,
 * and every text comes from fields that name functions and offices.
 */
import type { Contact, EntryCollection, Offer, Organisation } from '../../schemas/index.ts';
import { PAGES, absoluteUrl, entryUrl, lifePhaseUrl, taxonomyAnchor, topicUrl, withAnchor } from '../urls.ts';
import type { OpeningHours } from '../../schemas/hours.ts';
import type { Channel } from '../../schemas/contact-channels.ts';
import { costLabel, formatDays, formatTimeRange, hoursSummary, languageName, statusLabel } from '../format.ts';
import { partId, stableId } from './ids.ts';
import type { ExportDirectory, ExportOptions, Item } from './types.ts';

export const HSDS_VERSION = '3.0';

/** A JSON object as exported (undefined values are dropped when serialised). */
export type HsdsObject = { id: string; [key: string]: unknown };

// ---------------------------------------------------------------------------
// Taxonomies: one per vocabulary, one for the sources, one for coordinate precision.

export type TaxonomyKey = 'topics' | 'audiences' | 'lifePhases' | 'accessModes' | 'contactKinds' | 'organisationKinds' | 'sources' | 'precision';

export const TAXONOMIES: Record<TaxonomyKey, { name: string; description: string; linkType: string }> = {
  topics: { name: 'Themen', description: 'Themen der Angebote im Familienwegweiser Kreis Unna.', linkType: 'topic' },
  audiences: { name: 'Zielgruppen', description: 'Für wen ein Angebot gedacht ist.', linkType: 'audience' },
  lifePhases: { name: 'Lebensphasen', description: 'Lebensphasen der Präventionskette, von der Schwangerschaft bis zum Berufseinstieg.', linkType: 'life_phase' },
  accessModes: { name: 'Zugangswege', description: 'Wie man an ein Angebot kommt (anonym, ohne Termin, Hausbesuch, telefonisch, online).', linkType: 'access' },
  contactKinds: { name: 'Arten von Anlaufstellen', description: 'Art einer Anlaufstelle (Jugendamt, Familienbüro, Beratungsstelle …).', linkType: 'kind' },
  organisationKinds: { name: 'Arten von Organisationen', description: 'Art eines Trägers (öffentlich, Wohlfahrtsverband, Kirche, Verein …).', linkType: 'kind' },
  sources: { name: 'Quellen', description: 'Dokumente, aus denen die Angaben stammen. Der Wert des Attributs nennt den Abschnitt.', linkType: 'source' },
  precision: { name: 'Genauigkeit der Koordinaten', description: 'Wie genau die Koordinaten eines Ortes sind.', linkType: 'coordinate_precision' },
};

/** Terms of the precision taxonomy (the values of `geo.precision`). */
export const PRECISION_TERMS: Record<Contact['geo'] extends infer G ? (G extends { precision: infer P } ? P & string : never) : never, { name: string; description: string }> = {
  address: { name: 'Gebäude', description: 'Die Koordinaten zeigen auf das Gebäude.' },
  street: { name: 'Straße', description: 'Die Koordinaten liegen an der Straße, nicht genau am Gebäude.' },
  town: { name: 'Ortsmitte', description: 'Nur die Ortsmitte: Keine Quelle nennt die genaue Lage.' },
};

export const taxonomyId = (key: TaxonomyKey): string => stableId('taxonomies', key);
export const termId = (key: TaxonomyKey, id: string): string => stableId(key, id);

/** Absolute URL of an entry page, e.g. https://…/angebote/erziehungsberatung/. */
export function pageUrl(site: string, collection: EntryCollection, id: string): string {
  return absoluteUrl(site, entryUrl(collection, id));
}

export function taxonomyObject(key: TaxonomyKey, site: string): HsdsObject {
  return {
    id: taxonomyId(key),
    name: TAXONOMIES[key].name,
    description: TAXONOMIES[key].description,
    uri: absoluteUrl(site, withAnchor(PAGES.openData, taxonomyAnchor(key))),
    version: HSDS_VERSION,
  };
}

/** Every term of every taxonomy, in a fixed order. */
export function taxonomyTerms(dir: ExportDirectory, site: string): HsdsObject[] {
  const out: HsdsObject[] = [];
  const vocab = (key: Exclude<TaxonomyKey, 'sources' | 'precision'>, uri?: (id: string) => string) => {
    for (const t of dir[key].values()) out.push(termObject(key, t.id, t.data.label, t.data.description, uri?.(t.id)));
  };
  vocab('topics', (id) => absoluteUrl(site, topicUrl(id)));
  vocab('audiences');
  vocab('lifePhases', (id) => absoluteUrl(site, lifePhaseUrl(id)));
  vocab('accessModes');
  vocab('contactKinds');
  vocab('organisationKinds');
  for (const s of dir.sources.values()) {
    out.push(termObject('sources', s.id, s.data.title, `${s.data.publisher}, ${s.data.date}. ${s.data.summary}`, pageUrl(site, 'sources', s.id)));
  }
  for (const [id, t] of Object.entries(PRECISION_TERMS)) out.push(termObject('precision', id, t.name, t.description));
  return out;
}

function termObject(key: TaxonomyKey, id: string, name: string, description: string, uri?: string): HsdsObject {
  return {
    id: termId(key, id),
    code: id,
    name,
    description,
    taxonomy: TAXONOMIES[key].name,
    taxonomy_id: taxonomyId(key),
    language: 'de',
    term_uri: uri,
  };
}

/** Look up a term object by taxonomy and code (built once per export). */
type TermIndex = Map<string, HsdsObject>;
function indexTerms(terms: HsdsObject[]): TermIndex {
  return new Map(terms.map((t) => [`${String(t.taxonomy_id)}/${String(t.code)}`, t]));
}

function attribute(terms: TermIndex, ownerId: string, linkEntity: string, key: TaxonomyKey, code: string, value?: string): HsdsObject {
  const term = terms.get(`${taxonomyId(key)}/${code}`);
  if (!term) throw new Error(`Export: Begriff „${code}“ fehlt in der Taxonomie „${TAXONOMIES[key].name}“.`);
  return {
    id: partId(ownerId, `attribute/${key}`, `${code}/${value ?? ''}`),
    link_id: ownerId,
    link_type: TAXONOMIES[key].linkType,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    value,
  };
}

function sourceAttributes(terms: TermIndex, ownerId: string, linkEntity: string, source: readonly { document: string; section: string }[]): HsdsObject[] {
  return source.map((s) => attribute(terms, ownerId, linkEntity, 'sources', s.document, s.section));
}

// ---------------------------------------------------------------------------
// Small parts: schedules, phones, languages.

const BYDAY: Record<string, string> = { Mo: 'MO', Di: 'TU', Mi: 'WE', Do: 'TH', Fr: 'FR', Sa: 'SA', So: 'SU' };

/** Opening hours in words, one line per row: "Montag bis Freitag 9:00 bis 12:00 Uhr (nur in den Schulferien)". */
export function hoursInWords(hours: readonly OpeningHours[] | undefined, note?: string): string {
  const lines = (hours ?? []).map((h) => {
    let line = `${formatDays(h.days)} ${formatTimeRange(h.opens, h.closes)}`;
    if (h.validFrom || h.validUntil) line += ` (${[h.validFrom && `ab ${h.validFrom}`, h.validUntil && `bis ${h.validUntil}`].filter(Boolean).join(' ')})`;
    if (h.note) line += ` – ${h.note}`;
    return line;
  });
  const summary = hoursSummary(hours);
  const text = summary === 'rund um die Uhr' ? [summary] : lines;
  return [...text, ...(note ? [note] : [])].join('; ');
}

/**
 * HSDS schedules for structured hours (weekly rules, local time Europe/Berlin),
 * plus one schedule with only a description for a free-text note ("nach Vereinbarung").
 */
export function schedules(
  ownerId: string,
  link: { service_id?: string; location_id?: string },
  hours: readonly OpeningHours[] | undefined,
  note: string | undefined,
  attendingType: string,
  label?: string,
): HsdsObject[] {
  const out: HsdsObject[] = (hours ?? []).map((h, i) => ({
    id: partId(ownerId, `schedule/${label ?? ''}`, i),
    ...link,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: h.days.map((d) => BYDAY[d]).join(','),
    opens_at: h.opens,
    closes_at: h.closes,
    valid_from: h.validFrom,
    valid_to: h.validUntil,
    description: [label, `${formatDays(h.days)} ${formatTimeRange(h.opens, h.closes)}`].filter(Boolean).join(': '),
    attending_type: attendingType,
    notes: ['Ortszeit Deutschland (Europe/Berlin)', h.note].filter(Boolean).join('. '),
  }));
  if (note) {
    out.push({ id: partId(ownerId, `schedule-note/${label ?? ''}`), ...link, description: [label, note].filter(Boolean).join(': '), attending_type: attendingType });
  }
  return out;
}

function languages(ownerId: string, link: { service_id?: string; location_id?: string }, codes: readonly string[]): HsdsObject[] {
  return codes.map((code) => ({ id: partId(ownerId, 'language', code), ...link, name: languageName(code), code }));
}

const ATTENDING: Record<Channel['kind'], string> = { phone: 'phone', chat: 'online', email: 'email', web: 'online' };

// ---------------------------------------------------------------------------
// Locations, organisations, services.

export const locationId = (contactId: string): string => stableId('contacts', contactId);
export const organizationId = (orgId: string): string => stableId('organisations', orgId);
export const serviceId = (offerId: string): string => stableId('offers', offerId);
export const serviceAtLocationId = (offerId: string, contactId: string): string => stableId('service_at_location', `${offerId}@${contactId}`);

/** Contact points that become HSDS locations: those with an address or coordinates. */
export function hasLocation(contact: Contact): boolean {
  return contact.address !== undefined || contact.geo !== undefined;
}

export function toLocation(c: Item<Contact>, dir: ExportDirectory, opts: ExportOptions, terms: TermIndex): HsdsObject {
  const id = locationId(c.id);
  const d = c.data;
  const town = dir.towns.get(d.town)?.data.name ?? d.town;
  const approx = d.geo?.precision === 'town' ? ` Lage ungefähr: Die Koordinaten sind die Ortsmitte von ${town}.` : '';
  return {
    id,
    location_type: 'physical',
    url: d.website,
    organization_id: organizationId(d.organisation),
    name: d.name,
    description: `${d.summary}${approx}`,
    latitude: d.geo?.lat,
    longitude: d.geo?.lng,
    external_identifier: pageUrl(opts.site, 'contacts', c.id),
    external_identifier_type: 'Seite im Familienwegweiser Kreis Unna',
    languages: languages(id, { location_id: id }, d.languages),
    addresses: d.address
      ? [
          {
            id: partId(id, 'address'),
            location_id: id,
            address_1: d.address.street,
            address_2: d.address.district,
            city: d.address.locality,
            region: 'Kreis Unna',
            state_province: 'Nordrhein-Westfalen',
            postal_code: d.address.postcode,
            country: 'DE',
            address_type: 'physical',
          },
        ]
      : [],
    contacts: [],
    accessibility: d.accessibility ? [{ id: partId(id, 'accessibility'), location_id: id, description: d.accessibility }] : [],
    phones: d.phones.map((p, i) => ({ id: partId(id, 'phone', i), location_id: id, number: p.number, type: 'voice', description: p.label })),
    schedules: schedules(id, { location_id: id }, d.hours, d.hoursNote, 'in person'),
    attributes: [
      attribute(terms, id, 'location', 'contactKinds', d.kind),
      ...(d.geo ? [attribute(terms, id, 'location', 'precision', d.geo.precision)] : []),
      ...sourceAttributes(terms, id, 'location', d.source),
    ],
    metadata: [],
  };
}

export function toOrganization(o: Item<Organisation>, dir: ExportDirectory, opts: ExportOptions, terms: TermIndex, locations: HsdsObject[]): HsdsObject {
  const id = organizationId(o.id);
  const d = o.data;
  return {
    id,
    name: d.name,
    alternate_name: d.shortName,
    description: d.summary,
    website: d.website,
    uri: pageUrl(opts.site, 'organisations', o.id),
    parent_organization_id: d.parent && dir.organisations.has(d.parent) ? organizationId(d.parent) : undefined,
    funding: [],
    contacts: [],
    phones: [],
    locations,
    programs: [],
    organization_identifiers: [],
    attributes: [attribute(terms, id, 'organization', 'organisationKinds', d.kind), ...sourceAttributes(terms, id, 'organization', d.source)],
    metadata: [],
  };
}

const STATUS: Record<Offer['status'], string> = { active: 'active', ended: 'defunct', unknown: 'active' };

function serviceAreas(o: Item<Offer>, dir: ExportDirectory, site: string): HsdsObject[] {
  const id = serviceId(o.id);
  if (o.data.area === 'nationwide') return [{ id: partId(id, 'area', 'de'), service_id: id, name: 'Deutschland', description: 'bundesweit' }];
  if (o.data.area === 'district') {
    return [{ id: partId(id, 'area', 'kreis-unna'), service_id: id, name: 'Kreis Unna', description: 'ganzer Kreis Unna', uri: absoluteUrl(site, PAGES.towns) }];
  }
  return o.data.towns.map((t) => ({ id: partId(id, 'area', t), service_id: id, name: dir.towns.get(t)?.data.name ?? t, uri: pageUrl(site, 'towns', t) }));
}

function costOptions(o: Item<Offer>): HsdsObject[] {
  const id = serviceId(o.id);
  const { cost, costNote } = o.data;
  if (cost === 'unknown') return [];
  return [
    {
      id: partId(id, 'cost'),
      service_id: id,
      option: costLabel(cost),
      currency: 'EUR',
      amount: cost === 'free' ? 0 : undefined,
      amount_description: costNote ?? costLabel(cost),
    },
  ];
}

export interface HsdsExport {
  services: HsdsObject[];
  organizations: HsdsObject[];
  locations: HsdsObject[];
  serviceAtLocations: HsdsObject[];
  taxonomies: HsdsObject[];
  taxonomyTerms: HsdsObject[];
}

/** Shallow organisation for nesting inside a service (its locations are listed in the organisation's own file). */
function shallow(org: HsdsObject): HsdsObject {
  return { ...org, locations: [] };
}

export function toService(o: Item<Offer>, dir: ExportDirectory, opts: ExportOptions, terms: TermIndex, orgs: ReadonlyMap<string, HsdsObject>, sals: HsdsObject[]): HsdsObject {
  const id = serviceId(o.id);
  const d = o.data;
  const link = { service_id: id };
  const phones = d.channels
    .filter((c) => c.kind === 'phone' && c.phone)
    .map((c, i) => ({ id: partId(id, 'phone', i), service_id: id, number: c.phone, type: 'voice', description: [c.label, c.free ? 'kostenlos' : undefined, hoursInWords(c.hours, c.hoursNote) || undefined].filter(Boolean).join(' – ') }));
  const channelSchedules = d.channels.flatMap((c, i) => schedules(partId(id, 'channel', i), link, c.hours, c.hoursNote, ATTENDING[c.kind], c.label));
  const email = d.email ?? d.channels.find((c) => c.kind === 'email')?.email;
  const audiences = d.audiences.map((a) => dir.audiences.get(a)?.data.label ?? a);
  const unknownStatus = d.status === 'unknown';
  const org = orgs.get(d.organisation);
  return {
    id,
    organization_id: organizationId(d.organisation),
    name: d.title,
    description: d.summary,
    url: d.website ?? d.channels.find((c) => c.url)?.url,
    email,
    status: STATUS[d.status],
    alert: unknownStatus ? `Status: ${statusLabel('unknown')}.` : undefined,
    fees_description: d.cost === 'unknown' ? undefined : [costLabel(d.cost), d.costNote].filter(Boolean).join('. '),
    eligibility_description: audiences.length > 0 ? `Für: ${audiences.join(', ')}` : undefined,
    minimum_age: d.ageRange?.from,
    maximum_age: d.ageRange?.to,
    assured_date: d.reviewed,
    last_modified: `${d.reviewed}T00:00:00Z`,
    phones,
    schedules: channelSchedules,
    service_areas: serviceAreas(o, dir, opts.site),
    service_at_locations: sals,
    languages: languages(id, link, d.languages),
    organization: org ? shallow(org) : undefined,
    funding: [],
    cost_options: costOptions(o),
    required_documents: [],
    contacts: [],
    attributes: [
      ...d.topics.map((t) => attribute(terms, id, 'service', 'topics', t)),
      ...d.audiences.map((t) => attribute(terms, id, 'service', 'audiences', t)),
      ...d.lifePhases.map((t) => attribute(terms, id, 'service', 'lifePhases', t)),
      ...d.access.map((t) => attribute(terms, id, 'service', 'accessModes', t)),
      ...sourceAttributes(terms, id, 'service', d.source),
    ],
    metadata: [],
  };
}

/** Drop undefined values and empty strings recursively, so files carry only what we know. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => compact(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === '') continue;
      out[k] = compact(v);
    }
    return out as T;
  }
  return value;
}

/** The whole directory as HSDS objects. Deterministic: the same directory gives the same output. */
export function buildHsds(dir: ExportDirectory, opts: ExportOptions): HsdsExport {
  const taxonomies = (Object.keys(TAXONOMIES) as TaxonomyKey[]).map((k) => taxonomyObject(k, opts.site));
  const termList = taxonomyTerms(dir, opts.site);
  const terms = indexTerms(termList);

  const locationByContact = new Map<string, HsdsObject>();
  for (const c of dir.contacts.values()) if (hasLocation(c.data)) locationByContact.set(c.id, toLocation(c, dir, opts, terms));
  const locations = [...locationByContact.values()];

  const locationsByOrg = new Map<string, HsdsObject[]>();
  for (const c of dir.contacts.values()) {
    const location = locationByContact.get(c.id);
    if (location) locationsByOrg.set(c.data.organisation, [...(locationsByOrg.get(c.data.organisation) ?? []), location]);
  }
  const orgs = new Map<string, HsdsObject>();
  for (const o of dir.organisations.values()) orgs.set(o.id, toOrganization(o, dir, opts, terms, locationsByOrg.get(o.id) ?? []));

  const serviceAtLocations: HsdsObject[] = [];
  const services: HsdsObject[] = [];
  for (const o of dir.offers.values()) {
    const sals = o.data.contacts
      .filter((c) => locationByContact.has(c))
      .map((c) => {
        const location = locationByContact.get(c)!;
        return {
          id: serviceAtLocationId(o.id, c),
          service_id: serviceId(o.id),
          location_id: location.id,
          description: `${o.data.title} – ${String(location.name)}`,
          contacts: [],
          phones: [],
          schedules: [],
          location,
          attributes: [],
          metadata: [],
        } satisfies HsdsObject;
      });
    serviceAtLocations.push(...sals);
    services.push(toService(o, dir, opts, terms, orgs, sals));
  }

  return compact({ services, organizations: [...orgs.values()], locations, serviceAtLocations, taxonomies, taxonomyTerms: termList });
}
