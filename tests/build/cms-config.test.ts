/**
 * The web editor as built: dist/admin/config.yml is exactly the one the schemas and vocabularies
 * give (src/lib/cms/build-config.ts), and Decap's own distribution is served unchanged beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteCmsConfig, toYaml } from '../../src/lib/cms/build-config.ts';
import { EDITOR_SCRIPT, editorFiles, editorPackage } from '../../src/lib/cms/editor-files.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { adminEditorUrl, PAGES } from '../../src/lib/urls.ts';

describe('built web editor', () => {
  it('the built /admin/config.yml is the one the schemas give', () => {
    assertBuilt();
    expect(parse(readFileSync(join(DIST, PAGES.adminConfig), 'utf8'))).toEqual(parse(toYaml(siteCmsConfig())));
  });

  it("serves Decap's distribution byte for byte in its version's folder: the main script, every chunk, the licence notes", () => {
    assertBuilt();
    const served = join(DIST, dirname(adminEditorUrl(editorPackage().version, EDITOR_SCRIPT)));
    expect(readdirSync(served).sort()).toEqual(editorFiles().map((f) => f.name));
    for (const { name, source } of editorFiles()) expect(readFileSync(join(served, name)).equals(readFileSync(source)), name).toBe(true);
    // Only the current version: an old folder would be left from an earlier build, not written by this one.
    expect(readdirSync(join(DIST, PAGES.adminEditor))).toEqual([editorPackage().version]);
  });

  it('the editor page has no inline script: one module of the site, which loads the editor (tests/browser/cms.test.ts)', () => {
    assertBuilt();
    const html = readFileSync(join(DIST, PAGES.admin, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    // The editor's own script is named for the module and preloaded meanwhile.
    const editor = adminEditorUrl(editorPackage().version, EDITOR_SCRIPT);
    expect(html).toContain(`data-editor-script="${editor}"`);
    expect(html).toContain(`<link rel="preload" as="script" href="${editor}">`);
  });
});
