// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://www.bruecken-fuer-familien.de',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // contentCheck first: it validates all of content/ before Astro reads it.
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }), pagefind()],
});
