/**
 * The one way to put data into a `<script>` element (JSON for search, map,
 * "Mein Ort", JSON-LD): `JSON.stringify` plus escaping of every character
 * that could end the element or confuse an HTML or JavaScript parser.
 * `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`; U+2028 and U+2029
 * become their escapes. The result is still valid JSON that parses back to
 * the same value.
 */
const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function scriptJson(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c] ?? c);
}
