// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import offline from './src/integrations/offline.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://www.bruecken-fuer-familien.de',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Scripts are always files, never inlined (a Content-Security-Policy without 'unsafe-inline' must allow them).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // contentCheck first: it validates all of content/ before Astro reads it.
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.endsWith('/offline/') }), offline(), pagefind()],
});
