/**
 * The real build over the fixture content (tests/fixtures/content): the two
 * components editors may use in MDX render (notice box, tap-to-call link),
 * a former slug becomes a redirect to the entry's current URL, and the
 * town guide is rendered to a PDF that the town page links.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/dev/build-site.ts';

const root = resolve(import.meta.dirname, '../..');

describe('build over the fixture content', () => {
  let out: string;
  let status: number | null;
  let log: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'bff-fixture-dist-'));
    // As `npm run build` does: astro build, then the search index and the PDF guides.
    ({ status, log } = buildSite({ outDir: out, env: { ...process.env, CONTENT_ROOT: join(root, 'tests/fixtures/content'), ASTRO_CACHE_DIR: `${out}-cache`, NO_COLOR: '1' }, timeout: 240_000 }));
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(status, log.slice(-2000)).toBe(0);
  });

  it('renders the allowed MDX components', () => {
    const html = readFileSync(join(out, 'angebote/elterntelefon/index.html'), 'utf8');
    expect(html).toMatch(/<aside class="mdx-hinweis[^"]*"[^>]*role="note"/);
    expect(html).toContain('Erlaubte Komponente.');
    expect(html).toMatch(/<a href="tel:\+498001110550"[^>]*>0800/);
  });

  it('renders the town guide as PDF (Chromium present) and links exactly that file', () => {
    const pdf = readFileSync(join(out, 'wegweiser/unna.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(join(out, 'orte/unna/index.html'), 'utf8')).toContain('href="/wegweiser/unna.pdf"');
  });

  it('redirects a former slug to the current URL', () => {
    const html = readFileSync(join(out, 'angebote/eltern-telefon/index.html'), 'utf8');
    expect(html).toContain('http-equiv="refresh"');
    expect(html).toContain('url=/angebote/elterntelefon/');
  });
});
