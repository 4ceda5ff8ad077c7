/**
 * Map benchmark: how long /karte/ with 10,000 generated markers takes to
 * become interactive in headless Chromium after "Karte laden" (module and
 * stylesheet download, map set-up, chunked marker loading), the longest
 * main-thread task meanwhile, and the bytes of the map's JavaScript and CSS.
 *
 *   npm run bench:map            (needs a built dist/)
 *   npx node scripts/bench-map.ts [count=10000] [runs=3] [distDir=dist]
 *
 * The built /karte/ page is used as it is; only its places (PAGES.mapPlaces)
 * are answered with generated ones. Tiles are answered locally.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, serveDist } from '../src/lib/dev/server.ts';
import { DESKTOP, launchBrowser } from '../src/lib/dev/browser.ts';
import { recordingContext } from '../src/lib/dev/map-recording.ts';
import { DISTRICT_BBOX } from '../src/schemas/geo.ts';
import { PAGES } from '../src/lib/urls.ts';

const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 3);
const dist = process.argv[4] ? resolve(process.argv[4]) : DIST;

/** Small deterministic PRNG (mulberry32), so every run draws the same map. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = ['bergkamen', 'boenen', 'froendenberg', 'holzwickede', 'kamen', 'luenen', 'schwerte', 'selm', 'unna', 'werne'];
const KINDS = ['jugendamt', 'familienzentrum', 'beratungsstelle', 'klinik', 'bildung'];

function generate(n: number) {
  const r = rng(42);
  const { south, north, west, east } = DISTRICT_BBOX;
  return Array.from({ length: n }, (_, i) => {
    const town = TOWNS[Math.floor(r() * TOWNS.length)]!;
    const kind = KINDS[Math.floor(r() * KINDS.length)]!;
    const name = `Testort ${i + 1}`;
    return {
      id: `testort-${i + 1}`,
      name,
      label: `${name}, ${town}`,
      kind,
      kindLabel: kind,
      town,
      townName: town,
      lat: south + r() * (north - south),
      lng: west + r() * (east - west),
      approximate: r() < 0.2,
      url: `/anlaufstellen/testort-${i + 1}/`,
      address: `Teststraße ${i + 1}, 59425 Unna`,
    };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!readFileSync(join(dist, 'karte', 'index.html'), 'utf8').includes(`data-places-url="${PAGES.mapPlaces}?v=`)) {
  throw new Error(`dist/karte/index.html lädt seine Orte nicht aus ${PAGES.mapPlaces}.`);
}
const json = JSON.stringify(generate(COUNT));

const server = await serveDist(dist);
const browser = await launchBrowser();
const results: { ms: number; mapMs: number; longest: number; markers: number; phases: string }[] = [];
const assets = new Map<string, { raw: number; gzip: number; phase: 'start' | 'map' }>();
try {
  for (let run = 0; run < RUNS; run++) {
    const rec = await recordingContext(browser, server.origin, { viewport: DESKTOP });
    await rec.context.route((url) => url.pathname === PAGES.mapPlaces, (route) => route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: json }));
    const page = await rec.context.newPage();
    let phase: 'start' | 'map' = 'start';
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.origin !== server.origin || !/\.(js|css|json)$/.test(url.pathname)) return;
      const p = phase;
      pending.push(
        res
          .body()
          .then((b) => void assets.set(url.pathname, { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, phase: assets.get(url.pathname)?.phase ?? p }))
          .catch(() => {}),
      );
    });
    await page.goto(`${server.origin}/karte/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    phase = 'map';
    await page.locator('[data-map-load]').click();
    await page.waitForSelector('[data-place-map][data-map-state="ready"]', { timeout: 120_000 });
    const r = await page.evaluate(async () => {
      const root = document.querySelector('[data-place-map]') as HTMLElement & { _bffMap?: Promise<{ cluster: { getLayers(): unknown[] } }> };
      const handle = await root._bffMap!;
      const m = performance.measure('bff-map', 'bff-map-consent', 'bff-map-ready');
      const at = (name: string) => (performance.getEntriesByName(name)[0]?.startTime ?? NaN) - m.startTime;
      return {
        phases: `Code, CSS und Orte geladen ${at('bff-map-data').toFixed(0)} ms, Marker erzeugt ${at('bff-map-markers').toFixed(0)} ms`,
        ms: m.duration,
        mapMs: Number(root.dataset.mapMs),
        longest: (window as unknown as { __longest: number }).__longest,
        markers: handle.cluster.getLayers().length,
      };
    });
    // Interactive: a zoom click answers.
    await page.locator('.leaflet-control-zoom-in').click();
    await Promise.all(pending);
    results.push(r);
    console.log(
      `Lauf ${run + 1}: ${r.markers.toLocaleString('de-DE')} Marker, bedienbar nach ${r.ms.toFixed(0)} ms ab „Karte laden“ (davon Karte aufbauen ${r.mapMs} ms), längste Blockade ${r.longest.toFixed(0)} ms (${r.phases})`,
    );
    await rec.context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const start = [...assets.entries()].filter(([, a]) => a.phase === 'start');
const map = [...assets.entries()].filter(([, a]) => a.phase === 'map');
const sum = (xs: typeof start, key: 'raw' | 'gzip') => xs.reduce((n, [, a]) => n + a[key], 0);
console.log(`\nKarte mit ${COUNT.toLocaleString('de-DE')} Markern (headless Chromium, chunked loading), ${RUNS} Läufe:`);
console.log(`  bedienbar nach Klick auf „Karte laden“: Median ${median(results.map((r) => r.ms)).toFixed(0)} ms (${results.map((r) => r.ms.toFixed(0)).join(' / ')} ms)`);
console.log(`  längste Blockade des Hauptthreads: Median ${median(results.map((r) => r.longest)).toFixed(0)} ms`);
console.log('\nJavaScript und CSS:');
for (const [path, a] of [...start, ...map]) console.log(`  ${a.phase === 'start' ? 'beim Seitenaufruf ' : 'nach Einwilligung'}  ${path.padEnd(72)} ${kb(a.raw).padStart(9)}  gzip ${kb(a.gzip).padStart(8)}`);
console.log(`  Summe beim Seitenaufruf: ${kb(sum(start, 'raw'))} (gzip ${kb(sum(start, 'gzip'))})`);
console.log(`  Summe Karte (nach Einwilligung): ${kb(sum(map, 'raw'))} (gzip ${kb(sum(map, 'gzip'))})`);
