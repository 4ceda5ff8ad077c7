/**
 * Open data (issue 17): the HSDS 3.0 export validates against the vendored
 * official schemas (and a planted invalid object fails), counts match the
 * content, ids are stable, the CSV parses back and opens in a spreadsheet
 * parser, and nothing personal is exported. Reads content/ and vendor/ only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hsdsFiles, oneToOne, paginate, rootDocument, type Page } from '../../src/lib/export/api.ts';
import { CSV_COLUMNS, CSV_DELIMITER, csvRows, guardCell, toCsv, type CsvRow } from '../../src/lib/export/csv.ts';
import { HSDS_FIELD_DOCS } from '../../src/lib/export/fields.ts';
import { loadExportDirectory } from '../../src/lib/export/from-files.ts';
import { buildHsds, hasLocation, type HsdsObject } from '../../src/lib/export/hsds.ts';
import { ID_NAMESPACE, stableId } from '../../src/lib/export/ids.ts';
import { HSDS_DIR, hsdsErrors, type HsdsKind } from '../support/hsds-schemas.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SITE = 'https://www.bruecken-fuer-familien.de';
const dir = loadExportDirectory(resolve(ROOT, 'content'));
const hsds = buildHsds(dir, { site: SITE });
const PERSON_NAMES: string[] = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/seed-person-names.json'), 'utf8')).names;

const KINDS: [keyof typeof hsds, HsdsKind][] = [
  ['services', 'service'],
  ['organizations', 'organization'],
  ['locations', 'location'],
  ['serviceAtLocations', 'service_at_location'],
  ['taxonomies', 'taxonomy'],
  ['taxonomyTerms', 'taxonomy_term'],
];

describe('HSDS 3.0 export', () => {
  it('has one service per offer, one organization per organisation, one location per contact point with address or coordinates', () => {
    expect(dir.offers.size).toBeGreaterThan(50);
    expect(hsds.services).toHaveLength(dir.offers.size);
    expect(hsds.organizations).toHaveLength(dir.organisations.size);
    expect(hsds.locations).toHaveLength([...dir.contacts.values()].filter((c) => hasLocation(c.data)).length);
    const expectedSal = [...dir.offers.values()].reduce((n, o) => n + o.data.contacts.filter((c) => hasLocation(dir.contacts.get(c)!.data)).length, 0);
    expect(hsds.serviceAtLocations).toHaveLength(expectedSal);
  });

  it('validates every exported object against the vendored HSDS 3.0 schemas', () => {
    const errors: string[] = [];
    for (const [part, kind] of KINDS) for (const obj of hsds[part]) errors.push(...hsdsErrors(kind, obj));
    // List pages carry the one-to-one fields; they must be valid objects too.
    for (const s of hsds.services) errors.push(...hsdsErrors('service', oneToOne(s)));
    expect(errors).toEqual([]);
  });

  it('validates against the unchanged upstream schemas (checksums in vendor/hsds-3.0/README.md)', () => {
    const readme = readFileSync(resolve(HSDS_DIR, '../README.md'), 'utf8');
    for (const kind of ['service', 'organization', 'service_at_location']) {
      const sha = createHash('sha256').update(gunzipSync(readFileSync(resolve(HSDS_DIR, `compiled/${kind}.json.gz`)))).digest('hex');
      expect(readme).toContain(`${sha}  ${kind}.json`);
    }
  });

  it('fails a planted invalid object, so the check can fail', () => {
    const badStatus = { ...structuredClone(hsds.services[0]!), status: 'offen' };
    expect(hsdsErrors('service', badStatus).join('\n')).toMatch(/\/status/);
    const badPhone = structuredClone(hsds.services[0]!) as HsdsObject;
    badPhone.phones = [{ id: 'keine-uuid', number: '110' }];
    expect(hsdsErrors('service', badPhone).join('\n')).toMatch(/\/phones\/0\/id/);
    expect(hsdsErrors('organization', { id: hsds.organizations[0]!.id, name: 'ohne Beschreibung' })).not.toEqual([]);
    expect(hsdsErrors('location', { id: hsds.locations[0]!.id })).not.toEqual([]);
    expect(hsdsErrors('service_at_location', { id: 'x' })).not.toEqual([]);
  });

  it('gives identical output, and so identical ids, on every run', () => {
    const again = buildHsds(loadExportDirectory(resolve(ROOT, 'content')), { site: SITE });
    expect(JSON.stringify(again)).toBe(JSON.stringify(hsds));
    // Pinned values: the namespace and the name scheme must never change.
    expect(ID_NAMESPACE).toBe('5f0c2a57-3a2e-4d8b-9c61-7e4b1f0a9d23');
    expect(stableId('offers', 'erziehungsberatung')).toBe('ec5fcad3-b3a3-5f5b-b88a-081f1620e591');
  });

  it('uses every id once', () => {
    const ids = (Object.values(hsds) as HsdsObject[][]).flat().map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every field the export fills, and only fields HSDS defines', () => {
    for (const doc of HSDS_FIELD_DOCS) {
      const schema = JSON.parse(readFileSync(resolve(HSDS_DIR, `${doc.object}.json`), 'utf8')) as { properties: Record<string, unknown> };
      const documented = new Set(doc.fields.map((f) => f.field.split('.')[0]!));
      for (const field of documented) expect(Object.keys(schema.properties), `${doc.object}.${field}`).toContain(field);
      const emitted = new Set(hsds[doc.part].flatMap((o) => Object.entries(o).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).map(([k]) => k)));
      for (const field of emitted) expect([...documented], `${doc.object}.${field} ist nicht dokumentiert`).toContain(field);
    }
  });

  it('publishes the API root and HSDS pages', () => {
    expect(rootDocument(SITE)).toEqual({ version: '3.0', profile: `${SITE}/daten/#hsds-profil`, openapi_url: expect.stringMatching(/^https:\/\/.*openapi\.json$/) });
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.page_number, p.size, p.first_page, p.last_page])).toEqual([[1, 2, true, false], [2, 2, false, false], [3, 1, false, true]]);
    expect(paginate([], 2)).toEqual([{ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] }]);
    const files = hsdsFiles(hsds, SITE, 50);
    const list = files.get('services.json') as Page<HsdsObject>;
    expect(list.total_items).toBe(hsds.services.length);
    expect(files.has('services/page-2.json')).toBe(hsds.services.length > 50);
    expect(files.get(`services/${hsds.services[0]!.id}.json`)).toBe(hsds.services[0]);
  });
});

describe('CSV for professionals', () => {
  const rows = csvRows(dir, { site: SITE });
  const text = toCsv(rows);

  it('has one row per contact point and offer, with BOM, ";" and the documented columns', () => {
    expect(rows).toHaveLength(dir.contacts.size + dir.offers.size);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(CSV_COLUMNS.map((c) => c.header).join(CSV_DELIMITER));
  });

  it('parses back with csv-parse to the same rows, umlauts intact', () => {
    const parsed: string[][] = parse(Buffer.from(text, 'utf8'), { bom: true, delimiter: CSV_DELIMITER });
    expect(parsed[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(parsed.slice(1)).toEqual(rows.map((r) => CSV_COLUMNS.map((c) => r[c.key])));
    expect(parsed.flat().join(' ')).toMatch(/Fröndenberg\/Ruhr/);
    expect(parsed[0]).toContain('Öffnungszeiten');
  });

  it('opens with the right columns in a spreadsheet parser (SheetJS)', () => {
    const wb = XLSX.read(Buffer.from(text, 'utf8'), { type: 'buffer' });
    const sheet = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]!]!, { raw: false, defval: '' });
    expect(sheet).toHaveLength(rows.length);
    expect(Object.keys(sheet[0]!)).toEqual(CSV_COLUMNS.map((c) => c.header));
    const selm = sheet.find((r) => r.Name === 'Familienbüro des Jugendamts Selm');
    expect(selm).toMatchObject({ Eintrag: 'Anlaufstelle', Ort: 'Selm', Stand: '2011-12-14' });
  });

  it('writes one table per town: contact points there or responsible for it, offers available there', () => {
    const selm = csvRows(dir, { site: SITE }, 'selm');
    const names = selm.map((r: CsvRow) => r.name);
    expect(names).toContain('Familienbüro des Jugendamts Selm');
    expect(names).toContain('Nummer gegen Kummer – Elterntelefon'); // nationwide
    expect(names.some((n) => /Werne/.test(n) && /Jugendamt/.test(n))).toBe(false);
    expect(selm.length).toBeLessThan(rows.length);
  });

  it('never lets a cell start a formula', () => {
    expect(guardCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardCell('+49 2303')).toBe("'+49 2303");
    expect(guardCell('0231 1234')).toBe('0231 1234');
  });
});

describe('nothing personal', () => {
  it('no name of the people in seed 000 §4 appears in any export', () => {
    const texts = [JSON.stringify([...hsdsFiles(hsds, SITE).values()]), text(), ...[...dir.towns.keys()].map((t) => toCsv(csvRows(dir, { site: SITE }, t)))];
    const surnames = PERSON_NAMES.map((n) => n.split(' ').at(-1)!);
    expect(PERSON_NAMES.length).toBeGreaterThan(5);
    for (const t of texts) {
      for (const name of [...PERSON_NAMES, ...surnames]) expect(new RegExp(`\\b${name}\\b`, 'u').test(t), name).toBe(false);
    }
    function text() {
      return toCsv(csvRows(dir, { site: SITE }));
    }
  });
});
