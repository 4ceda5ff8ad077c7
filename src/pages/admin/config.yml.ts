/** The web editor's configuration, generated from the schemas at build time. */
import type { APIRoute } from 'astro';
import { siteCmsConfig, toYaml } from '../../lib/cms/build-config.ts';

export const GET: APIRoute = () =>
  new Response(toYaml(siteCmsConfig()), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
