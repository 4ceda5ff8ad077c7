/**
 * Facts about the built site in `dist/` for tests and scripts: every
 * HTML page, the URLs in the sitemap, the page type of a URL, the resources a
 * page loads and their compressed sizes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './dist.ts';
import { PAGES, URL_PREFIX } from '../urls.ts';

/** Every file below `root`, as absolute paths. */
export function walk(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else out.push(path);
    }
  }
  return out.sort();
}

/** Every built HTML file below `root`. */
export function htmlFiles(root = DIST): string[] {
  return walk(root).filter((f) => f.endsWith('.html'));
}

/**
 * Every HTML page of the site: each built HTML file with its URL path, without
 * the web editor (/admin/, an application for editors, not a page of the site).
 */
export function sitePages(root = DIST): { path: string; file: string }[] {
  return htmlFiles(root)
    .map((file) => ({ path: urlPathOf(file, root), file }))
    .filter((p) => !p.path.startsWith(PAGES.admin));
}

/** The URL path a built HTML file is served at: `orte/selm/index.html` → `/orte/selm/`. */
export function urlPathOf(file: string, root = DIST): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The built HTML file for a URL path. */
export function fileOf(urlPath: string, root = DIST): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return clean.endsWith('/') ? join(root, clean, 'index.html') : join(root, clean);
}

/**
 * URL paths listed in the sitemap (`sitemap-index.xml` and the sitemaps it
 * names, or `sitemap-0.xml`), in sitemap order, without the site's origin.
 */
export function sitemapPaths(root = DIST): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const index = join(root, 'sitemap-index.xml');
  const files: string[] = [];
  if (existsSync(index)) {
    for (const loc of locs(readFileSync(index, 'utf8'))) files.push(join(root, new URL(loc).pathname));
  } else {
    files.push(join(root, 'sitemap-0.xml'));
  }
  const paths: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`Sitemap ${relative(root, file)} fehlt in dist/.`);
    for (const loc of locs(readFileSync(file, 'utf8'))) paths.push(new URL(loc).pathname);
  }
  return [...new Set(paths)];
}

/** Kinds of pages, by URL. */
export type PageType =
  | 'home'
  | 'offer'
  | 'contact'
  | 'network'
  | 'organisation'
  | 'practice'
  | 'source'
  | 'town'
  | 'townGuide'
  | 'topic'
  | 'lifePhase'
  | 'list'
  | 'search'
  | 'map'
  | 'quickHelp'
  | 'static'
  | 'other';

const DETAIL_PREFIX: [string, PageType][] = [
  [URL_PREFIX.offers, 'offer'],
  [URL_PREFIX.contacts, 'contact'],
  [URL_PREFIX.networks, 'network'],
  [URL_PREFIX.organisations, 'organisation'],
  [URL_PREFIX.practices, 'practice'],
  [URL_PREFIX.sources, 'source'],
  [PAGES.topics, 'topic'],
  [PAGES.lifePhases, 'lifePhase'],
];

const NOT_FOUND = '/404.html';
const STATIC_PAGES = new Set<string>([PAGES.accessibility, PAGES.easyLanguage, PAGES.imprint, PAGES.privacy, NOT_FOUND]);
const GUIDE_SEGMENT = 'wegweiser';

export function pageTypeOf(path: string): PageType {
  if (path === '/') return 'home';
  if (path === PAGES.search) return 'search';
  if (path === PAGES.map) return 'map';
  if (path === PAGES.quickHelp) return 'quickHelp';
  if (STATIC_PAGES.has(path)) return 'static';
  const parts = path.split('/').filter(Boolean);
  const [section] = parts;
  if (`/${section}/` === URL_PREFIX.towns) {
    if (parts.length === 1) return 'list';
    if (parts.length === 2) return 'town';
    if (parts.length === 3 && parts[2] === GUIDE_SEGMENT) return 'townGuide';
    return 'other';
  }
  // Offers of a life phase in one town: /lebensphasen/<phase>/<town>/.
  if (`/${section}/` === PAGES.lifePhases && parts.length === 3) return 'lifePhase';
  for (const [prefix, type] of DETAIL_PREFIX) {
    if (path === prefix) return 'list';
    if (path.startsWith(prefix) && parts.length === 2) return type;
  }
  return 'other';
}

/**
 * Page types that show one entry: the "detail pages" of the budgets. Topic and
 * life-phase pages are lists of offers; the printable town guide is a
 * compilation of a whole town (it has its own budget).
 */
export const DETAIL_TYPES: ReadonlySet<PageType> = new Set(['offer', 'contact', 'network', 'organisation', 'practice', 'source', 'town']);

/**
 * True when a page shows a map: a map container marked with `data-map`, or an
 * element whose class or id is "map"/"karte".
 */
export function hasMap(html: string): boolean {
  return /\sdata-map(?:[\s=>-])|\sclass="[^"]*\b(?:map|karte|leaflet-container)\b[^"]*"|\sid="(?:map|karte)[^"]*"/i.test(html);
}

/** gzip size (level 9, as a CDN would serve it) of a buffer or string. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

/** Attribute values of `attr` on tags named `tag` in `html` (simple, for built Astro output). */
function tagsWithAttr(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}

function attr(tagText: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tagText);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** A script element: its type, src (if external) and inline text length. */
export interface ScriptTag {
  type: string;
  src?: string;
  inlineLength: number;
}

export function scriptsOf(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    type: (attr(`<x ${m[1]}>`, 'type') ?? 'text/javascript').toLowerCase(),
    src: attr(`<x ${m[1]}>`, 'src'),
    inlineLength: m[2]!.trim().length,
  }));
}

/** Script types that carry data, not code. */
export const DATA_SCRIPT_TYPES: ReadonlySet<string> = new Set(['application/ld+json', 'application/json']);

/**
 * The one script every page may load: the bundled registration of the offline
 * service worker (src/components/offline/OfflineRegistration.astro, under 1 KB,
 * checked in tests/build/offline.test.ts). The page works the same without it.
 */
export const isSiteWideScript = (s: ScriptTag): boolean => s.src !== undefined && /\/OfflineRegistration\.astro_astro_type_script[^/]*\.js$/.test(s.src);

/** Scripts that execute (everything that is not a data block), apart from the site-wide one. */
export function executableScripts(html: string): ScriptTag[] {
  return scriptsOf(html).filter((s) => !DATA_SCRIPT_TYPES.has(s.type) && !isSiteWideScript(s));
}

/** Same-origin URL paths of the stylesheets a page links. */
export function stylesheetsOf(html: string): string[] {
  return tagsWithAttr(html, 'link')
    .filter((t) => /(^|\s)stylesheet(\s|$)/i.test(attr(t, 'rel') ?? ''))
    .map((t) => attr(t, 'href'))
    .filter((h): h is string => h !== undefined);
}

/** Inline `<style>` text of a page. */
export function inlineStylesOf(html: string): string {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
}

/** True when `href` points to another origin (absolute http(s) or protocol-relative). */
export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

/** Resolve a same-origin reference from a page or a resource to a URL path. */
export function resolvePath(ref: string, fromPath: string): string {
  const base = fromPath.endsWith('/') ? fromPath : posix.dirname(fromPath) + '/';
  return new URL(ref, `http://x${base}`).pathname;
}

/** Static `import`s of a built JS module (`import "./a.js"`, `from "./b.js"`), resolved to URL paths. */
function staticImportsOf(js: string, fromPath: string): string[] {
  const refs = new Set<string>();
  for (const m of js.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.m?js)["']/g)) refs.add(m[1]!);
  return [...refs].filter((r) => !isExternal(r)).map((r) => resolvePath(r, fromPath));
}

/** Same-origin `url(...)` references in CSS (fonts, images), resolved to URL paths. */
function cssUrlsOf(css: string, fromPath: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1]!)
    .filter((r) => !r.startsWith('data:') && !isExternal(r) && !r.startsWith('#'))
    .map((r) => resolvePath(r, fromPath));
}

export interface PageWeight {
  path: string;
  /** gzip size of the HTML document. */
  html: number;
  /** gzip size of linked stylesheets (each counted once). */
  css: number;
  /** gzip size of scripts loaded on start (with their static imports). */
  js: number;
  /** gzip size of images, fonts and other resources referenced from HTML or CSS. */
  other: number;
  total: number;
  /** Every resource counted, with its gzip size. */
  resources: { path: string; gzip: number }[];
  /** Referenced same-origin resources that do not exist in dist/. */
  missing: string[];
}

/**
 * Everything a page loads on start, from the built files: the HTML, linked CSS
 * (and what the CSS references), scripts with their static imports, images,
 * icons and preloads. Dynamic imports (e.g. the map library after consent,
 * the search index while typing) and other origins (map tiles) are not counted.
 */
export function pageWeight(path: string, root = DIST): PageWeight {
  const html = readFileSync(fileOf(path, root), 'utf8');
  const resources = new Map<string, { kind: 'css' | 'js' | 'other'; gzip: number }>();
  const missing: string[] = [];
  const load = (p: string): Buffer | undefined => {
    const f = fileOf(p, root);
    if (!existsSync(f) || statSync(f).isDirectory()) {
      missing.push(p);
      return undefined;
    }
    return readFileSync(f);
  };
  const add = (p: string, kind: 'css' | 'js' | 'other') => {
    if (resources.has(p)) return;
    const buf = load(p);
    if (!buf) return;
    resources.set(p, { kind, gzip: gzipSize(buf) });
    if (kind === 'css') for (const u of cssUrlsOf(buf.toString('utf8'), p)) add(u, 'other');
    if (kind === 'js') for (const i of staticImportsOf(buf.toString('utf8'), p)) add(i, 'js');
  };
  for (const href of stylesheetsOf(html)) if (!isExternal(href)) add(resolvePath(href, path), 'css');
  for (const u of cssUrlsOf(inlineStylesOf(html), path)) add(u, 'other');
  for (const s of executableScripts(html)) if (s.src && !isExternal(s.src)) add(resolvePath(s.src, path), 'js');
  // Inline module scripts may import chunks.
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const i of staticImportsOf(m[1]!, path)) add(i, 'js');
  }
  for (const t of tagsWithAttr(html, 'link')) {
    const rel = (attr(t, 'rel') ?? '').toLowerCase();
    const href = attr(t, 'href');
    if (!href || isExternal(href)) continue;
    if (rel.includes('modulepreload')) add(resolvePath(href, path), 'js');
    else if (rel.includes('preload') || /(^|\s)icon(\s|$)/.test(rel)) add(resolvePath(href, path), 'other');
  }
  for (const t of tagsWithAttr(html, 'img')) {
    const src = attr(t, 'src');
    if (src && !src.startsWith('data:') && !isExternal(src) && (attr(t, 'loading') ?? '') !== 'lazy') add(resolvePath(src, path), 'other');
  }
  const sum = (kind: 'css' | 'js' | 'other') => [...resources.values()].filter((r) => r.kind === kind).reduce((a, r) => a + r.gzip, 0);
  const htmlGz = gzipSize(html);
  const css = sum('css');
  const js = sum('js');
  const other = sum('other');
  return {
    path,
    html: htmlGz,
    css,
    js,
    other,
    total: htmlGz + css + js + other,
    resources: [...resources.entries()].map(([p, r]) => ({ path: p, gzip: r.gzip })),
    missing,
  };
}

/** One representative URL path per page type, from the sitemap (first match). */
export function samplePerType(paths: readonly string[]): Map<PageType, string> {
  const out = new Map<PageType, string>();
  for (const p of paths) {
    const t = pageTypeOf(p);
    if (!out.has(t)) out.set(t, p);
  }
  return out;
}
