/**
 * The web app manifest (/manifest.webmanifest), so the site can be added to a
 * phone's home screen; it opens offline thanks to the service worker.
 */
import type { APIRoute } from 'astro';
import { ICONS } from '../lib/offline-paths.ts';
import { siteConfig } from '../site.config.ts';
import { PAGES } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: siteConfig.name,
      short_name: 'Brücken',
      description: siteConfig.tagline,
      lang: 'de',
      dir: 'ltr',
      start_url: PAGES.home,
      scope: PAGES.home,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0e5e6f',
      icons: [...ICONS.map((i) => ({ ...i, purpose: 'any' })), { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      shortcuts: [{ name: 'Schnelle Hilfe', url: PAGES.quickHelp }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
