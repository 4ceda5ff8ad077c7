/**
 * The web editor as built: dist/admin/config.yml is exactly the one the schemas and vocabularies
 * give (src/lib/cms/build-config.ts), and Decap's own distribution is served unchanged beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteCmsConfig, toYaml } from '../../src/lib/cms/build-config.ts';
import { editorDir, editorFiles } from '../../src/lib/cms/editor-files.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { PAGES } from '../../src/lib/urls.ts';

describe('built web editor', () => {
  it('the built /admin/config.yml is the one the schemas give', () => {
    assertBuilt();
    expect(parse(readFileSync(join(DIST, PAGES.adminConfig), 'utf8'))).toEqual(parse(toYaml(siteCmsConfig())));
  });

  it("serves Decap's distribution byte for byte: the main script, every chunk and the licence notes", () => {
    assertBuilt();
    const served = join(DIST, dirname(PAGES.adminEditorScript));
    expect(readdirSync(served).sort()).toEqual(editorFiles());
    for (const file of editorFiles()) expect(readFileSync(join(served, file)).equals(readFileSync(join(editorDir(), file))), file).toBe(true);
  });

  it('the editor page has no inline script: one module of the site, which loads the editor (tests/browser/cms.test.ts)', () => {
    assertBuilt();
    const html = readFileSync(join(DIST, PAGES.admin, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
  });
});
