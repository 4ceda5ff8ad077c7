/** Decap CMS's own distribution, byte for byte, from the site's origin (src/lib/cms/editor-files.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFiles, editorFileType, editorPackage } from '../../../../lib/cms/editor-files.ts';

export const getStaticPaths = (() => {
  const { version } = editorPackage();
  return editorFiles().map(({ name, source }) => ({ params: { version, file: name }, props: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = ({ params, props }) =>
  new Response(readFileSync(props.source), { headers: { 'content-type': editorFileType(String(params.file)) } });
