/**
 * The web editor's program: Decap CMS as its publisher ships it (`decap-cms/dist/`: one script
 * that brings React and every locale, its lazily loaded chunks and the licence file), copied
 * unchanged to /admin/decap/ (`PAGES.adminEditorScript`, src/pages/admin/decap/[file].ts; webpack
 * loads the chunks from the main script's own folder). Until 2026-12-01 Vite bundled decap-cms-app
 * in every build, for a 6 MB script that no page of the site loads: measured on the fixture
 * content, a build took 13.3 s and 1.48 GB that way and takes 6.9 s and 0.81 GB this way.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The files of the shipped editor: the main script, its chunks (`<n>.decap-cms.js`) and its licence notes. */
export const isEditorFile = (name: string): boolean => /^(\d+\.)?decap-cms\.js(\.LICENSE\.txt)?$/.test(name);

/** The folder of the installed `decap-cms` package's distribution (resolved from the project, as Node would). */
export function editorDir(root: string = process.cwd()): string {
  return join(dirname(createRequire(join(root, 'package.json')).resolve('decap-cms/package.json')), 'dist');
}

/** The names of the files to serve, sorted. */
export function editorFiles(dir: string = editorDir()): string[] {
  return readdirSync(dir).filter(isEditorFile).sort();
}
