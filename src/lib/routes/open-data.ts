/**
 * Route data of the open-data page (/daten/): what the HSDS files contain,
 * the CSV downloads, the example requests and the origin of the data.
 * Pure function of the build's exports (`buildExports()`).
 */
import { CSV_ALL, CSV_BASE, csvTownPath } from '../export/csv.ts';
import { HSDS_BASE, listPath, objectPath, type ENDPOINTS } from '../export/api.ts';
import type { HsdsExport } from '../export/hsds.ts';
import type { ExportDirectory } from '../export/types.ts';
import type { Crumb } from '../jsonld.ts';
import { absoluteUrl, entryUrl, PAGES } from '../urls.ts';

type Endpoint = keyof typeof ENDPOINTS;

export interface OpenDataPage {
  breadcrumbs: Crumb[];
  csvAll: { href: string; download: string };
  csvTowns: { href: string; download: string; name: string }[];
  /** Number of objects per HSDS list, with the list's path below `HSDS_BASE`. */
  counts: { label: string; n: number; href: string; path: string }[];
  /** Absolute address of the HSDS files. */
  apiBase: string;
  examples: { services: string; service?: string | undefined; csv: string };
  documents: { href: string; title: string; publisher: string; date: string }[];
  operatorCount: number;
  /** Newest `reviewed` date of an offer or contact point (ISO date). */
  latest?: string | undefined;
}

const LISTS: { endpoint: Endpoint; label: string; count: (h: HsdsExport) => number }[] = [
  { endpoint: 'services', label: 'Angebote (service)', count: (h) => h.services.length },
  { endpoint: 'organizations', label: 'Organisationen (organization)', count: (h) => h.organizations.length },
  { endpoint: 'locations', label: 'Anlaufstellen mit Adresse oder Koordinaten (location)', count: (h) => h.locations.length },
  { endpoint: 'service_at_locations', label: 'Angebote an Anlaufstellen (service_at_location)', count: (h) => h.serviceAtLocations.length },
  { endpoint: 'taxonomies', label: 'Wortlisten (taxonomy)', count: (h) => h.taxonomies.length },
  { endpoint: 'taxonomy_terms', label: 'Begriffe (taxonomy_term)', count: (h) => h.taxonomyTerms.length },
];

export function openDataPage(exports: { hsds: HsdsExport; dir: ExportDirectory }, site: string): OpenDataPage {
  const { hsds, dir } = exports;
  const api = (path: string) => absoluteUrl(site, `${HSDS_BASE}${path}`);
  const sources = [...dir.sources.values()];
  const example = hsds.services[0];
  return {
    breadcrumbs: [{ name: 'Offene Daten', path: PAGES.openData }],
    csvAll: { href: `${CSV_BASE}${CSV_ALL}`, download: CSV_ALL },
    csvTowns: [...dir.towns.values()].map((t) => ({ href: `${CSV_BASE}${csvTownPath(t.id)}`, download: `familienwegweiser-${t.id}.csv`, name: t.data.name })),
    counts: LISTS.map((l) => ({ label: l.label, n: l.count(hsds), href: `${HSDS_BASE}${listPath(l.endpoint)}`, path: listPath(l.endpoint) })),
    apiBase: api(''),
    examples: {
      services: api(listPath('services')),
      service: example ? api(objectPath('services', example.id)) : undefined,
      csv: absoluteUrl(site, `${CSV_BASE}${CSV_ALL}`),
    },
    documents: sources
      .filter((s) => s.data.kind === 'document')
      .map((s) => ({ href: entryUrl('sources', s.id), title: s.data.title, publisher: s.data.publisher, date: s.data.date })),
    operatorCount: sources.filter((s) => s.data.kind === 'operator').length,
    latest: [...dir.offers.values(), ...dir.contacts.values()].map((e) => e.data.reviewed).sort().at(-1),
  };
}
