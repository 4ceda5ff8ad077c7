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
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST, ROOT } from '../../src/lib/dev/dist.ts';
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
    const steps: [string, string[]][] = [
      ['astro build', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']],
      ['scripts/after-build.ts', [join(ROOT, 'scripts/after-build.ts')]],
    ];
    for (const [name, args] of steps) {
      try {
        execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024, env: buildEnv() });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
        const tail = `${stdout?.toString() ?? ''}\n${stderr?.toString() ?? ''}`.trim().split('\n').slice(-60).join('\n');
        throw new Error(`${name} ist fehlgeschlagen:\n${tail}`);
      }
    }
    console.log(`npm run build (astro build, scripts/after-build.ts): ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const server = await serveDist(DIST);
  project.provide('siteOrigin', server.origin);
  return () => server.close();
}
