/**
 * Entry bodies are data: every attack probe in tests/fixtures/attacks is
 * refused by the checker's judgement (on the build's own parser), refused by
 * the build's guard plugin if it slipped past the checker, and rendered
 * harmless by the sanitizer (the second layer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { judgeBody, PARSER_FEATURES } from '../../src/lib/body/judge.ts';
import { bodyGuard, bodySanitizer } from '../../src/lib/body/plugins.ts';
import { isDangerousScheme, judgeUrl } from '../../src/lib/body/urls.ts';
import { parseEntry } from '../../src/lib/check/frontmatter.ts';

const dir = resolve(import.meta.dirname, '../fixtures/attacks/offers');
const probes = readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort();

/** Codes each probe must produce (at least). */
const EXPECTED: Record<string, string[]> = {
  'component-disguise.mdx': ['component', 'mdx-expression'],
  'dead-internal-link.md': ['dead-link'],
  'entity-javascript.md': ['unsafe-url'],
  'foreign-image.md': ['foreign-image', 'html'],
  'img-onload.md': ['html'],
  'indented-fence-tag.md': ['html'],
  'mdx-br.mdx': ['mdx-syntax'],
  'mdx-fence-disguise.mdx': ['mdx-esm', 'mdx-expression'],
  'missing-image.md': ['foreign-image'],
  'multiline-handler.md': ['html'],
  'reference-javascript.md': ['unsafe-url'],
};

const body = (file: string) => parseEntry(readFileSync(join(dir, file), 'utf8')).body;
const pageExists = (path: string) => ['/', '/angebote/'].includes(path);

describe('checker judgement of attack probes', () => {
  it('has an expectation for every probe', () => {
    expect(probes).toEqual(Object.keys(EXPECTED).sort());
  });
  it.each(probes)('%s is refused with a line', (file) => {
    const problems = judgeBody(body(file), { mdx: file.endsWith('.mdx'), pageExists, fileExists: () => false });
    const codes = new Set(problems.map((p) => p.code));
    for (const code of EXPECTED[file]!) expect(codes, JSON.stringify(problems)).toContain(code);
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.message).toMatch(/[äöüß]|nicht|Bitte/);
    }
  });
  it('accepts the allowlisted components and plain Markdown', () => {
    const ok = '## Hinweis\n\n<Hinweis>Bitte *vorher* anrufen.</Hinweis>\n\nAnrufen: <Telefon nummer="0800 111 0 550" />\n\n- [Seite](/angebote/) und [Mail](mailto:a@b.de), [Tel](tel:+492303270), [Web](https://www.kreis-unna.de/)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> Zitat\n\n```\n{code}\n```\n';
    expect(judgeBody(ok, { mdx: true, pageExists })).toEqual([]);
  });
  it('refuses h1, footnotes and relative links', () => {
    const codes = judgeBody('# Titel\n\nText[^1]\n\n[^1]: Fuß\n\n[x](seite.html)\n', { mdx: false }).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['heading-level', 'footnote', 'bad-url']));
  });
});

describe('URLs in any encoding', () => {
  it.each([
    'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x',
    'java%73cript:x', 'javascript%3Aalert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'DATA:image/svg+xml,<svg>', 'vbscript:msgbox', 'vbscript&#58;x',
  ])('%j is refused', (url) => {
    expect(judgeUrl(url).ok).toBe(false);
  });
  it('refuses user info in https URLs and protocol-relative URLs', () => {
    expect(judgeUrl('https://www.stadtselm.de@evil.example/').ok).toBe(false);
    expect(judgeUrl('//evil.example/').ok).toBe(false);
    expect(judgeUrl('http://example.org/').ok).toBe(false);
  });
  it('accepts https, mailto, tel, site paths and fragments', () => {
    for (const url of ['https://www.kreis-unna.de/', 'mailto:info@kreis-unna.de', 'tel:+492303270', '/angebote/', '#kontakt']) expect(judgeUrl(url).ok, url).toBe(true);
    expect(isDangerousScheme('https://x.de/javascript:')).toBe(false);
  });
});

describe('the build refuses what slipped past the checker', () => {
  it('stops an MDX body with ESM and expressions before it becomes code, in German', () => {
    expect(() => mdxToJs(body('mdx-fence-disguise.mdx'), { features: PARSER_FEATURES, mdastPlugins: [bodyGuard] })).toThrow(/nicht erlaubte Inhalte[\s\S]*"import" und "export"[\s\S]*Geschweifte Klammern/);
  });
  it('stops a disguised component', () => {
    expect(() => mdxToJs(body('component-disguise.mdx'), { features: PARSER_FEATURES, mdastPlugins: [bodyGuard] })).toThrow(/Komponente <Hinweis.Karte>/);
  });
  it('compiles the allowlisted components', () => {
    const { code } = mdxToJs('<Hinweis>Text</Hinweis>\n\n<Telefon nummer="0800 111 0 550" />\n', { features: PARSER_FEATURES, mdastPlugins: [bodyGuard], hastPlugins: [bodySanitizer] });
    expect(code).toContain('Hinweis');
    expect(code).toContain('Telefon');
  });
});

describe('the sanitizer renders every probe harmless (second layer)', () => {
  it.each(probes.filter((f) => f.endsWith('.md')))('%s', (file) => {
    const { html } = markdownToHtml(body(file), { features: PARSER_FEATURES, hastPlugins: [bodySanitizer] });
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:|tracker\.example|<script|<svg|<details|<iframe|style=/i);
  });
  it('keeps Markdown structure and safe links', () => {
    const { html } = markdownToHtml('## Titel\n\n[Web](https://www.kreis-unna.de/) [x](javascript:alert(1))\n\n| a |\n|:-|\n| 1 |\n', { features: PARSER_FEATURES, hastPlugins: [bodySanitizer] });
    expect(html).toContain('<h2>Titel</h2>');
    expect(html).toContain('<a href="https://www.kreis-unna.de/">Web</a>');
    expect(html).toContain('<a>x</a>');
    expect(html).not.toContain('style=');
  });
});
