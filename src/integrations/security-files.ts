/**
 * Astro integration: after the build, write `_headers` (security headers for
 * Netlify and Cloudflare Pages) and `robots.txt` (naming the sitemap under the
 * configured site URL) into the output folder, both from
 * src/lib/security-headers.ts, so that they always match the pages' CSP.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, robotsTxt } from '../lib/security-headers.ts';

export default function securityFiles(): AstroIntegration {
  let site = 'https://www.bruecken-fuer-familien.de';
  return {
    name: 'bff:security-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_headers`, headersFile());
        writeFileSync(`${out}/robots.txt`, robotsTxt(site));
        logger.info('_headers und robots.txt geschrieben.');
      },
    },
  };
}
