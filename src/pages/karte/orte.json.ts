/**
 * /karte/orte.json: the places of the map page (/karte/ and every /<lang>/karte/, which show the
 * same places), fetched by the map script only when the map is loaded. Data: `mapPage()`.
 */
import type { APIRoute } from 'astro';
import { loadDirectory } from '../../lib/entries.ts';
import { mapPage } from '../../lib/routes/map.ts';

export const GET: APIRoute = async () => {
  return new Response(mapPage(await loadDirectory()).placesJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
