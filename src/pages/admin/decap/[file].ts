/** Decap CMS's own distribution, byte for byte, from the site's origin (src/lib/cms/editor-files.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorDir, editorFiles } from '../../../lib/cms/editor-files.ts';

export const getStaticPaths = (() => editorFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/javascript; charset=utf-8';
  return new Response(readFileSync(join(editorDir(), file)), { headers: { 'content-type': type } });
};
