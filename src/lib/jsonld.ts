/**
 * schema.org JSON-LD for the pages: offers as `Service`, contact points as
 * `GovernmentOffice` or `Place`, organisations and networks as `Organization`,
 * towns as `City` / `AdministrativeArea`, plus `BreadcrumbList` and `WebSite`.
 *
 * Pure functions over plain data: the caller resolves references (names and
 * URLs of organisations, towns, labels of terms) and passes them in.
 */
import type { Contact, Network, Offer, Organisation, Town } from '../schemas/index.ts';
import { scriptJson } from './script-json.ts';
import type { OpeningHours } from '../schemas/hours.ts';
import type { Address, GeoPoint } from '../schemas/geo.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonLd = { [key: string]: Json | undefined };

const CONTEXT = 'https://schema.org';

/** Absolute URL of a site path: ("https://x.de", "/orte/unna/") → "https://x.de/orte/unna/". */
import { PAGES, absoluteUrl } from './urls.ts';
import { isDistrictTown } from './area.ts';
export { absoluteUrl } from './urls.ts';

/** JSON for a `<script type="application/ld+json">` block: `<` is escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return scriptJson(data);
}

/** Remove keys whose value is undefined, null, '' or an empty list (keeps the output readable). */
function clean<T extends JsonLd>(obj: T): T {
  const out: JsonLd = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

const DAY_URI: Record<string, string> = {
  Mo: 'https://schema.org/Monday',
  Di: 'https://schema.org/Tuesday',
  Mi: 'https://schema.org/Wednesday',
  Do: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  So: 'https://schema.org/Sunday',
};

/** schema.org OpeningHoursSpecification for structured hours. */
export function openingHoursSpecification(hours: readonly OpeningHours[] | undefined): JsonLd[] {
  return (hours ?? []).map((h) =>
    clean({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: h.days.map((d) => DAY_URI[d] ?? d),
      opens: `${h.opens}:00`,
      closes: h.closes === '24:00' ? '23:59:59' : `${h.closes}:00`,
      validFrom: h.validFrom,
      validThrough: h.validUntil,
      description: h.note,
    }),
  );
}

function postalAddress(address: Address | undefined): JsonLd | undefined {
  if (!address) return undefined;
  return clean({
    '@type': 'PostalAddress',
    streetAddress: address.street,
    postalCode: address.postcode,
    addressLocality: address.locality,
    addressRegion: 'Nordrhein-Westfalen',
    addressCountry: 'DE',
  });
}

/** Coordinates, only when they are more exact than the town centre. */
function geoCoordinates(geo: GeoPoint | undefined): JsonLd | undefined {
  if (!geo || geo.precision === 'town') return undefined;
  return { '@type': 'GeoCoordinates', latitude: geo.lat, longitude: geo.lng };
}

/** A named thing of the directory: name, page URL (absolute) and optional own website. */
export interface Linked {
  name: string;
  url: string;
  website?: string | undefined;
}

function orgRef(o: Linked): JsonLd {
  return clean({ '@type': 'Organization', '@id': o.url, name: o.name, url: o.website ?? o.url });
}

/** A town as schema.org place: the district is an AdministrativeArea, towns are City. */
export interface PlaceRef {
  name: string;
  url: string;
  kind: Town['kind'];
}
function placeRef(t: PlaceRef): JsonLd {
  return { '@type': isDistrictTown(t) ? 'AdministrativeArea' : 'City', '@id': t.url, name: t.name };
}

const DISTRICT_AREA: JsonLd = { '@type': 'AdministrativeArea', name: 'Kreis Unna' };
const GERMANY: JsonLd = { '@type': 'Country', name: 'Deutschland' };

export interface OfferContext {
  /** Absolute URL of the offer page. */
  url: string;
  provider: Linked;
  partners?: Linked[];
  /** Resolved towns of `towns` (used when area is "town"). */
  towns?: PlaceRef[];
  /** The district entry, if the directory has one (used when area is "district"). */
  district?: PlaceRef | undefined;
  /** Labels of audiences and topics. */
  audiences?: string[];
  topics?: string[];
  /** Contact points where the offer is given. */
  locations?: { name: string; url: string; address?: Address | undefined; geo?: GeoPoint | undefined; phone?: string | undefined }[];
}

function areaServed(area: Offer['area'] | Network['area'], ctx: { towns?: PlaceRef[] | undefined; district?: PlaceRef | undefined }): Json | undefined {
  if (area === 'nationwide') return GERMANY;
  if (area === 'district' || area === 'region') return ctx.district ? placeRef(ctx.district) : DISTRICT_AREA;
  const towns = (ctx.towns ?? []).map(placeRef);
  if (towns.length === 0) return undefined;
  return towns.length === 1 ? towns[0] : towns;
}

/** schema.org `Service` for an offer. */
export function offerJsonLd(offer: Offer, ctx: OfferContext): JsonLd {
  const channels: JsonLd[] = offer.channels.map((c) =>
    clean({
      '@type': 'ServiceChannel',
      name: c.label ?? { phone: 'Telefon', chat: 'Chat', email: 'E-Mail', web: 'Internet' }[c.kind],
      servicePhone: c.phone
        ? clean({
            '@type': 'ContactPoint',
            telephone: c.phone,
            hoursAvailable: openingHoursSpecification(c.hours),
            description: c.hoursNote,
          })
        : undefined,
      serviceUrl: c.url,
      availableLanguage: offer.languages,
    }),
  );
  for (const loc of ctx.locations ?? []) {
    channels.push(
      clean({
        '@type': 'ServiceChannel',
        name: loc.name,
        serviceLocation: clean({
          '@type': 'Place',
          '@id': loc.url,
          name: loc.name,
          address: postalAddress(loc.address),
          geo: geoCoordinates(loc.geo),
          telephone: loc.phone,
        }),
      }),
    );
  }
  const hours = offer.channels.flatMap((c) => openingHoursSpecification(c.hours));
  return clean({
    '@context': CONTEXT,
    '@type': 'Service',
    '@id': ctx.url,
    url: ctx.url,
    name: offer.title,
    description: offer.summary,
    provider: orgRef(ctx.provider),
    broker: ctx.partners && ctx.partners.length > 0 ? ctx.partners.map(orgRef) : undefined,
    areaServed: areaServed(offer.area, ctx),
    audience: (ctx.audiences ?? []).map((a) => ({ '@type': 'Audience', audienceType: a })),
    serviceType: ctx.topics && ctx.topics.length > 0 ? ctx.topics : undefined,
    hoursAvailable: hours,
    availableChannel: channels,
    termsOfService: offer.legalBasis.length > 0 ? offer.legalBasis.join('; ') : undefined,
    offers: offer.cost === 'free' ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } : undefined,
    email: offer.email,
    sameAs: offer.website,
  });
}

export interface ContactContext {
  url: string;
  /** True for public offices: the contact kind's `office` flag in content/vocabularies/contact-kinds.yaml. */
  office: boolean;
  organisation: Linked;
  town?: PlaceRef | undefined;
}

/** schema.org `GovernmentOffice` (public offices) or `Place` for a contact point. */
export function contactJsonLd(contact: Contact, ctx: ContactContext): JsonLd {
  const { office } = ctx;
  const phones = contact.phones.map((p) => p.number);
  return clean({
    '@context': CONTEXT,
    '@type': office ? 'GovernmentOffice' : 'Place',
    '@id': ctx.url,
    url: contact.website ?? ctx.url,
    name: contact.name,
    description: contact.summary,
    address: postalAddress(contact.address),
    geo: geoCoordinates(contact.geo),
    telephone: phones.length === 0 ? undefined : phones.length === 1 ? phones[0] : phones,
    email: office ? contact.email : undefined,
    openingHoursSpecification: openingHoursSpecification(contact.hours),
    parentOrganization: office ? orgRef(ctx.organisation) : undefined,
    containedInPlace: ctx.town ? placeRef(ctx.town) : undefined,
    knowsLanguage: office ? contact.languages : undefined,
    publicAccess: true,
  });
}

export interface OrganisationContext {
  url: string;
  parent?: Linked | undefined;
  towns?: PlaceRef[];
}

/** schema.org `Organization` for an organisation. */
export function organisationJsonLd(org: Organisation, ctx: OrganisationContext): JsonLd {
  const towns = (ctx.towns ?? []).map(placeRef);
  return clean({
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': ctx.url,
    url: ctx.url,
    name: org.name,
    alternateName: org.shortName,
    description: org.summary,
    sameAs: org.website,
    parentOrganization: ctx.parent ? orgRef(ctx.parent) : undefined,
    areaServed: towns.length === 0 ? undefined : towns.length === 1 ? towns[0] : towns,
  });
}

export interface NetworkContext {
  url: string;
  coordinator?: Linked | { name: string } | undefined;
  /** Members: organisations of the directory (Linked) or names in words. */
  members?: (Linked | { name: string })[];
  towns?: PlaceRef[];
  district?: PlaceRef | undefined;
}

function partyRef(p: Linked | { name: string }): JsonLd {
  return 'url' in p ? orgRef(p) : { '@type': 'Organization', name: p.name };
}

/** schema.org `Organization` for a network of professionals. */
export function networkJsonLd(net: Network, ctx: NetworkContext): JsonLd {
  return clean({
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': ctx.url,
    url: ctx.url,
    name: net.name,
    description: net.summary,
    foundingDate: net.since !== undefined ? String(net.since) : undefined,
    member: (ctx.members ?? []).map(partyRef),
    parentOrganization: ctx.coordinator ? partyRef(ctx.coordinator) : undefined,
    areaServed: areaServed(net.area, ctx),
  });
}

export interface TownContext {
  url: string;
  district?: PlaceRef | undefined;
}

/** schema.org `City` (towns) or `AdministrativeArea` (the district). */
export function townJsonLd(town: Town, ctx: TownContext): JsonLd {
  return clean({
    '@context': CONTEXT,
    '@type': isDistrictTown(town) ? 'AdministrativeArea' : 'City',
    '@id': ctx.url,
    url: ctx.url,
    name: town.name,
    description: town.summary,
    geo: { '@type': 'GeoCoordinates', latitude: town.centre.lat, longitude: town.centre.lng },
    containedInPlace: !isDistrictTown(town) && ctx.district ? placeRef(ctx.district) : undefined,
    sameAs: town.website,
  });
}

export interface Crumb {
  name: string;
  /** Site path, e.g. "/orte/". */
  path: string;
}

/** schema.org `BreadcrumbList`; `site` is the origin for absolute item URLs. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: absoluteUrl(site, c.path),
    })),
  };
}

/** schema.org `WebSite` with the search action (home page). */
export function websiteJsonLd(site: string, name: string, description: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': absoluteUrl(site, PAGES.home),
    url: absoluteUrl(site, PAGES.home),
    name,
    description,
    inLanguage: 'de',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(site, PAGES.search)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
