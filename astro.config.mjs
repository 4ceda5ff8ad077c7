// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import securityFiles from './src/integrations/security-files.ts';
import offline from './src/integrations/offline.ts';
import { PARSER_FEATURES } from './src/lib/body/judge.ts';
import { bodyGuard, bodySanitizer } from './src/lib/body/plugins.ts';
import { LANGUAGES, LANGUAGE_INFO } from './src/i18n/languages.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://www.bruecken-fuer-familien.de',
  trailingSlash: 'always',
  // Tests that build other content folders (CONTENT_ROOT) use a cache of their own, so that
  // Astro's content store never mixes entries of two folders.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // Entry bodies are data (docs/security.md): the guard refuses what the checker refuses,
  // the sanitizer keeps only allowlisted elements and URLs. .mdx inherits this processor.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: PARSER_FEATURES, mdastPlugins: [bodyGuard], hastPlugins: [bodySanitizer] }),
  },
  // Scripts are always files, never inlined (the Content-Security-Policy has no 'unsafe-inline' for scripts).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // contentCheck first: it validates all of content/ before Astro reads it.
  integrations: [
    contentCheck(),
    mdx(),
    // Not in the sitemap: the web editor and the offline fallback. Alternates (xhtml:link hreflang)
    // between the language versions: German at the root, the others under /<lang>/.
    sitemap({
      filter: (page) => !/\/(admin|offline)\/$/.test(new URL(page).pathname),
      i18n: { defaultLocale: 'de', locales: Object.fromEntries(LANGUAGES.map((l) => [l, LANGUAGE_INFO[l].locale])) },
    }),
    offline(),
    securityFiles(),
  ],
  // The search index and the PDF guides are built by `npm run build` after `astro build` has
  // ended, in a process of their own (scripts/after-build.ts): their memory does not add to Astro's.
});
