/** All contact points and offers in one CSV table (UTF-8 with BOM, ";"). */
import type { APIRoute } from 'astro';
import { buildExports } from '../../../lib/export/build.ts';
import { csvRows, toCsv } from '../../../lib/export/csv.ts';
import { siteConfig } from '../../../site.config.ts';

export const GET: APIRoute = async () => {
  const { dir } = await buildExports();
  return new Response(new TextEncoder().encode(toCsv(csvRows(dir, { site: siteConfig.url }))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
