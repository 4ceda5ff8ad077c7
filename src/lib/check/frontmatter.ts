/**
 * Reads an entry file and parses its YAML frontmatter with positions, so that
 * every problem can be reported with the file's own line and column.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit as visitYaml, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions } from 'yaml';

/**
 * The one set of YAML options, used by the checker and by the build's content
 * loader (src/lib/content-loader.ts): YAML 1.2 core schema (dates and "yes"
 * stay strings), unique keys, no custom tags, no anchors or aliases.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { prettyErrors: false, uniqueKeys: true, schema: 'core', merge: false, customTags: [] };
/** Aliases expanded at most (a backstop; entries may not use aliases at all). */
export const MAX_ALIAS_COUNT = 0;

export interface Position {
  line: number;
  column: number;
}

export interface ParsedEntry {
  /** Parsed frontmatter as plain data (YAML 1.2 core schema: dates stay strings). */
  data: unknown;
  doc: Document.Parsed;
  /** Body text after the closing `---`. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** Position of a frontmatter offset in the file. */
  positionOf(offset: number): Position;
  /** YAML syntax errors, already positioned. */
  syntaxErrors: { position: Position; message: string }[];
  /** Problems found while reading (no frontmatter, unquoted dates). */
  readErrors: { position: Position; path: (string | number)[]; message: string }[];
}

const FENCE = /^---[ \t]*$/;

export function parseEntry(input: string): ParsedEntry {
  // A byte order mark is accepted (as Astro does) and ignored.
  const source = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lines = source.split(/\r?\n/);
  const readErrors: ParsedEntry['readErrors'] = [];
  let end = -1;
  if (lines[0] !== undefined && FENCE.test(lines[0])) {
    for (let i = 1; i < lines.length; i++) {
      if (FENCE.test(lines[i]!)) {
        end = i;
        break;
      }
    }
  }
  if (end === -1) {
    readErrors.push({
      position: { line: 1, column: 1 },
      path: [],
      message: 'Die Datei beginnt nicht mit einem Kopfbereich zwischen zwei Zeilen "---". Bitte die Vorlage verwenden (npm run new).',
    });
  }
  const yamlText = end === -1 ? '' : lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { ...YAML_OPTIONS, lineCounter });
  const positionOf = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    // +1 for the opening "---" line.
    return { line: p.line + 1, column: p.col };
  };
  const syntaxErrors = doc.errors.map((e) => ({
    position: positionOf(e.pos[0]),
    message: `YAML-Fehler: ${translateYamlError(e.code, e.message)}`,
  }));
  // Tags (`!Neu`, `!!binary`), anchors and aliases: nothing an entry needs, and readers disagree about them.
  let aliases = 0;
  let anchors = 0;
  visitYaml(doc, {
    Node(_, node) {
      const start = node.range?.[0] ?? 0;
      if (isAlias(node)) {
        if (aliases++ === 0) syntaxErrors.push({ position: positionOf(start), message: `YAML-Fehler: Verweise mit "*" (hier *${node.source}) sind in Einträgen nicht erlaubt. Bitte den Wert ausschreiben.` });
      } else if ((node as { anchor?: string }).anchor) {
        if (anchors++ === 0) syntaxErrors.push({ position: positionOf(start), message: `YAML-Fehler: Anker mit "&" (hier &${(node as { anchor?: string }).anchor}) sind in Einträgen nicht erlaubt. Bitte den Wert ausschreiben.` });
      }
      const tag = (node as { tag?: string }).tag;
      if (tag) {
        const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
        syntaxErrors.push({ position: positionOf(start), message: `YAML-Fehler: Typ-Angaben mit "!" (hier ${shown}) sind nicht erlaubt. Bitte den Wert ohne "!…" schreiben; Text, der mit "!" beginnt, in Anführungszeichen setzen.` });
      }
    },
  });
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue; // reported above
    syntaxErrors.push({ position: positionOf(w.pos[0]), message: `YAML-Fehler: ${translateYamlError(w.code, w.message)}` });
  }
  syntaxErrors.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  // Unquoted dates: YAML 1.1 readers (as used by Astro) turn them into Date
  // objects and roll impossible dates over. Refuse them here, where we still see the quotes.
  visit(doc.contents, [], (node, path) => {
    if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string' && /^\d{4}-\d{1,2}-\d{1,2}([Tt ].*)?$/.test(node.source)) {
      readErrors.push({
        position: positionOf(node.range?.[0] ?? 0),
        path,
        message: `Datum bitte in Anführungszeichen schreiben: "${node.source}" (ohne Anführungszeichen wird ein unmögliches Datum wie 2025-02-30 stillschweigend verschoben).`,
      });
    }
  });
  return {
    data: syntaxErrors.length ? undefined : (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}),
    doc,
    body: end === -1 ? source : lines.slice(end + 1).join('\n'),
    bodyLine: end === -1 ? 1 : end + 2,
    positionOf,
    syntaxErrors,
    readErrors,
  };
}

function translateYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Ein Feld steht doppelt im Kopfbereich. Bitte nur einmal angeben.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `Einrückung oder Zeichen stimmt nicht (${message.split('\n')[0]}). Bitte Leerzeichen statt Tabs verwenden und wie in der Vorlage einrücken.`;
    case 'TAB_AS_INDENT':
      return 'Tabulatoren sind zum Einrücken nicht erlaubt. Bitte Leerzeichen verwenden.';
    default:
      return `${message.split('\n')[0]}. Häufige Ursache: ein Doppelpunkt im Text – dann den Text in Anführungszeichen setzen.`;
  }
}

function visit(node: unknown, path: (string | number)[], fn: (node: Node, path: (string | number)[]) => void): void {
  if (!node || typeof node !== 'object') return;
  fn(node as Node, path);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      visit(pair.value, [...path, key], fn);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => visit(item, [...path, i], fn));
  }
}

/**
 * Finds the best position for a problem at `path`: the value's node when it
 * exists, the key of the last existing ancestor otherwise (a missing field is
 * reported where its parent object starts).
 */
export function locate(entry: ParsedEntry, path: readonly PropertyKey[]): Position {
  let node: unknown = entry.doc.contents;
  let best: number | undefined = (node as Node | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      best = (pair.key as Node | null)?.range?.[0] ?? best;
      node = pair.value;
      if ((node as Node | null)?.range) best = (node as Node).range![0];
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      if (item.range) best = item.range[0];
    } else {
      break;
    }
  }
  return best === undefined ? { line: 2, column: 1 } : entry.positionOf(best);
}

/** Position of the key (not the value) of the field at `path`, for unknown keys. */
export function locateKey(entry: ParsedEntry, parentPath: readonly PropertyKey[], key: string): Position {
  let node: unknown = entry.doc.contents;
  for (const segment of parentPath) {
    if (isMap(node)) node = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment)?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else break;
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
    const start = (pair?.key as Node | null)?.range?.[0];
    if (start !== undefined) return entry.positionOf(start);
  }
  return locate(entry, parentPath);
}
