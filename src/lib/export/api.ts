/**
 * The GET side of the HSDS 3.0 API as static files under /daten/hsds/ (PAGES.openDataHsds).
 * A static host cannot read query strings, so every response is a file:
 *
 *   /daten/hsds/index.json                       API root: {version, profile, openapi_url}
 *   /daten/hsds/services.json                    GET /services, page 1 (HSDS paged shape)
 *   /daten/hsds/services/page-2.json             GET /services?page=2 (only when there are more pages)
 *   /daten/hsds/services/<uuid>.json             GET /services/{id}, fully nested
 *   … the same for organizations, service_at_locations, taxonomies, taxonomy_terms,
 *   and locations (not an HSDS API path, published for convenience).
 *
 * List pages carry the one-to-one fields of each object, as the HSDS API's
 * list endpoints do; the single-object files carry everything.
 * Pure: the file map is a function of the export.
 */
import type { HsdsExport, HsdsObject } from './hsds.ts';
import { HSDS_VERSION } from './hsds.ts';
import { ANCHORS, PAGES, withAnchor } from '../urls.ts';

/** URL path of the HSDS files. */
export const HSDS_BASE = PAGES.openDataHsds;
/** Objects per list page. */
export const PAGE_SIZE = 100;
/** The OpenAPI description of the HSDS 3.0 API this layout follows. */
export const OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

/** Endpoint name → which part of the export it serves. */
export const ENDPOINTS = {
  services: 'services',
  organizations: 'organizations',
  service_at_locations: 'serviceAtLocations',
  locations: 'locations',
  taxonomies: 'taxonomies',
  taxonomy_terms: 'taxonomyTerms',
} as const satisfies Record<string, keyof HsdsExport>;
export type Endpoint = keyof typeof ENDPOINTS;

/** The API root document. */
export function rootDocument(site: string): { version: string; profile: string; openapi_url: string } {
  return { version: HSDS_VERSION, profile: new URL(withAnchor(PAGES.openData, ANCHORS.hsdsProfile), site).href, openapi_url: OPENAPI_URL };
}

/** Only the one-to-one fields (strings, numbers, booleans) of an object. */
export function oneToOne(obj: HsdsObject): HsdsObject {
  const out: HsdsObject = { id: obj.id };
  for (const [k, v] of Object.entries(obj)) if (v === null || typeof v !== 'object') out[k] = v;
  return out;
}

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** Split `items` into HSDS pages (always at least one page, which may be empty). */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: totalPages }, (_, i) => {
    const contents = items.slice(i * size, (i + 1) * size);
    return {
      total_items: items.length,
      total_pages: totalPages,
      page_number: i + 1,
      size: contents.length,
      first_page: i === 0,
      last_page: i === totalPages - 1,
      empty: contents.length === 0,
      contents,
    };
  });
}

/** Path (relative to HSDS_BASE) of list page `n` of an endpoint. */
export function listPath(endpoint: Endpoint, page = 1): string {
  return page === 1 ? `${endpoint}.json` : `${endpoint}/page-${page}.json`;
}

/** Path (relative to HSDS_BASE) of one object. */
export function objectPath(endpoint: Endpoint, id: string): string {
  return `${endpoint}/${id}.json`;
}

/** Every file of the static API: relative path → JSON value. */
export function hsdsFiles(exp: HsdsExport, site: string, size = PAGE_SIZE): Map<string, unknown> {
  const files = new Map<string, unknown>([['index.json', rootDocument(site)]]);
  for (const [endpoint, key] of Object.entries(ENDPOINTS) as [Endpoint, keyof HsdsExport][]) {
    const objects = exp[key];
    for (const page of paginate(objects.map(oneToOne), size)) files.set(listPath(endpoint, page.page_number), page);
    for (const obj of objects) files.set(objectPath(endpoint, obj.id), obj);
  }
  return files;
}
