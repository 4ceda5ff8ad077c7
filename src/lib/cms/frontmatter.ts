/**
 * Reading and writing entry files for the web editor (Decap CMS) so that a
 * reviewer sees only what the editor changed.
 *
 * Decap's own YAML writer re-serialises the whole frontmatter: comments vanish,
 * keys are reordered, quoted dates ("2019-05-01") lose their quotes and then
 * fail the checker. `writeEntry` instead takes the file as it was (`base`) and
 * changes only the values that differ, in place, with the `yaml` library's
 * document model. Untouched keys, their order, their quoting and every comment
 * stay byte-for-byte as they were. New keys are inserted in schema order.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node, type Pair, type YAMLMap } from 'yaml';

const FENCE = /^---[ \t]*$/;

export interface SplitEntry {
  /** YAML between the fences, without the fences. */
  yaml: string;
  /** Everything after the closing fence line, exactly as in the file. */
  body: string;
}

/** Splits a Markdown file into frontmatter YAML and body; a file without frontmatter is all body. */
export function splitEntry(raw: string): SplitEntry {
  const lines = raw.split('\n');
  if (lines[0] === undefined || !FENCE.test(lines[0].replace(/\r$/, ''))) return { yaml: '', body: raw };
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i]!.replace(/\r$/, ''))) {
      return { yaml: lines.slice(1, i).join('\n') + (i > 1 ? '\n' : ''), body: lines.slice(i + 1).join('\n') };
    }
  }
  return { yaml: '', body: raw };
}

/** File → data for the editor: frontmatter values plus the Markdown body as `body`. */
export function readEntry(raw: string): Record<string, unknown> {
  const { yaml, body } = splitEntry(raw);
  const data = (parseDocument(yaml).toJS() ?? {}) as Record<string, unknown>;
  return { ...data, body };
}

/** Strings a YAML 1.1 reader could take for a date, time, number or boolean: written in double quotes. */
const AMBIGUOUS = /^(?:[\d\s+\-/:.]+|y|n|yes|no|on|off|true|false|null|~)$/i;

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as object).every(isEmpty);
  return false;
}

/** Drops empty values the form leaves behind (empty strings, empty lists, empty objects). */
export function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean).filter((x) => !isEmpty(x));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const c = clean(x);
      if (!isEmpty(c)) out[k] = c;
    }
    return out;
  }
  return typeof v === 'string' ? v.replace(/\r\n/g, '\n') : v;
}

/** Scalars compare as text: a phone number written as a YAML number equals the same digits from the form. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => !isEmpty((a as Record<string, unknown>)[k]));
    const kb = Object.keys(b).filter((k) => !isEmpty((b as Record<string, unknown>)[k]));
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  if (a === null || b === null || typeof a === 'object' || typeof b === 'object') return a === b;
  return String(a) === String(b);
}

/** Writes new nodes in the repository's style: ambiguous strings quoted, lists of plain values on one line. */
function styleNode(node: Node): Node {
  visit(node, {
    Scalar(_, s) {
      if (typeof s.value === 'string' && AMBIGUOUS.test(s.value)) s.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((i) => isScalar(i))) seq.flow = true;
    },
  });
  return node;
}

/**
 * Splits YAML text into one chunk per top-level key (comment lines directly above a key
 * belong to it) plus a tail of trailing comments.
 */
function segments(yaml: string): { parts: Map<string, string>; tail: string } {
  const parts = new Map<string, string>();
  const lines = yaml.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let pending: string[] = [];
  let current: string | undefined;
  let chunk: string[] = [];
  const flush = () => {
    if (current !== undefined) parts.set(current, chunk.join('\n') + '\n');
  };
  for (const line of lines) {
    const key = /^([A-Za-z_][\w-]*):(?:\s|$)/.exec(line);
    if (key) {
      flush();
      current = key[1]!;
      chunk = [...pending, line];
      pending = [];
    } else if (/^#/.test(line) || line.trim() === '') {
      pending.push(line);
    } else {
      chunk.push(...pending, line);
      pending = [];
    }
  }
  flush();
  return { parts, tail: pending.length > 0 ? pending.join('\n') + '\n' : '' };
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Sets `value` under `key` in `map`, touching only what differs; new keys go where `order` puts them. */
function mergeInto(doc: Document, map: YAMLMap, data: Record<string, unknown>, order: string[]): void {
  const seen = new Set<string>();
  for (const pair of [...map.items]) {
    const key = keyOf(pair);
    seen.add(key);
    const next = data[key];
    if (isEmpty(next)) {
      // The form cleared the value; an explicitly empty list in the file stays.
      if (!(isSeq(pair.value) && pair.value.items.length === 0)) map.delete(key);
      continue;
    }
    mergeValue(doc, pair, next);
  }
  const wanted = [...order, ...Object.keys(data)];
  for (const key of Object.keys(data)) {
    if (seen.has(key) || isEmpty(data[key])) continue;
    const node = styleNode(doc.createNode(data[key]) as Node);
    const pair = doc.createPair(key, node);
    // Insert after the last existing key that comes before this one in schema order.
    const rank = (k: string) => {
      const r = wanted.indexOf(k);
      return r === -1 ? Number.MAX_SAFE_INTEGER : r;
    };
    const mine = rank(key);
    let at = map.items.length;
    for (let i = 0; i < map.items.length; i++) {
      if (rank(keyOf(map.items[i]!)) > mine) {
        at = i;
        break;
      }
    }
    map.items.splice(at, 0, pair);
  }
}

function mergeValue(doc: Document, pair: Pair, next: unknown): void {
  const node = pair.value as Node | null;
  const old = node && typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as Scalar).toJSON() : node;
  if (sameValue(old, next)) return;
  if (isMap(node) && next !== null && typeof next === 'object' && !Array.isArray(next)) {
    mergeInto(doc, node, next as Record<string, unknown>, []);
    return;
  }
  if (isSeq(node) && Array.isArray(next) && node.items.length === next.length && !node.flow) {
    node.items.forEach((item, i) => {
      const fake = { value: item } as Pair;
      mergeValue(doc, fake, next[i]);
      node.items[i] = fake.value as Node;
    });
    return;
  }
  if (isScalar(node) && (typeof next !== 'object' || next === null)) {
    node.value = next;
    if (typeof next === 'string' && AMBIGUOUS.test(next) && node.type === Scalar.PLAIN) node.type = Scalar.QUOTE_DOUBLE;
    return;
  }
  pair.value = styleNode(doc.createNode(next) as Node);
}

/**
 * Data from the editor → file text. With `base` (the file as it is in the
 * repository) only changed values are rewritten; without it a new file is
 * written with keys in `order` (the schema's field order).
 */
export function writeEntry(data: Record<string, unknown>, base = '', order: string[] = []): string {
  const { body: newBody, ...fields } = data;
  const baseSplit = splitEntry(base);
  const doc: Document = parseDocument(baseSplit.yaml, { keepSourceTokens: false });
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  const cleaned = clean(fields) as Record<string, unknown>;
  // Keys in schema order for new files.
  const ordered: Record<string, unknown> = {};
  for (const k of order) if (k in cleaned) ordered[k] = cleaned[k];
  for (const k of Object.keys(cleaned)) if (!(k in ordered)) ordered[k] = cleaned[k];
  mergeInto(doc, doc.contents as YAMLMap, ordered, order);
  // The writer re-serialises a whole document (folded text gets re-wrapped, spacing inside
  // braces is one global switch). So every top-level key whose value did not change is copied
  // from the original text, comments included; only changed keys come from the writer.
  const tight = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).split('\n');
  const padded = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).split('\n');
  const known = new Set(baseSplit.yaml.split('\n'));
  const written = tight.length === padded.length ? tight.map((l, i) => (known.has(padded[i]!) ? padded[i]! : l)).join('\n') : tight.join('\n');
  const before = segments(baseSplit.yaml);
  const after = segments(written);
  const oldData = (parseDocument(baseSplit.yaml).toJS() ?? {}) as Record<string, unknown>;
  const newData = (doc.toJS() ?? {}) as Record<string, unknown>;
  let yaml = '';
  for (const [key, text] of after.parts) {
    const kept = before.parts.get(key);
    yaml += kept !== undefined && key in oldData && sameValue(oldData[key], newData[key]) ? kept : text;
  }
  yaml += before.parts.size > 0 ? before.tail : after.tail;
  if (yaml && !yaml.endsWith('\n')) yaml += '\n';
  let body = typeof newBody === 'string' ? newBody.replace(/\r\n/g, '\n') : '';
  if (base && body.trim() === baseSplit.body.trim()) body = baseSplit.body;
  else if (body && !body.startsWith('\n')) body = `\n${body}`;
  if (body && !body.endsWith('\n')) body += '\n';
  return `---\n${yaml}---\n${body}`;
}

