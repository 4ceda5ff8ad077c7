/**
 * Astro integration `bff-offline`: after the build, write the service worker
 * (src/offline/service-worker.ts, types stripped and minified by esbuild) to
 * dist/sw.js with this build's configuration in front of it (see
 * src/lib/offline.ts). Runs before Pagefind, which does not read scripts.
 */
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineConfig, SERVICE_WORKER_PATH } from '../lib/offline.ts';

const SOURCE = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url));

/** The worker's code for a built site in `dist`. */
export async function serviceWorkerCode(dist: string): Promise<string> {
  const { code } = await transform(readFileSync(SOURCE, 'utf8'), { loader: 'ts', format: 'iife', minify: true, target: 'es2020' });
  const config = offlineConfig(dist, code);
  return `"use strict";const OFFLINE=${JSON.stringify(config)};\n${code}`;
}

export default function offlineIntegration(): AstroIntegration {
  return {
    name: 'bff-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const code = await serviceWorkerCode(dist);
        writeFileSync(join(dist, SERVICE_WORKER_PATH), code);
        logger.info(`Service Worker geschrieben: ${SERVICE_WORKER_PATH} (${code.length} Zeichen)`);
      },
    },
  };
}
