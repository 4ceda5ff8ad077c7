/**
 * Turns zod issues into German sentences for editors: what is wrong and how
 * to fix it, with the nearest valid key for a misspelt one.
 */
import type { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';

/** A problem with an entry, positioned in its file. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the repository root, e.g. "content/offers/rucksack.md". */
  file: string;
  line: number;
  column: number;
  /** Field path, e.g. "phones[0].number"; empty for the whole entry. */
  field: string;
  message: string;
  /** Machine-readable kind, used by tests and summaries. */
  code: string;
}

/** "phones[0].number" for ["phones", 0, "number"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; left?: z.ZodType; right?: z.ZodType };

function def(schema: z.ZodType): AnyDef {
  return (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
}

/** The object keys the schema allows at `path` (through optional, default, arrays, unions). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const results = new Set<string>();
  const walk = (s: z.ZodType | undefined, rest: readonly PropertyKey[]): void => {
    if (!s) return;
    const d = def(s);
    switch (d.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'readonly':
      case 'catch':
      case 'prefault':
        return walk(d.innerType, rest);
      case 'pipe':
        return walk(d.in, rest);
      case 'union':
        return d.options?.forEach((o) => walk(o, rest));
      case 'intersection':
        walk(d.left, rest);
        return walk(d.right, rest);
      case 'array':
        return walk(d.element, typeof rest[0] === 'number' ? rest.slice(1) : rest);
      case 'object': {
        if (rest.length === 0) {
          Object.keys(d.shape ?? {}).forEach((k) => results.add(k));
          return;
        }
        return walk(d.shape?.[String(rest[0])], rest.slice(1));
      }
      default:
        return;
    }
  };
  walk(schema, path);
  return [...results];
}

/** The nearest allowed key, if it is close enough to be a likely typo. */
export function suggestKey(key: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = key.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const best = closest(key, known);
  return distance(key.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg as string];
  }
  return cur;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  boolean: 'true oder false',
  array: 'eine Liste (Zeilen mit "- ")',
  object: 'ein Abschnitt mit Unterfeldern',
  date: 'ein Datum',
};

export interface Translated {
  path: PropertyKey[];
  message: string;
  code: string;
  /** For unknown keys: the key itself, to be positioned at the key. */
  key?: string;
}

/** German messages for one zod issue (unknown-keys issues become one message per key). */
export function translateIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): Translated[] {
  const path = issue.path as PropertyKey[];
  const field = formatPath(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => {
        const hint = suggestKey(key, known);
        return {
          path: [...path, key],
          key,
          code: 'unknown-key',
          message: hint
            ? `Unbekanntes Feld "${key}". Meinten Sie "${hint}"?`
            : `Unbekanntes Feld "${key}". Erlaubt sind hier: ${known.join(', ')}.`,
        };
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      const last = path[path.length - 1];
      if (value === undefined) {
        const name = typeof last === 'number' ? `Eintrag ${last + 1}` : `"${String(last ?? field)}"`;
        return [{ path, code: 'missing', message: `Pflichtfeld ${name} fehlt. ${issue.message.startsWith('Hier wird') ? issue.message : ''}`.trim() }];
      }
      if (value instanceof Date) {
        return [{ path, code: 'unquoted-date', message: 'Datum bitte in Anführungszeichen schreiben, z. B. "2019-05-01".' }];
      }
      if (/^[A-Z]/.test(issue.message) || issue.message.startsWith('Invalid')) {
        return [{ path, code: 'type', message: `Falscher Typ: Hier wird ${TYPE_NAMES[issue.expected] ?? issue.expected} erwartet.` }];
      }
      return [{ path, code: 'type', message: issue.message }];
    }
    case 'invalid_value':
      if (issue.message.startsWith('Invalid')) {
        return [{ path, code: 'value', message: `Ungültiger Wert. Erlaubt sind: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.` }];
      }
      return [{ path, code: 'value', message: issue.message }];
    case 'too_small':
      if (issue.message.startsWith('Too small') || issue.message.startsWith('Invalid')) {
        return [{ path, code: 'too-small', message: issue.origin === 'array' ? `Mindestens ${String(issue.minimum)} Einträge angeben.` : `Wert ist zu klein (mindestens ${String(issue.minimum)}).` }];
      }
      return [{ path, code: 'too-small', message: issue.message }];
    case 'too_big':
      if (issue.message.startsWith('Too big')) {
        return [{ path, code: 'too-big', message: `Wert ist zu groß (höchstens ${String(issue.maximum)}).` }];
      }
      return [{ path, code: 'too-big', message: issue.message }];
    case 'invalid_format':
      return [{ path, code: 'format', message: issue.message.startsWith('Invalid') ? 'Das Format stimmt nicht.' : issue.message }];
    case 'invalid_union':
      return [{ path, code: 'union', message: issue.message.startsWith('Invalid') ? 'Der Wert passt zu keiner erlaubten Form. Bitte mit der Vorlage vergleichen.' : issue.message }];
    default:
      return [{ path, code: issue.code, message: issue.message }];
  }
}
