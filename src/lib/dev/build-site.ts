/**
 * The two steps of `npm run build` — `astro build`, then scripts/after-build.ts
 * (search index, PDF guides) — for tests that build a site: the test setup over
 * the project's content, and the tests that build other content folders into
 * an `outDir` of their own. Stops after a failed step; the log holds both.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './dist.ts';

export interface SiteBuild {
  /** Exit code of the last step run (0: both succeeded). */
  status: number | null;
  log: string;
}

export function buildSite(opts: { env: NodeJS.ProcessEnv; outDir?: string; timeout?: number }): SiteBuild {
  const steps = [
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(opts.outDir ? ['--outDir', opts.outDir] : [])],
    [join(ROOT, 'scripts/after-build.ts'), ...(opts.outDir ? [opts.outDir] : [])],
  ];
  let log = '';
  let status: number | null = 0;
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, env: opts.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: opts.timeout ?? 300_000 });
    log += `${run.stdout ?? ''}\n${run.stderr ?? ''}\n`;
    status = run.status;
    if (status !== 0) break;
  }
  return { status, log };
}
