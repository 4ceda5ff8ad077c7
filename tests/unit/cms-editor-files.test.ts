import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorFiles, isEditorFile } from '../../src/lib/cms/editor-files.ts';
import { PAGES } from '../../src/lib/urls.ts';

describe("the web editor's files (Decap's own distribution)", () => {
  it('takes the main script, its numbered chunks and their licence notes, not source maps or the duplicate cms.js build', () => {
    for (const name of ['decap-cms.js', '103.decap-cms.js', 'decap-cms.js.LICENSE.txt']) expect(isEditorFile(name), name).toBe(true);
    for (const name of ['decap-cms.js.map', '103.decap-cms.js.map', 'cms.js', '103.cms.js', 'x-decap-cms.js', 'decap-cms.jsx']) expect(isEditorFile(name), name).toBe(false);
  });

  it('the installed package has the script the editor page loads, with chunks', () => {
    const files = editorFiles();
    expect(files).toContain(basename(PAGES.adminEditorScript));
    expect(files.filter((f) => /^\d+\./.test(f)).length).toBeGreaterThan(10);
  });
});
