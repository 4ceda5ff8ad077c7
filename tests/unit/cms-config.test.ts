/**
 * The editor configuration is derived from the zod schemas: every schema
 * field is a form field with a German label, required exactly when the
 * schema requires it; references are relation widgets or vocabulary selects;
 * a field added to a schema appears without touching the CMS code.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../../src/lib/cms/build-config.ts';
import { cmsConfig, collectionConfig, type CmsCollection, type CmsField } from '../../src/lib/cms/config.ts';
import { knownKeysAt } from '../../src/lib/check/messages.ts';
import { ENTRY_COLLECTIONS, REFERENCES, offerSchema, type EntryCollection } from '../../src/schemas/index.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabularies = loadVocabularies(resolve(root, 'content'));
const input = { vocabularies, repo: 'kreis-unna/bruecken-fuer-familien', branch: 'main', siteUrl: 'https://example.org' };
const names = Object.keys(ENTRY_COLLECTIONS) as EntryCollection[];

/** Every form field with its dotted path ("channels[].hours[].opens"). */
function walk(fields: CmsField[], prefix = ''): Map<string, CmsField> {
  const out = new Map<string, CmsField>();
  for (const f of fields) {
    const path = `${prefix}${f.name}`;
    out.set(path, f);
    if (f.widget === 'object' && f.fields) for (const [k, v] of walk(f.fields, `${path}.`)) out.set(k, v);
    if (f.widget === 'list' && f.fields) for (const [k, v] of walk(f.fields, `${path}[].`)) out.set(k, v);
  }
  return out;
}

describe('CMS configuration from the schemas', () => {
  it.each(names)('%s: every top-level schema field is a form field with a German label', (name) => {
    const c = collectionConfig(name, input);
    const fields = new Map(c.fields.map((f) => [f.name, f]));
    const schemaKeys = knownKeysAt(ENTRY_COLLECTIONS[name].schema, []);
    expect([...fields.keys()].filter((k) => k !== 'slug' && k !== 'body').sort()).toEqual([...schemaKeys].sort());
    for (const [path, f] of walk(c.fields)) {
      expect(f.label, `${name}.${path} hat kein deutsches Label`).not.toBe(f.name);
      expect(f.label.length).toBeGreaterThan(1);
    }
  });

  it.each(names)('%s: required exactly where the schema requires a value', (name) => {
    const shape = (ENTRY_COLLECTIONS[name].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    const c = collectionConfig(name, input);
    for (const f of c.fields) {
      if (f.name === 'slug' || f.name === 'body') continue;
      const optional = shape[f.name]!.safeParse(undefined).success;
      expect(f.required, `${name}.${f.name}`).toBe(!optional);
    }
  });

  it.each(names)('%s: references are relations to entries or selects from vocabularies', (name) => {
    const fields = walk(collectionConfig(name, input).fields);
    for (const ref of REFERENCES[name]) {
      const f = fields.get(ref.path.replace(/\[\]$/, ''));
      expect(f, `${name}.${ref.path}`).toBeDefined();
      if (ref.target in ENTRY_COLLECTIONS) {
        expect(f!.widget).toBe('relation');
        expect(f!.collection).toBe(ref.target);
        expect(f!.value_field).toBe('{{slug}}');
      } else {
        expect(f!.widget).toBe('select');
        expect(f!.options!.length).toBeGreaterThan(0);
      }
      expect(Boolean(f!.multiple)).toBe(ref.path.endsWith('[]'));
    }
  });

  it('offers: hours are a structured list, dates are date fields, enums are German selects, sources a list', () => {
    const fields = walk(collectionConfig('offers', input).fields);
    expect(fields.get('channels')!.widget).toBe('list');
    expect(fields.get('channels[].hours')!.widget).toBe('list');
    expect(fields.get('channels[].hours[].days')).toMatchObject({ widget: 'select', multiple: true });
    expect(fields.get('channels[].hours[].days')!.options).toContainEqual({ label: 'Montag', value: 'Mo' });
    expect(fields.get('reviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true });
    expect(fields.get('cost')!.options).toContainEqual({ label: 'kostenlos', value: 'free' });
    expect(fields.get('topics')!.options).toContainEqual({ label: 'Kinderschutz', value: 'kinderschutz' });
    expect(fields.get('source')).toMatchObject({ widget: 'list', required: true });
    expect(fields.get('source[].document')).toMatchObject({ widget: 'relation', collection: 'sources' });
  });

  it('a field added to a copy of a schema appears in the configuration', () => {
    const copy = offerSchema.extend({
      parking: z.string().optional().meta({ title: 'Parkplätze', description: 'Gibt es Parkplätze am Haus?' }),
    });
    const collections = { ...ENTRY_COLLECTIONS, offers: { ...ENTRY_COLLECTIONS.offers, schema: copy } };
    const config = cmsConfig({ ...input, collections }) as { collections: CmsCollection[] };
    const offers = config.collections.find((c) => c.name === 'offers')!;
    expect(offers.fields.find((f) => f.name === 'parking')).toMatchObject({
      label: 'Parkplätze',
      hint: 'Gibt es Parkplätze am Haus?',
      widget: 'string',
      required: false,
    });
  });

  it('slugs of new entries follow the checker (ä → ae, ß → ss)', async () => {
    const { slugify } = await import('../../src/lib/cms/slug.ts');
    expect(slugify('Elterncafé Fröndenberg – Straße 1')).toBe('elterncafe-froendenberg-strasse-1');
    expect(slugify('Jugendamt Bönen')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
