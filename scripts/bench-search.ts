/**
 * Search benchmark: index size, number of files, and the bytes a visitor's
 * browser fetches for the first and for a later query — for today's built
 * site (dist/) and for 1,000 and 10,000 generated entries.
 *
 * Generated entries are written to a temporary folder outside the repository
 * (and deleted afterwards): copies of today's built detail pages, each with a
 * new title and a paragraph of words sampled from the real pages plus a few
 * words of its own, so the dictionary grows as a real directory would.
 *
 * "Transferred" counts what Pagefind's own pagefind.js fetches (the same
 * module the search page loads, run in Node against a loopback server):
 * pagefind.js, its entry and meta files, the WebAssembly, index chunks and
 * the fragments of the first 10 results (one page of results), from the
 * bundle the page searches (a town's own for a query with one town,
 * src/lib/search/bundles.ts; the whole index otherwise). "KB" is what
 * crosses the wire (`wireBytes`: Pagefind's index files are gzip already,
 * JavaScript and JSON are compressed by the host); "ungepackt" adds them up
 * uncompressed. Filter counts (loaded only when the visitor opens a filter
 * group) are listed separately.
 *
 * The first and later queries run as the search page runs them (tests/search/like-page.ts:
 * the town taken from the words as a filter, compound split and typo fallback, local and
 * family first), so the transfer includes what that costs. For today's site the
 * quality set (tests/search/query-set.ts) is measured too: top-1 and top-5 hit rates.
 *
 * Usage: npm run build && npm run bench:search   (options: --sizes=1000,10000 --keep)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { buildSearchIndex, UNUSED_BUNDLE_FILE } from '../src/lib/search/build-index.ts';
import { pageLikeSearch } from '../src/lib/dev/search/like-page.ts';
import { QUERY_SET } from '../src/lib/dev/search/query-set.ts';
import { matchCrisis } from '../src/lib/search/crisis.ts';
import { crisisTerm } from '../src/schemas/vocabulary.ts';
import { parse as parseYaml } from 'yaml';
import { serveDist } from '../src/lib/dev/server.ts';
import { wireBytes } from './bench-transfer.ts';
import { PAGES, pagefindScriptOf } from '../src/lib/urls.ts';

/** The built site; BENCH_DIST points elsewhere (e.g. a copy while others rebuild dist/). */
const DIST = resolve(process.env.BENCH_DIST ?? resolve(import.meta.dirname, '../dist'));
const DETAIL_DIRS = ['angebote', 'anlaufstellen', 'netzwerke', 'praxisbeispiele'];
const FIRST_QUERY = 'alleinerziehend Unna';
const LATER_QUERY = 'Hebamme';
/** Issue 18: the first query at 10,000 entries transfers at most 100 KB. */
const GOAL_FIRST_QUERY_BYTES = 100 * 1024;

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.get('sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const keep = args.has('keep');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

interface Sizes {
  files: number;
  bytes: number;
  /** The whole index without the files the site never loads (UNUSED_BUNDLE_FILE). */
  searchFiles: number;
  searchBytes: number;
  /** The towns' own bundles together. */
  townFiles: number;
  townBytes: number;
}
function bundleSizes(site: string): Sizes {
  const root = join(site, 'pagefind');
  const files = filesUnder(root);
  const inTowns = (f: string) => `${PAGES.pagefind}${relative(root, f).split(sep).join('/')}`.startsWith(PAGES.pagefindTowns);
  const search = files.filter((f) => !inTowns(f) && !UNUSED_BUNDLE_FILE.test(basename(f)));
  const towns = files.filter(inTowns);
  const size = (list: string[]) => list.reduce((s, f) => s + statSync(f).size, 0);
  return { files: files.length, bytes: size(files), searchFiles: search.length, searchBytes: size(search), townFiles: towns.length, townBytes: size(towns) };
}

interface Transfer {
  requests: number;
  raw: number;
  wire: number;
}
const zero = (): Transfer => ({ requests: 0, raw: 0, wire: 0 });

/** Count every fetch Pagefind makes (it uses the global fetch in Node). */
let meter: Transfer = zero();
const realFetch = globalThis.fetch;
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
  const response = await realFetch(input, init);
  const body = new Uint8Array(await response.clone().arrayBuffer());
  const name = String(input instanceof Request ? input.url : input);
  meter.requests += 1;
  meter.raw += body.byteLength;
  meter.wire += wireBytes(name, body);
  return response;
};

async function measure(site: string, entries: number): Promise<Record<string, string | number>> {
  const server = await serveDist(site);
  try {
    meter = zero();
    const asPage = await pageLikeSearch(site, server.origin, DIST);
    // The browser fetches a bundle's pagefind.js itself; in Node it is imported from disk, so count it by hand,
    // once per bundle, as the page loads each bundle once.
    const loaded = new Set<string>();
    const countScript = (bundle: string) => {
      if (loaded.has(bundle)) return;
      loaded.add(bundle);
      const script = join(site, pagefindScriptOf(bundle));
      const js = readFileSync(script);
      meter.requests += 1;
      meter.raw += js.byteLength;
      meter.wire += wireBytes(script, js);
    };
    const first = await asPage(FIRST_QUERY);
    countScript(first.bundle);
    const firstT = meter;
    meter = zero();
    const later = await asPage(LATER_QUERY);
    countScript(later.bundle);
    const laterT = meter;
    // The filter counts, as the page loads them when a filter group is opened: from the whole index.
    meter = zero();
    await (await asPage.pagefind()).filters();
    countScript(PAGES.pagefind);
    const filtersT = meter;
    const sizes = bundleSizes(site);
    return {
      entries,
      'index files': sizes.searchFiles,
      'index KB': kb(sizes.searchBytes),
      'town files': sizes.townFiles,
      'town KB': kb(sizes.townBytes),
      'all files': sizes.files,
      'all KB': kb(sizes.bytes),
      'first query KB': kb(firstT.wire),
      'first KB ungepackt': kb(firstT.raw),
      'first requests': firstT.requests,
      'later query KB': kb(laterT.wire),
      'later requests': laterT.requests,
      'filter counts KB': kb(filtersT.wire),
      hits: `${first.total} / ${later.total}`,
    };
  } finally {
    await server.close();
  }
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateSite(count: number): string {
  const root = mkdtempSync(join(tmpdir(), `bff-search-bench-${count}-`));
  const templates = DETAIL_DIRS.flatMap((d) =>
    existsSync(join(DIST, d))
      ? readdirSync(join(DIST, d))
          .filter((slug) => existsSync(join(DIST, d, slug, 'index.html')))
          .map((slug) => ({ dir: d, html: readFileSync(join(DIST, d, slug, 'index.html'), 'utf8') }))
      : [],
  );
  if (templates.length === 0) throw new Error('Keine Detailseiten in dist/ – bitte zuerst "npm run build".');
  const words = [...new Set(templates.flatMap((t) => t.html.replace(/<[^>]+>/g, ' ').match(/\p{L}{4,}/gu) ?? []))];
  const rnd = random(count);
  const pick = () => words[Math.floor(rnd() * rnd() * words.length)]!; // skewed towards the first words, like real text
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="de"><head><title>Bench</title></head><body></body></html>');
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    const own = `Ort${i.toString(36)}weg Trägerverein${(i * 7919).toString(36)}`;
    const title = `${pick()} ${pick()} ${own.split(' ')[0]}`;
    const extra = `<p>${Array.from({ length: 120 }, pick).join(' ')} ${own}.</p>`;
    const html = t.html
      .replace(/data-pagefind-meta="title:[^"]*"/, `data-pagefind-meta="title:${title}"`)
      .replace(/<h1([^>]*)>[\s\S]*?<\/h1>/, `<h1$1>${title}</h1>`)
      .replace('<div data-pagefind-body>', `<div data-pagefind-body>${extra}`);
    const dir = join(root, t.dir, `gen-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
  }
  return root;
}

/** Top-1 and top-5 hit rates of the quality set on today's site, searched as the page searches. */
async function quality(site: string): Promise<void> {
  const server = await serveDist(site);
  try {
    const asPage = await pageLikeSearch(site, server.origin);
    const crisis = (parseYaml(readFileSync(resolve(import.meta.dirname, '../content/vocabularies/crisis.yaml'), 'utf8')) as unknown[]).map((t) => crisisTerm.parse(t));
    let top1 = 0;
    let top5 = 0;
    const misses: string[] = [];
    for (const row of QUERY_SET) {
      const { urls } = await asPage(row.q);
      const panel = row.crisis ? matchCrisis(row.q, crisis).flatMap((t) => t.lines.map((l) => `/angebote/${l}/`)) : [];
      if (row.expect.includes(urls[0] ?? '') || (panel.length > 0 && row.expect.includes(panel[0]!))) top1++;
      if (row.expect.some((u) => urls.slice(0, 5).includes(u) || panel.includes(u))) top5++;
      else misses.push(row.q);
    }
    const pct = (n: number) => `${((100 * n) / QUERY_SET.length).toFixed(1)} %`;
    console.log(`Suchqualität (${QUERY_SET.length} Anfragen, wie die Suchseite sucht; Krisenwörter zählen mit ihrem Krisenfeld): Top 1 ${top1}/${QUERY_SET.length} = ${pct(top1)}, Top 5 ${top5}/${QUERY_SET.length} = ${pct(top5)}`);
    if (misses.length > 0) console.log(`  nicht in den Top 5: ${misses.map((m) => `„${m}“`).join(', ')}`);
  } finally {
    await server.close();
  }
}

const rows: Record<string, string | number>[] = [];
if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error('Kein Suchindex in dist/pagefind/. Bitte zuerst "npm run build" ausführen.');
  process.exit(1);
}
const todayEntries = DETAIL_DIRS.reduce((n, d) => n + (existsSync(join(DIST, d)) ? readdirSync(join(DIST, d)).filter((s) => existsSync(join(DIST, d, s, 'index.html'))).length : 0), 0);
console.log(`Heute: ${todayEntries} Detailseiten in dist/ …`);
await quality(DIST);
rows.push(await measure(DIST, todayEntries));
for (const n of sizes) {
  console.log(`Erzeuge ${n} Einträge in einem temporären Ordner und indexiere sie …`);
  const site = generateSite(n);
  try {
    await buildSearchIndex(site);
    rows.push(await measure(site, n));
  } finally {
    if (keep) console.log(`  behalten: ${site}`);
    else rmSync(site, { recursive: true, force: true });
  }
}
console.table(rows);
const largest = rows[rows.length - 1]!;
const firstBytes = Number(largest['first query KB']) * 1024;
console.log(
  `Ziel: erste Suche unter ${GOAL_FIRST_QUERY_BYTES / 1024} KB bei ${largest.entries} Einträgen – ${firstBytes < GOAL_FIRST_QUERY_BYTES ? 'erreicht' : 'VERFEHLT'} (${largest['first query KB']} KB übertragen, ${largest['first KB ungepackt']} KB ungepackt).`,
);
