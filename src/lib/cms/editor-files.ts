/**
 * The web editor's program: Decap CMS as its publisher ships it (`decap-cms/dist/`: one script
 * that brings React and every locale, the chunks and WebAssembly it loads later, the third-party
 * licence notes), copied unchanged to /admin/decap/<version>/ (`adminEditorUrl`,
 * src/pages/admin/decap/[version]/[name].{js,txt,wasm}.ts; webpack loads the chunks from the main
 * script's own folder), with Decap's own licence (vendor/decap-cms/LICENSE). Until 2026-12-01 Vite bundled
 * decap-cms-app in every build, for a 6 MB script that no page of the site loads: measured on the
 * fixture content, a build took 13.3 s and 1.48 GB that way and takes 6.9 s and 0.81 GB this way.
 *
 * The package is resolved from the project folder (the working directory of every build: `npm
 * run build`, the tests' builds with `--outDir`, the bench's copy of the project).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The main script. */
export const EDITOR_SCRIPT = 'decap-cms.js';

/** Decap's own licence, served beside the script under this name. */
export const EDITOR_LICENCE = 'LICENSE.txt';

/** Files of the shipped distribution: the main script, its chunks (`<n>.decap-cms.js`), its WebAssembly and licence notes; no source maps. */
export const isEditorFile = (name: string): boolean => /^((\d+\.)?decap-cms\.js(\.LICENSE\.txt)?|[0-9a-f]{20}\.wasm)$/.test(name);

/** The installed `decap-cms` package: its folder and version. */
export function editorPackage(root: string = process.cwd()): { dir: string; version: string } {
  const manifest = createRequire(join(root, 'package.json')).resolve('decap-cms/package.json');
  return { dir: dirname(manifest), version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version };
}

/** Every file to serve, by its name in the served folder, with the file it is read from; sorted by name (code units, as `Array.sort`). */
export function editorFiles(root: string = process.cwd()): { name: string; source: string }[] {
  const dist = join(editorPackage(root).dir, 'dist');
  return [
    ...readdirSync(dist)
      .filter(isEditorFile)
      .map((name) => ({ name, source: join(dist, name) })),
    { name: EDITOR_LICENCE, source: resolve(root, 'vendor/decap-cms/LICENSE') },
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The content type of each extension the distribution has; one route per extension, so that the dev server serves them as files (no trailing slash). */
export const EDITOR_FILE_TYPES = {
  js: 'text/javascript; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  wasm: 'application/wasm',
} as const;

export type EditorFileExtension = keyof typeof EDITOR_FILE_TYPES;

/**
 * `getStaticPaths` and `GET` of the route for the files with extension `ext`:
 * /admin/decap/<version>/<name>.<ext>, each file's bytes unchanged.
 */
export function editorRoute(ext: EditorFileExtension): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () => {
      const { version } = editorPackage();
      return editorFiles()
        .filter(({ name }) => name.endsWith(`.${ext}`))
        .map(({ name, source }) => ({ params: { version, name: name.slice(0, -(ext.length + 1)) }, props: { source } }));
    },
    GET: ({ props }) => new Response(readFileSync(props.source as string), { headers: { 'content-type': EDITOR_FILE_TYPES[ext] } }),
  };
}
