/**
 * `npm run bench`: how the build scales with the size of the directory.
 *
 * Copies the project (without node_modules, dist and caches) into a temporary
 * folder, adds synthetic but schema-valid entries to its content/ (real towns,
 * vocabularies and sources; synthetic organisations, contact points, offers and
 * networks that refer to each other), runs the project's real build there
 * (`npm run build`: content check + astro build, then the search index and the
 * PDF guides in scripts/after-build.ts) from a cold cache, and prints build seconds,
 * milliseconds per entry, peak memory (sum of RSS over the whole process
 * tree, sampled every 100 ms), dist/ size and file count.
 *
 * In the same run, after each of our builds, it builds the floor
 * (scripts/bench-floor.ts: a minimal Astro project rendering the same content
 * files with a one-element layout plus the same Pagefind step) and prints our
 * time and peak memory as a ratio to it — on a shared machine the ratio is
 * steadier than the seconds. For our build it also reports the largest page
 * (HTML plus its CSS, gzip) and the first search query's transfer
 * (scripts/bench-transfer.ts, as `npm run bench:search` counts it).
 *
 * Nothing is written to the repository (except the chart with --chart); the
 * temporary folders are removed.
 *
 *   npm run bench                          # 1,000 (.md), 1,000 (.mdx), 10,000 (.md)
 *   npm run bench -- 1000                  # only 1,000 .md
 *   npm run bench -- 1000:mdx 5000         # any sizes; ":mdx" writes .mdx entries
 *   npm run bench -- --keep                # keep the temporary folder
 *   npm run bench -- --no-floor            # skip the floor
 *   npm run bench -- 1000 10000 50000 --chart=docs/performance-bench.svg
 *   npm run bench -- 10000:ohne 10000      # a size without translated pages (BFF_TRANSLATIONS=off), then with
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { stylesheetsOf } from '../src/lib/offline.ts';
import { benchChart } from './bench-chart.ts';
import { makeFloorProject } from './bench-floor.ts';
import { firstQueryTransfer } from './bench-transfer.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'reports', 'docs', 'test-results', 'screenshots-out', 'tmp']);
const SKIP_MODULES = new Set(['.astro', '.vite', '.cache', '.vitest']);

// ---------- synthetic content ----------

interface Town {
  slug: string;
  name: string;
  postcodes: string[];
  centre: { lat: number; lng: number };
}

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return (m ? parseYaml(m[1]!) : {}) as Record<string, unknown>;
}

function vocabulary(content: string, file: string): string[] {
  const list = parseYaml(readFileSync(join(content, 'vocabularies', file), 'utf8')) as { id: string }[];
  return list.map((t) => t.id);
}

/** Deterministic pseudo-random numbers, so every run builds the same site. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'ne', 'bo', 'li', 'fa', 'do', 've', 'ri', 'ma', 'ho', 'ze', 'pu', 'la', 'gi', 'wo'];
/** A unique made-up word for index `i` (base-20 syllables), so titles never look like duplicates. */
function word(i: number): string {
  let n = i + 400;
  let w = '';
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return w[0]!.toUpperCase() + w.slice(1);
}

const OFFER_KINDS = ['Elterncafé', 'Beratung', 'Lernwerkstatt', 'Spielgruppe', 'Sprechstunde', 'Familienkurs', 'Treffpunkt', 'Elternschule', 'Gruppe', 'Sprachkurs'];
const CONTACT_KINDS_WORDS = ['Familienzentrum', 'Beratungsstelle', 'Treffpunkt', 'Familienbüro', 'Stadtteilbüro'];
const SENTENCES = [
  'Dieser Eintrag ist ein Testeintrag für die Messung der Bauzeit und beschreibt kein echtes Angebot.',
  'Eltern können ohne Anmeldung vorbeikommen und ihre Fragen in Ruhe besprechen.',
  'Die Beratung ist vertraulich, und auf Wunsch bleibt der Name der Familie ungenannt.',
  'Im Mittelpunkt stehen die Fragen, die Familien im Alltag beschäftigen: Schlaf, Essen, Streit und Schule.',
  'Fachkräfte aus der Kinder- und Jugendhilfe arbeiten dabei eng mit Kitas und Schulen zusammen.',
  'Wer nicht selbst kommen kann, wird auf Wunsch auch zu Hause besucht.',
  'Die Treffen finden in kleinen Gruppen statt, damit alle zu Wort kommen.',
  'Für Kinder gibt es während der Beratung eine Spielecke mit Betreuung.',
];

function body(r: () => number, paragraphs = 3): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const n = 3 + Math.floor(r() * 3);
    const s: string[] = [];
    for (let i = 0; i < n; i++) s.push(SENTENCES[Math.floor(r() * SENTENCES.length)]!);
    out.push(s.join(' '));
  }
  out.splice(1, 0, '## Was Familien hier finden', '- Beratung zu Erziehung und Alltag\n- Hilfe bei Anträgen\n- Kontakt zu anderen Familien');
  return out.join('\n\n') + '\n';
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
function pickSome<T>(r: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = Math.min(list.length, min + Math.floor(r() * (max - min + 1)));
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}
const yamlList = (items: readonly string[]) => `[${items.join(', ')}]`;

interface Generated {
  organisations: number;
  contacts: number;
  offers: number;
  networks: number;
}

/**
 * Writes `total` synthetic entries into `content` (files named `zz-bench-*`):
 * 10 % organisations, 30 % contact points, 55 % offers, 5 % networks.
 */
function generate(content: string, total: number, ext: 'md' | 'mdx'): Generated {
  const r = rng(20261121);
  const towns: Town[] = readdirSync(join(content, 'towns'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({ slug: f.replace(/\.mdx?$/, ''), ...(frontmatter(join(content, 'towns', f)) as Omit<Town, 'slug'>) }))
    .filter((t) => (t.postcodes ?? []).length > 0);
  const topics = vocabulary(content, 'topics.yaml');
  const audiences = vocabulary(content, 'audiences.yaml');
  const lifePhases = vocabulary(content, 'life-phases.yaml');
  const contactKinds = vocabulary(content, 'contact-kinds.yaml');
  const networkKinds = vocabulary(content, 'network-kinds.yaml');
  const orgKinds = vocabulary(content, 'organisation-kinds.yaml');
  const accessModes = vocabulary(content, 'access-modes.yaml');
  const source = readdirSync(join(content, 'sources')).find((f) => f.startsWith('antrag'))?.replace(/\.mdx?$/, '') ?? readdirSync(join(content, 'sources'))[0]!.replace(/\.mdx?$/, '');
  const provenance = `source:\n  - document: ${source}\n    section: "Testdaten"\nreviewed: "2026-11-01"\n`;

  const n: Generated = {
    organisations: Math.max(1, Math.round(total * 0.1)),
    contacts: Math.max(1, Math.round(total * 0.3)),
    networks: Math.max(1, Math.round(total * 0.05)),
    offers: 0,
  };
  n.offers = total - n.organisations - n.contacts - n.networks;
  const pad = (i: number) => String(i).padStart(5, '0');
  const write = (folder: string, slug: string, text: string) => {
    mkdirSync(join(content, folder), { recursive: true });
    writeFileSync(join(content, folder, `${slug}.${ext}`), text);
  };

  const orgs: string[] = [];
  for (let i = 0; i < n.organisations; i++) {
    const slug = `zz-bench-org-${pad(i)}`;
    orgs.push(slug);
    const town = pick(r, towns);
    write(
      'organisations',
      slug,
      `---\nname: "${word(i)} Familienhilfe e. V. (Test)"\nkind: ${pick(r, orgKinds)}\ntowns: [${town.slug}]\nwebsite: "https://example.org/org/${i}"\nsummary: "Synthetischer Träger für die Bauzeitmessung."\n${provenance}---\n\n${body(r, 1)}`,
    );
  }
  const contacts: { slug: string; town: string }[] = [];
  for (let i = 0; i < n.contacts; i++) {
    const slug = `zz-bench-anlaufstelle-${pad(i)}`;
    const town = pick(r, towns);
    contacts.push({ slug, town: town.slug });
    const lat = (town.centre.lat + (r() - 0.5) * 0.02).toFixed(5);
    const lng = (town.centre.lng + (r() - 0.5) * 0.02).toFixed(5);
    write(
      'contacts',
      slug,
      `---\nname: "${pick(r, CONTACT_KINDS_WORDS)} ${word(i)} (Test)"\nkind: ${pick(r, contactKinds)}\norganisation: ${pick(r, orgs)}\ntown: ${town.slug}\nsummary: "Synthetische Anlaufstelle für die Bauzeitmessung."\naddress:\n  street: "Beispielweg ${i + 1}"\n  postcode: "${town.postcodes[0]}"\n  locality: "${town.name}"\ngeo:\n  lat: ${lat}\n  lng: ${lng}\n  precision: street\nemail: "anlaufstelle-${i}@example.org"\nwebsite: "https://example.org/anlaufstelle/${i}"\nhours:\n  - days: [Mo, Di, Do]\n    opens: "09:00"\n    closes: "12:30"\n  - days: [Mi]\n    opens: "14:00"\n    closes: "18:00"\nhoursNote: "Termine auch nach Vereinbarung"\nlanguages: [de, tr]\nresponsibleFor: [${town.slug}]\n${provenance}---\n\n${body(r, 2)}`,
    );
  }
  for (let i = 0; i < n.offers; i++) {
    const slug = `zz-bench-angebot-${pad(i)}`;
    const where = pickSome(r, contacts, 1, 2);
    const townSlugs = [...new Set(where.map((c) => c.town))];
    write(
      'offers',
      slug,
      `---\ntitle: "${pick(r, OFFER_KINDS)} ${word(i)} (Test)"\nsummary: "Synthetisches Angebot für die Bauzeitmessung: Beratung und Treffpunkt für Familien."\norganisation: ${pick(r, orgs)}\narea: town\ntowns: ${yamlList(townSlugs)}\ncontacts: ${yamlList(where.map((c) => c.slug))}\ntopics: ${yamlList(pickSome(r, topics, 1, 3))}\naudiences: ${yamlList(pickSome(r, audiences, 1, 2))}\nlifePhases: ${yamlList(pickSome(r, lifePhases, 1, 2))}\ncost: free\naccess: ${yamlList(pickSome(r, accessModes, 0, 2))}\nlanguages: [de]\nstatus: active\n${provenance}---\n\n${body(r, 3)}`,
    );
  }
  for (let i = 0; i < n.networks; i++) {
    const slug = `zz-bench-netzwerk-${pad(i)}`;
    const members = pickSome(r, orgs, 2, 6);
    write(
      'networks',
      slug,
      `---\nname: "Arbeitskreis ${word(i)} (Test)"\nkind: ${pick(r, networkKinds)}\nsummary: "Synthetisches Netzwerk für die Bauzeitmessung."\ncoordinator:\n  organisation: ${members[0]}\nmembers:\n${members.map((m) => `  - organisation: ${m}`).join('\n')}\n  - text: "Kindertageseinrichtungen"\ntowns: [${pick(r, towns).slug}]\ntopics: ${yamlList(pickSome(r, topics, 1, 2))}\nmeetingRhythm: "alle 8 Wochen"\nstatus: active\n${provenance}---\n\n${body(r, 1)}`,
    );
  }
  return n;
}

function removeGenerated(content: string): void {
  for (const folder of ['organisations', 'contacts', 'offers', 'networks']) {
    const dir = join(content, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.startsWith('zz-bench-')) rmSync(join(dir, f));
  }
}

function countEntries(content: string): number {
  let n = 0;
  for (const folder of ['sources', 'towns', 'organisations', 'contacts', 'offers', 'networks', 'practices']) {
    const dir = join(content, folder);
    if (existsSync(dir)) n += readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f)).length;
  }
  return n;
}

// ---------- the temporary project ----------

function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bff-bench-'));
  for (const name of readdirSync(ROOT)) {
    if (SKIP.has(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  // node_modules: a real folder of symlinks, so that Astro's and Vite's caches
  // (node_modules/.astro, .vite) stay inside the temporary project.
  const nm = join(dir, 'node_modules');
  mkdirSync(nm);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (SKIP_MODULES.has(name)) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(nm, name));
  }
  return dir;
}

// ---------- measuring ----------

function rssOfTree(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // process ended meanwhile
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  seconds: number;
  peakRss: number;
  code: number;
  output: string;
}

/** Heap limit (MB) for builds of 20,000 entries and more. */
const BIG_HEAP_MB = 16_384;

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((ok) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, rssOfTree(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      ok({ seconds: (performance.now() - started) / 1000, peakRss: peak, code: code ?? 1, output });
    });
  });
}

function duSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) stack.push(p);
      else {
        bytes += s.size;
        files++;
      }
    }
  }
  return { bytes, files };
}

/** Seconds of a clock time "HH:MM:SS" at the start of a log line. */
function clock(line: string | undefined): number | undefined {
  const m = line ? /^(\d{2}):(\d{2}):(\d{2})/.exec(line) : null;
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** "1.5s", "230ms", "1m 2s" → seconds. */
function duration(text: string): number {
  const m = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)/.exec(text);
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60 + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

/**
 * Phases of `npm run build`, from its log: content layer sync, Vite bundling,
 * page rendering and what Astro does after rendering (sitemap, offline
 * worker); then, in scripts/after-build.ts, the search index and the PDF
 * guides (printed with Chromium; a fixed cost, since each guide lists a
 * limited number of entries).
 */
function phasesOf(output: string): Record<string, number> {
  const lines = output.split('\n');
  const find = (re: RegExp) => lines.find((l) => re.test(l));
  const phases: Record<string, number> = {};
  const syncStart = clock(find(/\[content\] Syncing content/));
  const syncEnd = clock(find(/\[content\] Synced content/));
  if (syncStart !== undefined && syncEnd !== undefined) phases.sync = syncEnd - syncStart;
  const vite = lines.filter((l) => /\[vite\] ✓ built in/.test(l)).map((l) => duration(l.split('built in')[1]!));
  if (vite.length) phases.vite = vite.reduce((a, b) => a + b, 0);
  const render = lines.find((l) => /^\S+ ✓ Completed in/.test(l) && !l.includes('[build]'));
  if (render) phases.render = duration(render.split('Completed in')[1]!);
  const rendered = clock(render);
  const done = clock(find(/page\(s\) built in/));
  if (rendered !== undefined && done !== undefined) phases.afterRender = done - rendered;
  const index = find(/Suchindex geschrieben: .* in [\d.]+ s/);
  if (index) phases.pagefind = duration(index.split(' in ').at(-1)!);
  const pdf = find(/PDF-Wegweiser geschrieben in/);
  if (pdf) phases.pdf = duration(pdf.split('geschrieben in')[1]!);
  return phases;
}

interface Result {
  label: string;
  synthetic: number;
  /** Built with the translated pages (false: BFF_TRANSLATIONS=off). */
  translations: boolean;
  entries: number;
  pages: number;
  buildSeconds: number;
  /** The search index's share of the build (scripts/after-build.ts), seconds. */
  pagefindSeconds: number;
  totalSeconds: number;
  msPerEntry: number;
  peakRss: number;
  distBytes: number;
  distFiles: number;
  indexedPages?: number;
  /** Content check (`npm run check`) as it reports itself, seconds. */
  checkSeconds?: number;
  /** Astro's own "page(s) built in" figure (without scripts/after-build.ts: search index and PDFs). */
  astroSeconds?: number;
  /** Load average (1 min) at start and end: the machine may be shared. */
  load: [number, number];
  /** Build phases in seconds (see phasesOf). */
  phases: Record<string, number>;
  /** Largest pages: HTML plus linked CSS, gzip level 9. */
  largest: { path: string; bytes: number }[];
  /** First search query, bytes as `npm run bench:search` counts them ("first query KB"). */
  firstQueryBytes?: number;
  /** The floor built from the same content in the same run. */
  floor?: { seconds: number; peakRss: number; pages: number };
  ok: boolean;
}

/** The largest pages of a built site (HTML plus linked CSS, gzip level 9); gzips only the 40 largest HTML files. */
function largestPages(dist: string, n = 3): { path: string; bytes: number }[] {
  const files: { file: string; size: number }[] = [];
  const stack = [dist];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') stack.push(p);
      } else if (e.name.endsWith('.html')) files.push({ file: p, size: statSync(p).size });
    }
  }
  const css = new Map<string, number>();
  const cssSize = (href: string) => {
    if (!css.has(href)) css.set(href, existsSync(join(dist, href)) ? gzipSync(readFileSync(join(dist, href)), { level: 9 }).length : 0);
    return css.get(href)!;
  };
  return files
    .sort((a, b) => b.size - a.size)
    .slice(0, 40)
    .map(({ file }) => {
      const html = readFileSync(file);
      const bytes = gzipSync(html, { level: 9 }).length + stylesheetsOf(html.toString()).reduce((s, h) => s + cssSize(h), 0);
      return { path: '/' + file.slice(dist.length + 1).replace(/index\.html$/, ''), bytes };
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n);
}

const MB = 1024 * 1024;
const fmt = (n: number, d = 1) => n.toLocaleString('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d });

async function measure(project: string, total: number, ext: 'md' | 'mdx', floorDir: string | undefined, translations = true): Promise<Result> {
  const content = join(project, 'content');
  removeGenerated(content);
  const gen = generate(content, total, ext);
  for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(project, p), { recursive: true, force: true });
  const label = `${total.toLocaleString('de-DE')} .${ext}${translations ? '' : ' ohne Übersetzungen'}`;
  console.log(`\n▶ ${label}: ${gen.offers} Angebote, ${gen.contacts} Anlaufstellen, ${gen.organisations} Organisationen, ${gen.networks} Netzwerke (synthetisch) — baue …`);
  const loadStart = loadavg()[0]!;
  // Node's default heap limit (about 4.5 GB here) stops a build of tens of thousands of entries;
  // from 20,000 on, ours and the floor get the same larger limit.
  const heap: Record<string, string> = total >= 20_000 ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${BIG_HEAP_MB}`.trim() } : {};
  const build = await run('npm', ['run', 'build'], project, { ...heap, ...(translations ? {} : { BFF_TRANSLATIONS: 'off' }) });
  writeFileSync(join(tmpdir(), `bff-bench-build-${total}-${ext}${translations ? '' : '-ohne'}.log`), build.output);
  if (build.code !== 0) {
    console.log(build.output.split('\n').slice(-40).join('\n'));
    throw new Error(`Build mit ${label} fehlgeschlagen (Exit-Code ${build.code}).`);
  }
  // `npm run build` writes the search index itself (scripts/after-build.ts); its log names the pages per language.
  if (!existsSync(join(project, 'dist/pagefind/pagefind.js'))) throw new Error(`Build mit ${label} hat keinen Suchindex geschrieben.`);
  const indexedLine = build.output.split('\n').find((l) => l.includes('Suchindex geschrieben:'));
  const indexed = indexedLine ? [...indexedLine.matchAll(/(\d+) Seiten/g)].reduce((n, m) => n + Number(m[1]), 0) : undefined;
  const phases = phasesOf(build.output);
  const dist = duSize(join(project, 'dist'));
  const pages = readdirSync(join(project, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const entries = countEntries(content);
  const totalSeconds = build.seconds;
  const result: Result = {
    label,
    synthetic: total,
    translations,
    entries,
    pages,
    buildSeconds: build.seconds,
    pagefindSeconds: phases.pagefind ?? 0,
    totalSeconds,
    msPerEntry: (totalSeconds * 1000) / entries,
    peakRss: build.peakRss,
    distBytes: dist.bytes,
    distFiles: dist.files,
    indexedPages: indexed,
    checkSeconds: (() => {
      const m = /in (\d+) ms\./.exec(build.output);
      return m ? Number(m[1]) / 1000 : undefined;
    })(),
    astroSeconds: (() => {
      // "1461 page(s) built in 14.03s" or "10461 page(s) built in 1m 32s"
      const m = /page\(s\) built in (?:(\d+)m\s*)?([\d.]+)\s*s/.exec(build.output);
      return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : undefined;
    })(),
    load: [loadStart, loadavg()[0]!],
    phases,
    largest: largestPages(join(project, 'dist')),
    firstQueryBytes: await firstQueryTransfer(join(project, 'dist')).catch(() => undefined),
    ok: true,
  };
  console.log(
    `  ${fmt(totalSeconds)} s gesamt (davon Suchindex ${fmt(result.pagefindSeconds)} s), ` +
      `${fmt(result.msPerEntry)} ms/Eintrag, Spitze ${fmt(result.peakRss / MB, 0)} MB, dist ${fmt(dist.bytes / MB)} MB in ${dist.files} Dateien, ${pages} HTML-Seiten` +
      ` (Inhaltsprüfung ${result.checkSeconds !== undefined ? fmt(result.checkSeconds) : '?'} s, Astro „built in“ ${result.astroSeconds !== undefined ? fmt(result.astroSeconds) : '?'} s, Last ${fmt(result.load[0], 1)} → ${fmt(result.load[1], 1)})`,
  );
  console.log(
    `  Größte Seiten (HTML+CSS, gzip): ${result.largest.map((l) => `${l.path} ${fmt(l.bytes / 1024)} KB`).join(', ')}; erste Suchanfrage ${result.firstQueryBytes !== undefined ? `${fmt(result.firstQueryBytes / 1024)} KB` : '?'}`,
  );
  if (floorDir) {
    for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(floorDir, p), { recursive: true, force: true });
    console.log(`  Untergrenze (gleiche Inhalte, ein Element je Seite, gleiches Pagefind) — baue …`);
    const floor = await run('npm', ['run', 'build'], floorDir, heap);
    writeFileSync(join(tmpdir(), `bff-bench-floor-${total}-${ext}.log`), floor.output);
    if (floor.code !== 0) {
      console.log(floor.output.split('\n').slice(-30).join('\n'));
      throw new Error(`Untergrenze mit ${label} fehlgeschlagen (Exit-Code ${floor.code}).`);
    }
    const floorPages = readdirSync(join(floorDir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    result.floor = { seconds: floor.seconds, peakRss: floor.peakRss, pages: floorPages };
    console.log(
      `  Untergrenze ${fmt(floor.seconds)} s, Spitze ${fmt(floor.peakRss / MB, 0)} MB, ${floorPages} Seiten — wir: ${fmt(totalSeconds / floor.seconds, 2)} × Zeit, ${fmt(result.peakRss / floor.peakRss, 2)} × Speicher`,
    );
  }
  const ph = result.phases;
  console.log(
    `  Phasen: Inhalte laden ${fmt(ph.sync ?? NaN, 0)} s, Vite ${fmt(ph.vite ?? NaN)} s, Seiten rendern ${fmt(ph.render ?? NaN)} s, danach (Sitemap, Offline) ${fmt(ph.afterRender ?? NaN, 0)} s, Suchindex ${fmt(ph.pagefind ?? NaN)} s, PDF-Wegweiser ${ph.pdf !== undefined ? `${fmt(ph.pdf)} s` : 'keine'}`,
  );
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const withFloor = !args.includes('--no-floor');
  const chartPath = args.find((a) => a.startsWith('--chart='))?.slice('--chart='.length);
  const sizes = args.filter((a) => /^\d+(:(mdx?|ohne))?$/.test(a));
  const plan: { total: number; ext: 'md' | 'mdx'; translations: boolean }[] = (sizes.length > 0 ? sizes : ['1000', '1000:mdx', '10000:ohne', '10000']).map((s) => {
    const [n, ext] = s.split(':');
    return { total: Number(n), ext: ext === 'mdx' ? 'mdx' : 'md', translations: ext !== 'ohne' };
  });
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, ${fmt(totalmem() / 1024 ** 3)} GB RAM (${fmt(freemem() / 1024 ** 3)} GB frei), Node ${process.version}`;
  console.log(`Maschine: ${machine}`);
  const project = makeProject();
  console.log(`Temporäres Projekt: ${project}`);
  const floorDir = withFloor ? makeFloorProject(ROOT, join(project, 'content')) : undefined;
  const results: Result[] = [];
  try {
    for (const step of plan) {
      // The floor is built once per size (with the translated run), not twice.
      results.push(await measure(project, step.total, step.ext, step.translations ? floorDir : undefined, step.translations));
      // Save after every size: a long run that is stopped still leaves its figures (and chart).
      writeFileSync(join(tmpdir(), 'bff-bench-last.json'), JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2));
      if (chartPath) writeChart(chartPath, results.filter((r) => r.translations));
    }
  } finally {
    if (!keep) {
      rmSync(project, { recursive: true, force: true });
      if (floorDir) rmSync(floorDir, { recursive: true, force: true });
    } else console.log(`Behalten: ${project}${floorDir ? ` und ${floorDir}` : ''}`);
  }
  const header = ['Lauf', 'Einträge', 'HTML-Seiten', 'Prüfung s', 'Astro s', 'Build s', 'Pagefind s', 'Gesamt s', 'ms/Eintrag', 'Spitze MB', 'Untergrenze s', 'Untergrenze MB', '× Zeit', '× Speicher', 'größte Seite KB', 'erste Suche KB', 'dist MB', 'Dateien', 'Last'];
  const rows = results.map((r) => [
    r.label,
    String(r.entries),
    String(r.pages),
    r.checkSeconds !== undefined ? fmt(r.checkSeconds) : '?',
    r.astroSeconds !== undefined ? fmt(r.astroSeconds) : '?',
    fmt(r.buildSeconds),
    r.pagefindSeconds ? fmt(r.pagefindSeconds) : '?',
    fmt(r.totalSeconds),
    fmt(r.msPerEntry),
    fmt(r.peakRss / MB, 0),
    r.floor ? fmt(r.floor.seconds) : '–',
    r.floor ? fmt(r.floor.peakRss / MB, 0) : '–',
    r.floor ? fmt(r.totalSeconds / r.floor.seconds, 2) : '–',
    r.floor ? fmt(r.peakRss / r.floor.peakRss, 2) : '–',
    r.largest[0] ? fmt(r.largest[0].bytes / 1024) : '?',
    r.firstQueryBytes !== undefined ? fmt(r.firstQueryBytes / 1024) : '?',
    fmt(r.distBytes / MB),
    String(r.distFiles),
    `${fmt(r.load[0])}→${fmt(r.load[1])}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  console.log(`\nErgebnis (${new Date().toISOString().slice(0, 10)}, ${machine})`);
  console.log(`| ${header.map((h, i) => h.padEnd(widths[i]!)).join(' | ')} |`);
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(`| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
  for (const without of results.filter((r) => !r.translations)) {
    const withT = results.find((r) => r.translations && r.synthetic === without.synthetic && r.label.startsWith(without.label.replace(' ohne Übersetzungen', '')));
    if (!withT) continue;
    const ratio = withT.totalSeconds / without.totalSeconds;
    console.log(
      `\nÜbersetzungen bei ${without.synthetic.toLocaleString('de-DE')} Einträgen: ohne ${fmt(without.totalSeconds)} s (${without.pages} Seiten) | mit ${fmt(withT.totalSeconds)} s (${withT.pages} Seiten) — Faktor ${fmt(ratio, 2)} (Ziel höchstens 1,30: ${ratio <= 1.3 ? 'erreicht' : 'verfehlt'}).`,
    );
  }
  const big = results.find((r) => r.synthetic >= 10000 && r.translations);
  if (big) {
    const goal = big.totalSeconds <= 60 && big.peakRss <= 4 * 1024 * MB;
    console.log(`\nZiel (10.000 Einträge in höchstens 60 s und 4 GB): ${goal ? 'erreicht' : 'verfehlt'} — ${fmt(big.totalSeconds)} s, ${fmt(big.peakRss / MB, 0)} MB.`);
  }
  const md = results.find((r) => r.label.endsWith('.md') && r.synthetic === 1000);
  const mdx = results.find((r) => r.label.endsWith('.mdx') && r.synthetic === 1000);
  if (md && mdx) {
    console.log(`.md gegen .mdx bei 1.000: ${fmt(md.totalSeconds)} s gegen ${fmt(mdx.totalSeconds)} s (MDX ${fmt((mdx.totalSeconds / md.totalSeconds - 1) * 100, 0)} % ${mdx.totalSeconds >= md.totalSeconds ? 'langsamer' : 'schneller'}).`);
  }
  const tenK = results.find((r) => r.synthetic === 10000 && r.label.endsWith('.md'));
  const fiftyK = results.find((r) => r.synthetic === 50000 && r.label.endsWith('.md'));
  if (tenK && fiftyK) {
    console.log(`ms je Eintrag bei 50.000 gegen 10.000: ${fmt(fiftyK.msPerEntry)} gegen ${fmt(tenK.msPerEntry)} (${fmt(fiftyK.msPerEntry / tenK.msPerEntry, 2)} ×, Ziel ≤ 1,2 ×).`);
  }
  writeFileSync(join(tmpdir(), 'bff-bench-last.json'), JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2));
  if (chartPath) writeChart(chartPath, results);
}

function writeChart(chartPath: string, results: Result[]): void {
  {
    const md = results.filter((r) => r.label.endsWith('.md'));
    if (md.length === 0) return;
    const svg = benchChart(
      md.map((r) => ({
        entries: r.entries,
        msPerEntry: r.msPerEntry,
        peakMb: r.peakRss / MB,
        floorMsPerEntry: r.floor ? (r.floor.seconds * 1000) / r.entries : undefined,
        floorPeakMb: r.floor ? r.floor.peakRss / MB : undefined,
      })),
      `npm run bench, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} Kerne`,
    );
    writeFileSync(resolve(ROOT, chartPath), svg);
    console.log(`Diagramm geschrieben: ${chartPath}`);
  }
}

await main();
