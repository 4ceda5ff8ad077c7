/**
 * Reads an entry file and parses its YAML frontmatter with positions, so that
 * every problem can be reported with the file's own line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

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

export function parseEntry(source: string): ParsedEntry {
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
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positionOf = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    // +1 for the opening "---" line.
    return { line: p.line + 1, column: p.col };
  };
  const syntaxErrors = doc.errors.map((e) => ({
    position: positionOf(e.pos[0]),
    message: `YAML-Fehler: ${translateYamlError(e.code, e.message)}`,
  }));
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
    data: syntaxErrors.length ? undefined : (doc.toJS({ maxAliasCount: 50 }) ?? {}),
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
