/**
 * The built site (`dist/`) served on a random loopback port with Astro's own
 * preview server (the programmatic `preview()` of 'astro'), for tests and
 * scripts. It behaves like the static host: `/path/` serves
 * `/path/index.html`, unknown paths get `404.html` with status 404, and text
 * is sent gzip-compressed when the client accepts it (Vite's preview
 * compresses responses over 1 KB), as a CDN does.
 */
import { createServer, type AddressInfo } from 'node:net';
import { preview } from 'astro';
import { assertBuilt, DIST, ROOT } from './dist.ts';

export { assertBuilt, DIST, ROOT };

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` (default: dist/) with `astro preview` on 127.0.0.1 and a free port. */
export async function serveDist(root = DIST): Promise<StaticServer> {
  assertBuilt(root);
  const server = await preview({
    root: ROOT,
    outDir: root,
    logLevel: 'error',
    // Any Host header: tests reach the loopback server under other names too (e.g. the web editor's
    // test opens it as redaktion.localhost); it listens on 127.0.0.1 only.
    server: { host: '127.0.0.1', port: 0, allowedHosts: true },
  });
  return { origin: `http://127.0.0.1:${server.port}`, close: () => server.stop() };
}

/** A port that was free a moment ago (decap-server cannot listen on port 0 and report it). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}
