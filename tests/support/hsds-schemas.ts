/**
 * Validators for HSDS 3.0 objects, built from the schemas vendored in
 * `vendor/hsds-3.0/` (openreferral/specification, tag v3.0, CC BY-SA 4.0):
 * the compiled (fully expanded) schemas for service, organization and
 * service_at_location, and the single-object schemas, linked by `$ref`, for
 * location, taxonomy and taxonomy_term (the specification publishes no
 * compiled schema for those).
 *
 * ajv with JSON Schema 2020-12, strict mode off (the files carry extra
 * metadata keywords such as `name`, `core`, `datapackage_type`), ajv-formats
 * for `uuid`, `uri`, `email`, `date-time`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const HSDS_DIR = resolve(import.meta.dirname, '../../vendor/hsds-3.0/schema');
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

export type HsdsKind = 'service' | 'organization' | 'service_at_location' | 'location' | 'taxonomy' | 'taxonomy_term';
const COMPILED: HsdsKind[] = ['service', 'organization', 'service_at_location'];

let validators: Map<HsdsKind, ValidateFunction> | undefined;

/** One validator per kind (compiled once per test process). */
export function hsdsValidators(): Map<HsdsKind, ValidateFunction> {
  if (validators) return validators;
  // The compiled schemas are large (2–3.5 MB each, every $ref inlined): skipping the
  // meta-schema check and code optimisation cuts compiling from ~30 s to a few
  // seconds; stopping at the first error per object halves validation time.
  // What is valid stays the same.
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false, code: { optimize: false } });
  addFormats(ajv);
  // Single-object schemas refer to each other as "location.json" etc.: give each its own $id.
  for (const file of readdirSync(HSDS_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema({ ...JSON.parse(readFileSync(join(HSDS_DIR, file), 'utf8')), $id: BASE + file });
  }
  const out = new Map<HsdsKind, ValidateFunction>();
  for (const kind of COMPILED) {
    const schema = JSON.parse(gunzipSync(readFileSync(join(HSDS_DIR, 'compiled', `${kind}.json.gz`))).toString('utf8'));
    out.set(kind, ajv.compile({ ...schema, $id: `${BASE}compiled/${kind}.json` }));
  }
  for (const kind of ['location', 'taxonomy', 'taxonomy_term'] as const) out.set(kind, ajv.getSchema(`${BASE}${kind}.json`)!);
  validators = out;
  return out;
}

/** Validation errors of one object as readable lines (empty when valid). */
export function hsdsErrors(kind: HsdsKind, value: unknown): string[] {
  const validate = hsdsValidators().get(kind)!;
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${kind} ${(value as { id?: string })?.id ?? '?'}${e.instancePath}: ${e.message ?? e.keyword}`);
}
