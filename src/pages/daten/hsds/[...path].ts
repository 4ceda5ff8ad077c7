/** Every file of the static HSDS 3.0 API under /daten/hsds/ (layout: src/lib/export/api.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExports } from '../../../lib/export/build.ts';

export const getStaticPaths = (async () => {
  const { files } = await buildExports();
  return [...files.keys()].map((path) => ({ params: { path }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { files } = await buildExports();
  return new Response(JSON.stringify(files.get(props.path as string)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
