import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ENTRY_COLLECTIONS, LIST_FILES, LIST_REFERENCES, REFERENCES, VOCABULARY_SCHEMAS, referenceFields, refTo, type ReferenceField } from '../../src/schemas/index.ts';
import { REF_SCHEMAS, referenceRegistry, slug } from '../../src/schemas/primitives.ts';
import { referenceValues } from '../../src/lib/check/references.ts';

const sorted = (fields: ReferenceField[]) => fields.map((f) => `${f.path} → ${f.target}`).sort();

/** Every schema reachable from `schema`, whatever its kind (a walker independent of `referenceFields`). */
function reachable(schema: unknown, seen = new Set<unknown>()): Set<unknown> {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return seen;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return seen;
  for (const value of Object.values(def)) {
    if (Array.isArray(value)) value.forEach((v) => reachable(v, seen));
    else if (value && typeof value === 'object' && '_zod' in value) reachable(value, seen);
  }
  const shape = def.shape as Record<string, unknown> | undefined;
  if (shape) Object.values(shape).forEach((v) => reachable(v, seen));
  return seen;
}

/** The schema at a reference path, found by reading zod's definitions (independent of `referenceFields`). */
function at(schema: unknown, path: string): unknown {
  const def = (s: unknown) => (s as { _zod: { def: Record<string, unknown> } })._zod.def;
  const unwrap = (s: unknown): unknown => {
    const d = def(s);
    return d.innerType ? unwrap(d.innerType) : d.type === 'pipe' ? unwrap(d.in) : s;
  };
  let current = unwrap(schema);
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    current = unwrap((def(current).shape as Record<string, unknown>)[key]);
    if (part.endsWith('[]')) current = unwrap(def(current).element);
  }
  return current;
}

describe('REFERENCES, derived from the schemas', () => {
  const allSchemas = [...Object.values(ENTRY_COLLECTIONS).map((c) => c.schema), ...Object.values(VOCABULARY_SCHEMAS), ...Object.values(LIST_FILES).map((l) => l.schema)];

  it('is complete: every field built with refTo is reachable from a collection schema and listed', () => {
    const everywhere = new Set<unknown>();
    for (const s of allSchemas) reachable(s, everywhere);
    const unlisted = REF_SCHEMAS.filter((s) => !everywhere.has(s));
    expect(unlisted, 'refTo fields that no collection schema contains').toEqual([]);
    // Per schema: the refTo fields reachable are exactly those at the listed paths (none left out, none extra).
    for (const [name, def] of [...Object.entries(ENTRY_COLLECTIONS).map(([n, d]) => [n, d.schema] as const), ...Object.entries(VOCABULARY_SCHEMAS), ...Object.entries(LIST_FILES).map(([n, d]) => [n, d.schema] as const)]) {
      const refs = new Set([...reachable(def)].filter((s) => referenceRegistry.has(s as z.ZodType)));
      const listed = name in REFERENCES ? REFERENCES[name as keyof typeof REFERENCES] : LIST_REFERENCES[name as keyof typeof LIST_REFERENCES];
      const atPaths = new Set(listed.map((f) => at(def, f.path)));
      expect(atPaths, name).toEqual(refs);
    }
  });

  it('lists nothing else: every listed path holds a refTo field with that target', () => {
    for (const [name, def] of Object.entries(ENTRY_COLLECTIONS)) {
      for (const f of REFERENCES[name as keyof typeof REFERENCES]) {
        const targets = [...reachable(def.schema)].map((s) => referenceRegistry.get(s as z.ZodType)?.target).filter(Boolean);
        expect(targets, `${name}.${f.path}`).toContain(f.target);
      }
    }
    // A plain slug (e.g. formerSlugs, a term's own id) is no reference.
    expect(sorted(REFERENCES.offers).some((f) => f.startsWith('formerSlugs'))).toBe(false);
    expect(sorted(LIST_REFERENCES.topics)).toEqual(['hotlines[] → offers']);
  });

  it('keeps the fields the hand-written list had', () => {
    expect(sorted(REFERENCES.towns)).toEqual(['jugendamt → contacts', 'source[].document → sources']);
    expect(sorted(REFERENCES.networks)).toEqual(
      ['coordinator.organisation → organisations', 'kind → networkKinds', 'members[].organisation → organisations', 'source[].document → sources', 'topics[] → topics', 'towns[] → towns'],
    );
    expect(sorted(REFERENCES.offers)).toEqual(
      ['access[] → accessModes', 'audiences[] → audiences', 'contacts[] → contacts', 'lifePhases[] → lifePhases', 'organisation → organisations', 'partners[] → organisations', 'source[].document → sources', 'topics[] → topics', 'towns[] → towns'],
    );
    expect(sorted(REFERENCES.sources)).toEqual([]);
    expect(sorted(LIST_REFERENCES.transitions)).toEqual(
      ['from → lifePhases', 'helpers[].contacts[] → contacts', 'helpers[].networks[] → networks', 'helpers[].offers[] → offers', 'helpers[].source.document → sources', 'to → lifePhases'],
    );
  });

  it('finds fields through optional, default, arrays, unions and nested objects', () => {
    const schema = z.strictObject({
      a: refTo('towns').optional(),
      b: z.array(z.object({ c: refTo('offers') })).default([]),
      d: z.union([refTo('topics'), z.number()]),
      e: slug,
    });
    expect(sorted(referenceFields(schema))).toEqual(['a → towns', 'b[].c → offers', 'd → topics']);
  });
});

describe('referenceValues (the one walker over data)', () => {
  const data = {
    organisation: 'kreis-unna',
    source: [{ document: 'antrag-2011' }, { document: 'kooperation-dksb' }],
    coordinator: { organisation: 'dksb' },
    members: [{ organisation: 'awo' }, { name: 'ohne' }],
    towns: ['selm'],
  };
  it('returns each value with its path', () => {
    expect(referenceValues(data, 'source[].document')).toEqual([
      { value: 'antrag-2011', path: ['source', 0, 'document'] },
      { value: 'kooperation-dksb', path: ['source', 1, 'document'] },
    ]);
    expect(referenceValues(data, 'members[].organisation').map((v) => v.value)).toEqual(['awo']);
    expect(referenceValues(data, 'coordinator.organisation').map((v) => v.value)).toEqual(['dksb']);
    expect(referenceValues(data, 'parent')).toEqual([]);
  });
});
