/**
 * Open data in the built site: the static HSDS API and the CSV files exist
 * where /daten/ says, carry exactly what the pure export computes from
 * content/ (so every build gives the same ids), match the site's pages in
 * number, and /daten/ is linked from every page's footer.
 * Runs against an existing dist/; builds it once when it is missing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { HSDS_BASE, type Page } from '../../src/lib/export/api.ts';
import { CSV_ALL, CSV_BASE, CSV_DELIMITER, csvTownPath } from '../../src/lib/export/csv.ts';
import { loadExportDirectory } from '../../src/lib/export/from-files.ts';
import { buildHsds, type HsdsObject } from '../../src/lib/export/hsds.ts';
import { URL_PREFIX } from '../../src/schemas/index.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { sitePages } from '../../src/lib/dev/site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const hsdsDir = join(DIST, HSDS_BASE);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(hsdsDir, path), 'utf8')) as T;
/** Detail pages of a collection in dist/ (one folder per entry). */
const pageCount = (prefix: string) => readdirSync(join(DIST, prefix), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(DIST, prefix, d.name, 'index.html'))).length;

beforeAll(() => {
  assertBuilt();
});

describe('open data in dist/', () => {
  it('serves the HSDS API root document', () => {
    const root = readJson<{ version: string; profile: string; openapi_url: string }>('index.json');
    expect(root.version).toBe('3.0');
    expect(root.profile).toMatch(/\/daten\/#hsds-profil$/);
    expect(root.openapi_url).toMatch(/^https:\/\/.+\/openapi\.json$/);
  });

  it('has as many services, organizations and locations as the site has pages', () => {
    const services = readJson<Page<HsdsObject>>('services.json');
    const organizations = readJson<Page<HsdsObject>>('organizations.json');
    const locations = readJson<Page<HsdsObject>>('locations.json');
    expect(services.total_items).toBe(pageCount(URL_PREFIX.offers));
    expect(organizations.total_items).toBe(pageCount(URL_PREFIX.organisations));
    // Every contact point in the directory has an address or coordinates today.
    expect(locations.total_items).toBe(pageCount(URL_PREFIX.contacts));
  });

  it('writes exactly what the pure export computes, so ids are the same in every build', () => {
    const site = (readJson<{ profile: string }>('index.json').profile.match(/^https?:\/\/[^/]+/) ?? [''])[0];
    const expected = buildHsds(loadExportDirectory(join(ROOT, 'content')), { site });
    const list = readJson<Page<HsdsObject>>('services.json');
    expect(list.contents.map((s) => s.id)).toEqual(expected.services.map((s) => s.id));
    for (const s of expected.services) expect(readJson(`services/${s.id}.json`)).toEqual(s);
    for (const o of expected.organizations) expect(existsSync(join(hsdsDir, `organizations/${o.id}.json`)), o.name as string).toBe(true);
    for (const sal of expected.serviceAtLocations) expect(existsSync(join(hsdsDir, `service_at_locations/${sal.id}.json`))).toBe(true);
    for (const t of expected.taxonomyTerms) expect(existsSync(join(hsdsDir, `taxonomy_terms/${t.id}.json`))).toBe(true);
  });

  it('writes the CSV for the district and for every town, UTF-8 with BOM and ";"', () => {
    const all = readFileSync(join(DIST, CSV_BASE, CSV_ALL));
    expect([...all.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(all, { bom: true, delimiter: CSV_DELIMITER });
    expect(rows[0]?.[0]).toBe('Name');
    expect(rows.length - 1).toBe(pageCount(URL_PREFIX.offers) + pageCount(URL_PREFIX.contacts));
    for (const town of readdirSync(join(DIST, URL_PREFIX.towns), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      expect(existsSync(join(DIST, CSV_BASE, csvTownPath(town.name))), town.name).toBe(true);
    }
  });

  it('links /daten/ from the footer of every page', () => {
    // Every page of the site; the web editor (/admin/) is an application of its own without the site's footer.
    const missing = sitePages()
      .map((p) => p.file)
      .filter((f) => !/http-equiv="refresh"/i.test(readFileSync(f, 'utf8')))
      .filter((f) => !/<footer[^>]*>[\s\S]*href="\/daten\/"[\s\S]*<\/footer>/.test(readFileSync(f, 'utf8')));
    expect(missing).toEqual([]);
  });

  it('links every published file from /daten/', () => {
    const html = readFileSync(join(DIST, 'daten/index.html'), 'utf8');
    expect(html).toContain(`href="${CSV_BASE}${CSV_ALL}"`);
    expect(html).toContain(`href="${HSDS_BASE}services.json"`);
    expect(html).toContain(`href="${CSV_BASE}${csvTownPath('selm')}"`);
  });
});
