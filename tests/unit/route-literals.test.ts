/**
 * URLs come from one module: outside src/lib/urls* and src/schemas/, no file
 * in src/ spells a route prefix ("/orte/", `/angebote/${id}/`, href="/karte/")
 * as a string. The prefixes are taken from the URL module itself, so a new
 * section is covered as soon as it is named there.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, URL_PREFIX } from '../../src/lib/urls.ts';

const SRC = resolve(import.meta.dirname, '../../src');
const ALLOWED = [/^lib\/urls[^/]*$/, /^lib\/urls\//, /^schemas\//];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Comments out, so prose about URLs may stay. */
function withoutComments(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** First path segment of every route the URL module names: "orte", "karte", … */
const SEGMENTS = [...new Set([...Object.values(URL_PREFIX), ...Object.values(PAGES)].map((p) => p.split('/')[1]).filter((s): s is string => !!s && !s.includes('.')))];
const LITERAL = new RegExp(`(?:['"\`]|href=)\\/(?:${SEGMENTS.join('|')})(?:\\/|\\$|['"\`])`, 'g');

describe('route prefixes', () => {
  it('knows the sections to look for', () => {
    expect(SEGMENTS).toEqual(expect.arrayContaining(['orte', 'angebote', 'anlaufstellen', 'karte', 'suche', 'schnelle-hilfe', 'lebensphasen', 'themen']));
    expect('x = `/orte/${id}/`'.match(LITERAL)).not.toBeNull();
    expect('<a href="/karte/">'.match(LITERAL)).not.toBeNull();
    expect("// see '/orte/'".replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1').match(LITERAL)).toBeNull();
  });

  it('are spelled only in the URL module and the schemas', () => {
    const found: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file).split('\\').join('/');
      if (ALLOWED.some((re) => re.test(rel))) continue;
      const text = withoutComments(readFileSync(file, 'utf8'));
      for (const m of text.matchAll(LITERAL)) found.push(`src/${rel}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
