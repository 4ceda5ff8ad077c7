/**
 * Global setup of the `site` project (build and browser tests): builds the
 * site once as `npm run build` does — `astro build`, then the search index
 * (scripts/after-build.ts) — with WEGWEISER_PDF=0 unless set, so the printable
 * PDFs are skipped as in CI, and serves dist/ with Astro's own preview server
 * for every test file (`inject('siteOrigin')`, see site-browser.ts).
 *
 * DIST_FRESH=1 skips the build (dist/ is up to date, e.g. while working on one
 * test file); DIST_DIR=<folder> tests a site built elsewhere and never builds.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/lib/dev/build-site.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { serveDist } from '../../src/lib/dev/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server over dist/, e.g. http://127.0.0.1:41234. */
    siteOrigin: string;
  }
}

/**
 * The environment of `astro build` as `npm run build` has it: without Vitest's own variables
 * (NODE_ENV=test would make `import.meta.env.PROD` false and drop production-only code, such as
 * the offline worker's registration), printable PDFs off unless WEGWEISER_PDF is set.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)));
  return { ...env, NODE_ENV: 'production', WEGWEISER_PDF: process.env.WEGWEISER_PDF ?? '0' };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DIST_FRESH !== '1' && !process.env.DIST_DIR) {
    const started = Date.now();
    const build = buildSite({ env: buildEnv() });
    if (build.status !== 0) throw new Error(`npm run build (astro build, scripts/after-build.ts) ist fehlgeschlagen:\n${build.log.trim().split('\n').slice(-60).join('\n')}`);
    console.log(`npm run build (astro build, scripts/after-build.ts): ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const server = await serveDist(DIST);
  project.provide('siteOrigin', server.origin);
  return () => server.close();
}
