/** One CSV table per town: contact points there or responsible for it, and the offers available there. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExports } from '../../../../lib/export/build.ts';
import { csvRows, toCsv } from '../../../../lib/export/csv.ts';
import { siteConfig } from '../../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { dir } = await buildExports();
  return [...dir.towns.keys()].map((town) => ({ params: { town } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { dir } = await buildExports();
  return new Response(new TextEncoder().encode(toCsv(csvRows(dir, { site: siteConfig.url }, params.town))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
