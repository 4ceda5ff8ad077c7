// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import contentCheck from './src/integrations/content-check.ts';
import { LANGUAGES, LANGUAGE_INFO } from './src/i18n/languages.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://www.bruecken-fuer-familien.de',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // contentCheck first: it validates all of content/ before Astro reads it.
  integrations: [
    contentCheck(),
    mdx(),
    // Sitemap alternates (xhtml:link hreflang) between the language versions: German at the root, the others under /<lang>/.
    sitemap({ i18n: { defaultLocale: 'de', locales: Object.fromEntries(LANGUAGES.map((l) => [l, LANGUAGE_INFO[l].locale])) } }),
    pagefind(),
  ],
});
