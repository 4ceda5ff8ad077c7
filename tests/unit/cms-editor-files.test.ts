import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_FILE_TYPES, EDITOR_LICENCE, EDITOR_SCRIPT, editorFiles, editorPackage, isEditorFile } from '../../src/lib/cms/editor-files.ts';
import { adminEditorUrl } from '../../src/lib/urls.ts';

const root = join(import.meta.dirname, '../..');
const manifest = (name: string) => JSON.parse(readFileSync(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`), 'utf8')) as { version: string; dependencies?: Record<string, string> };

describe("the web editor's files (Decap's own distribution)", () => {
  it('takes the main script, its numbered chunks, its WebAssembly and licence notes; not source maps or the duplicate cms.js build', () => {
    for (const name of ['decap-cms.js', '103.decap-cms.js', 'decap-cms.js.LICENSE.txt', 'dd5d52671a5763720504.wasm']) expect(isEditorFile(name), name).toBe(true);
    for (const name of ['decap-cms.js.map', '103.decap-cms.js.map', 'cms.js', '103.cms.js', 'x-decap-cms.js', 'decap-cms.jsx', 'a.wasm']) expect(isEditorFile(name), name).toBe(false);
  });

  it('the installed package has the script the editor page loads, its chunks, and Decap’s licence beside them', () => {
    const names = editorFiles(root).map((f) => f.name);
    expect(names).toContain(EDITOR_SCRIPT);
    expect(names).toContain(EDITOR_LICENCE);
    expect(names.filter((f) => /^\d+\./.test(f)).length).toBeGreaterThan(10);
    expect(readFileSync(editorFiles(root).find((f) => f.name === EDITOR_LICENCE)!.source, 'utf8')).toMatch(/^Copyright \(c\) 2016 Netlify[\s\S]*MIT License/);
  });

  it('serves each version in a folder of its own, with the right content types', () => {
    expect(adminEditorUrl('3.16.3', EDITOR_SCRIPT)).toBe('/admin/decap/3.16.3/decap-cms.js');
    expect(EDITOR_FILE_TYPES.wasm).toBe('application/wasm');
    expect(EDITOR_FILE_TYPES.js).toMatch(/^text\/javascript/);
    expect(EDITOR_FILE_TYPES.txt).toMatch(/^text\/plain/);
    // Every file has a route: its extension is one of those served.
    for (const { name } of editorFiles(root)) expect(Object.keys(EDITOR_FILE_TYPES), name).toContain(name.slice(name.lastIndexOf('.') + 1));
  });

  it('the editor that runs (decap-cms) and the one whose types the editor script uses (decap-cms-app) are the same release: bump both together', () => {
    const app = manifest('decap-cms-app').version;
    expect(manifest('decap-cms').dependencies?.['decap-cms-app']).toBe(app);
    expect(editorPackage(root).version).toBe(app);
  });
});
