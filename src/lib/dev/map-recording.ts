/**
 * Helpers for the map's browser tests, benchmark and screenshots: a tile
 * PNG made locally, and a browser context that answers tile requests itself
 * and records every request that would leave the site's origin.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, BrowserContextOptions, Request } from 'playwright-core';
import { siteConfig } from '../../site.config.ts';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A 256×256 RGB PNG: light grey with a faint grid, so tiles are visible in screenshots. */
export function tilePng(size = 256): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const line = x % 64 === 0 || y % 64 === 0;
      const edge = x === 0 || y === 0;
      const v = edge ? 200 : line ? 214 : 232;
      row[1 + x * 3] = v;
      row[2 + x * 3] = v - 2;
      row[3 + x * 3] = v - 6;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Host of the configured tile server, e.g. "tile.openstreetmap.org". */
export const TILE_HOST = new URL(siteConfig.map.tileUrl.replace(/\{s\}/g, 'a')).host;

export interface RecordingContext {
  context: BrowserContext;
  /** Every request to another origin than the site (tiles included). */
  external: string[];
  /** Requests to the tile host. */
  tiles: string[];
  /** Every request to the site itself. */
  local: string[];
}

/**
 * A browser context that serves tiles from memory and blocks every other
 * request leaving `origin`, recording them all. The sandbox has no internet;
 * this also makes the tests independent of it.
 */
export async function recordingContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<RecordingContext> {
  // The site's offline worker (tested in offline.test.ts) would answer requests before context.route()
  // sees them, and keeps its own cache: blocked here, so this context records what the page itself does.
  const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block', ...options });
  const png = tilePng();
  const rec: RecordingContext = { context, external: [], tiles: [], local: [] };
  await context.route('**/*', async (route) => {
    const req: Request = route.request();
    const url = new URL(req.url());
    if (url.origin === origin) {
      rec.local.push(req.url());
      return route.continue();
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    rec.external.push(req.url());
    if (url.host === TILE_HOST) {
      rec.tiles.push(req.url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: png, headers: { 'access-control-allow-origin': '*' } });
    }
    return route.abort('blockedbyclient');
  });
  return rec;
}
