/**
 * Astro content loaders that read entries with the checker's own parser
 * (src/lib/check/frontmatter.ts: the `yaml` package, YAML 1.2 core schema,
 * no tags, no anchors or aliases) instead of Astro's js-yaml, so that
 * anything `npm run check` accepts is read the same way by the build.
 *
 * - `entryGlob` wraps Astro's glob loader and replaces the frontmatter
 *   reader of the `.md` and `.mdx` entry types.
 * - `vocabularyFile` is Astro's file loader with the same YAML parser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader } from 'astro/loaders';
import { parseEntry } from './check/frontmatter.ts';
import { decodeContent } from './check/read-file.ts';

type EntryInfo = { data: Record<string, unknown>; body: string; slug?: string; rawData: string };
type EntryType = { getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<EntryInfo> } & Record<string, unknown>;

/** Frontmatter and body of an entry, read like the checker reads them; problems as a German error. */
export function entryInfo(contents: string, where: string): EntryInfo {
  const parsed = parseEntry(contents);
  const problems = [...parsed.syntaxErrors, ...parsed.readErrors];
  if (problems.length || parsed.data === undefined) {
    throw new Error([`${where}: Der Kopfbereich ist fehlerhaft (npm run check zeigt alle Fehler):`, ...problems.map((p) => `${where}:${p.position.line}:${p.position.column} ${p.message}`)].join('\n'));
  }
  const data = (parsed.data && typeof parsed.data === 'object' ? parsed.data : {}) as Record<string, unknown>;
  return { data, body: parsed.body.trim(), slug: undefined, rawData: parsed.doc.toString() };
}

export function entryGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'bff-entries',
    load(context) {
      const types = (context as unknown as { entryTypes: Map<string, EntryType> }).entryTypes;
      const wrapped = new Map<string, EntryType>();
      for (const [ext, type] of types) {
        wrapped.set(ext, {
          ...type,
          async getEntryInfo({ fileUrl }: { contents: string; fileUrl: URL }) {
            // Read the bytes again: Astro decodes with replacement characters, the checker refuses non-UTF-8.
            const path = fileURLToPath(fileUrl);
            const read = decodeContent(readFileSync(path));
            if (!read.ok) throw new Error(`${path}:${read.line}:${read.column} ${read.message}`);
            return entryInfo(read.text, path);
          },
        });
      }
      return inner.load({ ...context, entryTypes: wrapped } as typeof context);
    },
  };
}

/** Parses a vocabulary file exactly as the checker does (same parser, same refusals). */
export function parseVocabulary(text: string): Array<Record<string, unknown>> {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return entryInfo(`---\n${clean}\n---\n`, 'Wortschatz').data as unknown as Array<Record<string, unknown>>;
}

export function vocabularyFile(path: string): Loader {
  return file(path, { parser: parseVocabulary });
}
