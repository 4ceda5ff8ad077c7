/**
 * The web editor under test: Decap's local backend (`decap-server`) on a
 * random free port over a temporary copy of some content, and the
 * generated editor configuration pointed at it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadVocabularies, repoOf, toYaml } from '../cms/build-config.ts';
import { cmsConfig } from '../cms/config.ts';
import { siteConfig } from '../../site.config.ts';
import { ROOT as root } from './dist.ts';
import { freePort } from './server.ts';

export interface LocalBackend {
  /** Repository folder decap-server writes to; content is at `<dir>/content`. */
  dir: string;
  url: string;
  /** The editor configuration (YAML) for this backend. */
  configYaml: string;
  stop(): Promise<void>;
}

/**
 * Copies `contentSource` to a temp folder and starts decap-server (file-system mode) on it.
 * The folder is inside the project (test-results/, ignored by git) because Astro resolves
 * MDX content modules only below the project root.
 */
export async function startLocalBackend(contentSource: string): Promise<LocalBackend> {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const dir = mkdtempSync(join(root, 'test-results', 'cms-'));
  cpSync(contentSource, join(dir, 'content'), { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ok, fail) => {
    let log = '';
    const onData = (b: Buffer) => {
      log += b.toString();
      if (log.includes('listening on')) ok();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`decap-server beendet (${code}): ${log}`)));
  });
  const url = `http://127.0.0.1:${port}/api/v1`;
  const configYaml = toYaml(
    cmsConfig({
      vocabularies: loadVocabularies(join(dir, 'content')),
      repo: repoOf(siteConfig.repository.url),
      branch: siteConfig.repository.branch,
      siteUrl: siteConfig.url,
      localBackendUrl: url,
    }),
  );
  return {
    dir,
    url,
    configYaml,
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((ok) => child.once('exit', ok));
        child.kill();
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serves `configYaml` as /admin/config.yml to this page. */
export async function routeConfig(page: Page, configYaml: string): Promise<void> {
  await page.route('**/admin/config.yml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml; charset=utf-8', body: configYaml }));
}
