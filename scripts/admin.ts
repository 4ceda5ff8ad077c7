/**
 * npm run admin — the web editor on this machine, without GitHub login:
 * starts Decap's local backend (decap-server, writes straight into content/)
 * and the Astro dev server. Open the address Astro prints, plus /admin/, and
 * click "Login".
 *
 *   DECAP_SERVER_PORT=8082 npm run admin   (default port 8081)
 *
 * Changes land as files in your working copy; review them with `git diff`
 * and `npm run check`, then commit as usual.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = process.env.DECAP_SERVER_PORT ?? '8081';
const env = { ...process.env, DECAP_SERVER_PORT: port };

const children: ChildProcess[] = [
  spawn(process.execPath, [resolve(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: root,
    env: { ...env, PORT: port, BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1'], { cwd: root, env, stdio: 'inherit' }),
];
console.log(`Web-Editor: lokales Backend auf Port ${port}. Den Editor unter …/admin/ öffnen und auf „Login“ klicken.`);

function stop(code = 0) {
  for (const c of children) if (c.exitCode === null) c.kill();
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
