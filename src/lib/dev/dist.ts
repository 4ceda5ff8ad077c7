/**
 * Where the built site is, for tests and scripts: `dist/` next to the project,
 * or `DIST_DIR` (a site built elsewhere, e.g. a private copy).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** The built site; `DIST_DIR` points tests and scripts at a site built elsewhere. */
export const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));

/** Throws a helpful German/English error when the site has not been built. */
export function assertBuilt(root = DIST): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`Kein gebautes dist/ gefunden (${root}). Bitte zuerst "npm run build" ausführen (npm test macht das automatisch).`);
  }
}
