// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import { PARSER_FEATURES } from './src/lib/body/judge.ts';
import { bodyGuard, bodySanitizer } from './src/lib/body/plugins.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://www.bruecken-fuer-familien.de',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Entry bodies are data (docs/security.md): the guard refuses what the checker refuses,
  // the sanitizer keeps only allowlisted elements and URLs. .mdx inherits this processor.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: PARSER_FEATURES, mdastPlugins: [bodyGuard], hastPlugins: [bodySanitizer] }),
  },
  // contentCheck first: it validates all of content/ before Astro reads it.
  integrations: [contentCheck(), mdx(), sitemap(), pagefind()],
});
