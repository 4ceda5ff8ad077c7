/**
 * The web editor's configuration (Decap CMS `config.yml`), derived from the
 * zod schemas in `src/schemas/`: one collection per entry collection, one form
 * field per schema field. Nothing here names a field of the content model; a
 * field added to a schema appears in the editor by itself (with its German
 * label from `.meta()`/`.describe()` or from `labels.ts`).
 */
import { z } from 'astro/zod';
import { ENTRY_COLLECTIONS, REFERENCES, VOCABULARIES, type EntryCollection, type ReferenceField, type VocabularyName } from '../../schemas/index.ts';
import { email, httpsUrl, isoDate, languageCode, reviewedDate, partialDate, phoneNumber, slug } from '../../schemas/primitives.ts';
import { postcode } from '../../schemas/geo.ts';
import { time } from '../../schemas/hours.ts';
import { COLLECTION_PLURAL, ENUM_TEXT, FIELD_TEXT } from './labels.ts';
import { CMS_FORMAT, SLUG_FIELD } from './names.ts';

/** One field of a Decap CMS collection (only what this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  fields?: CmsField[];
  field?: CmsField;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  pattern?: [string, string];
  value_type?: string;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  collapsed?: boolean;
  summary?: string;
  min?: number;
  modes?: string[];
  [key: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  fields: CmsField[];
}

/** A vocabulary term as the select options need it. */
export interface VocabularyTerm {
  id: string;
  label: string;
}

export interface CmsConfigInput {
  /** Schemas per collection; tests pass modified copies. */
  collections?: Record<EntryCollection, { schema: z.ZodType; folder: string; label: string }>;
  references?: Record<EntryCollection, ReferenceField[]>;
  vocabularies: Record<VocabularyName, VocabularyTerm[]>;
  /** Repository "owner/name" and branch for the GitHub backend. */
  repo: string;
  branch: string;
  /** OAuth helper for GitHub login (empty: Decap's default, api.netlify.com). */
  authBaseUrl?: string;
  siteUrl: string;
  /** URL of the local backend (decap-server); default http://localhost:8081/api/v1. */
  localBackendUrl?: string;
  /** Folder of the content relative to the repository root. */
  contentFolder?: string;
}

export { CMS_FORMAT, SLUG_FIELD } from './names.ts';

/** The field a collection's entries are named by. */
function identifierOf(shape: Record<string, z.ZodType>): string {
  return 'title' in shape ? 'title' : 'name';
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  defaultValue?: unknown;
  meta: { title?: string; description?: string };
}

/** Strips optional/default/nullable wrappers, collecting the metadata found on the way. */
function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  const meta: Unwrapped['meta'] = {};
  for (;;) {
    const m = z.globalRegistry.get(s) as Unwrapped['meta'] | undefined;
    if (m) {
      meta.title ??= m.title;
      meta.description ??= m.description;
    }
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      s = def.innerType as z.ZodType;
    } else if (def.type === 'default') {
      optional = true;
      const d = def.defaultValue;
      defaultValue = typeof d === 'function' ? (d as () => unknown)() : d;
      s = def.innerType as z.ZodType;
    } else {
      break;
    }
  }
  return { schema: s, optional, defaultValue, meta };
}

const DATE_FIELD = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };

interface Ctx {
  collection: EntryCollection;
  references: ReferenceField[];
  vocabularies: Record<VocabularyName, VocabularyTerm[]>;
  collections: NonNullable<CmsConfigInput['collections']>;
}

function textFor(ctx: Ctx, path: string, name: string): { label: string; hint?: string; multiline?: boolean } {
  return FIELD_TEXT[`${ctx.collection}.${path}`] ?? FIELD_TEXT[path] ?? FIELD_TEXT[name] ?? { label: name };
}

/** Widget for a plain value (string, number, enum, reference). `many` = the value sits in a list. */
function valueWidget(ctx: Ctx, s: z.ZodType, path: string, name: string, many: boolean): Partial<CmsField> {
  const ref = ctx.references.find((r) => r.path === path);
  if (ref) {
    if (ref.target in ctx.collections) {
      const target = ref.target as EntryCollection;
      const id = identifierOf(shapeOf(ctx.collections[target].schema));
      return {
        widget: 'relation',
        collection: target,
        value_field: '{{slug}}',
        search_fields: [id],
        display_fields: [id],
        multiple: many,
        options_length: 500,
      };
    }
    const terms = ctx.vocabularies[ref.target as VocabularyName] ?? [];
    return { widget: 'select', multiple: many, options: terms.map((t) => ({ label: t.label, value: t.id })) };
  }
  if (s === isoDate || s === reviewedDate) return { ...DATE_FIELD };
  if (s === phoneNumber) return { widget: 'string' };
  if (s === time) return { widget: 'string', pattern: ['^([01]\\d|2[0-4]):[0-5]\\d$', 'Uhrzeit als HH:MM, z. B. 09:00'] };
  if (s === slug) return { widget: 'string', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Nur Kleinbuchstaben, Ziffern und Bindestriche (ä → ae, ß → ss)'] };
  if (s === postcode) return { widget: 'string', pattern: ['^\\d{5}$', 'Fünf Ziffern, z. B. 59425'] };
  if (s === languageCode) return { widget: 'string', pattern: ['^[a-z]{2}$', 'Zweistelliges Kürzel, z. B. de'] };
  if (s === httpsUrl) return { widget: 'string', pattern: ['^https://[^\\s]+\\.[^\\s]+$', 'Vollständige Adresse mit https://'] };
  if (s === email) return { widget: 'string', pattern: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'E-Mail-Adresse, z. B. info@beispiel.de'] };
  if (s === partialDate) return { widget: 'string', pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', 'JJJJ, JJJJ-MM oder JJJJ-MM-TT'] };
  const def = defOf(s);
  switch (def.type) {
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      const names = ENUM_TEXT[name] ?? {};
      return { widget: 'select', multiple: many, options: values.map((v) => ({ label: names[v] ?? v, value: v })) };
    }
    case 'number': {
      const int = (s as unknown as { isInt?: boolean }).isInt === true;
      return { widget: 'number', value_type: int ? 'int' : 'float' };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'string':
      return { widget: textFor(ctx, path, name).multiline ? 'text' : 'string' };
    default:
      return { widget: 'string' };
  }
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(unwrap(schema).schema);
  return (def.shape ?? {}) as Record<string, z.ZodType>;
}

/** Turns one schema field into one form field. */
function fieldFor(ctx: Ctx, name: string, schema: z.ZodType, path: string): CmsField {
  const u = unwrap(schema);
  const t = textFor(ctx, path, name);
  const base: CmsField = {
    name,
    label: u.meta.title ?? t.label,
    widget: 'string',
    required: !u.optional,
  };
  const hint = u.meta.description ?? t.hint;
  if (hint) base.hint = hint;
  const def = defOf(u.schema);
  if (def.type === 'object') {
    return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(ctx, u.schema, `${path}.`) };
  }
  if (def.type === 'array') {
    const el = unwrap(def.element as z.ZodType);
    const elDef = defOf(el.schema);
    const min = ((def as { checks?: unknown[] }).checks ?? []).length > 0 || (u.schema as unknown as { _zod: { bag: { minimum?: number } } })._zod.bag.minimum;
    if (elDef.type === 'object') {
      const fields = fieldsOf(ctx, el.schema, `${path}[].`);
      const summaryKey = fields[0]?.name;
      return { ...base, widget: 'list', collapsed: false, ...(summaryKey ? { summary: `{{fields.${summaryKey}}}` } : {}), fields, ...(min ? { min: 1 } : {}) };
    }
    const w = valueWidget(ctx, el.schema, `${path}[]`, name, true);
    if (w.widget === 'relation' || w.widget === 'select') return { ...base, ...w, ...(min ? { min: 1 } : {}) };
    // A list of plain values: one input per value.
    return { ...base, widget: 'list', field: { name: name, label: base.label, ...w } as CmsField };
  }
  return { ...base, ...valueWidget(ctx, u.schema, path, name, false) };
}

function fieldsOf(ctx: Ctx, schema: z.ZodType, prefix: string): CmsField[] {
  return Object.entries(shapeOf(schema)).map(([name, s]) => fieldFor(ctx, name, s, `${prefix}${name}`));
}

/** The collection for one entry folder. */
export function collectionConfig(name: EntryCollection, input: CmsConfigInput): CmsCollection {
  const collections = input.collections ?? ENTRY_COLLECTIONS;
  const entry = collections[name];
  const ctx: Ctx = { collection: name, references: (input.references ?? REFERENCES)[name], vocabularies: input.vocabularies, collections };
  const id = identifierOf(shapeOf(entry.schema));
  const fields: CmsField[] = [
    {
      name: SLUG_FIELD,
      label: 'Kurzname (Dateiname)',
      widget: 'string',
      required: false,
      hint: 'Nur für neue Einträge. Leer lassen: wird aus dem Titel gebildet (ä → ae, ß → ss). Ändern verschiebt die Seite.',
      pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Nur Kleinbuchstaben, Ziffern und Bindestriche (ä → ae, ß → ss)'],
    },
    ...fieldsOf(ctx, entry.schema, ''),
    { name: 'body', label: FIELD_TEXT.body!.label, hint: FIELD_TEXT.body!.hint, widget: 'markdown', required: false, modes: ['raw'] },
  ];
  return {
    name,
    label: COLLECTION_PLURAL[name] ?? entry.label,
    label_singular: entry.label,
    folder: `${input.contentFolder ?? 'content'}/${entry.folder}`,
    extension: 'md',
    format: CMS_FORMAT,
    create: true,
    slug: `{{fields.${SLUG_FIELD}}}`,
    identifier_field: id,
    summary: `{{${id}}}`,
    fields,
  };
}

/** The whole Decap CMS configuration. */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const names = Object.keys(input.collections ?? ENTRY_COLLECTIONS) as EntryCollection[];
  // Offers and contact points first: they are what editors change most.
  const order: EntryCollection[] = ['offers', 'contacts', 'organisations', 'networks', 'practices', 'towns', 'sources'];
  names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    locale: 'de',
    backend: {
      name: 'github',
      repo: input.repo,
      branch: input.branch,
      ...(input.authBaseUrl ? { base_url: input.authBaseUrl, auth_endpoint: 'auth' } : {}),
      commit_messages: {
        create: 'Neu: {{collection}} „{{slug}}“ (Web-Editor)',
        update: 'Geändert: {{collection}} „{{slug}}“ (Web-Editor)',
        delete: 'Gelöscht: {{collection}} „{{slug}}“ (Web-Editor)',
        uploadMedia: 'Datei hochgeladen: {{path}}',
        deleteMedia: 'Datei gelöscht: {{path}}',
      },
    },
    publish_mode: 'editorial_workflow',
    local_backend: input.localBackendUrl ? { url: input.localBackendUrl } : true,
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    search: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: names.map((n) => collectionConfig(n, input)),
  };
}

export { VOCABULARIES };
