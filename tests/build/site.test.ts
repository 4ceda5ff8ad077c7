/**
 * The built site as a whole: every entry has its page, and every page has the
 * basics (German language, one h1, a title, a canonical URL, valid JSON-LD,
 * no JavaScript where none is needed).
 *
 * Runs against the dist/ that the site project's global setup built (`npm run build`'s two steps).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitLangPath } from '../../src/i18n/urls.ts';
import { ENTRY_COLLECTIONS, URL_PREFIX, type EntryCollection } from '../../src/schemas/index.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { executableScripts, hasMap, sitePages } from '../../src/lib/dev/site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');

/** Pages whose scripts colleagues own (search, map, life phases, quick help, printable guides). */
const SCRIPT_ALLOWED = [/^\/suche\//, /^\/(en|tr|ar|uk|ru|pl)\/suche\//, /^\/karte\//, /^\/lebensphasen\//, /^\/schnelle-hilfe\//, /^\/orte\/[^/]+\/wegweiser\//];

/**
 * Interactive components with their own progressive enhancement (search, map,
 * prevention chain: e.g. "open now", postcode lookup). Astro names their bundled
 * scripts after the component, so a script from one of them is allowed anywhere;
 * the layout and the core components ship none.
 */
const ENHANCEMENT_COMPONENTS = ['search', 'map', 'chain'].flatMap((folder) => {
  const dir = join(ROOT, 'src/components', folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, '')) : [];
});
const fromEnhancement = (src: string | undefined) =>
  src !== undefined && ENHANCEMENT_COMPONENTS.some((name) => src.includes(`/${name}.astro_astro_type_script`));

interface Page {
  path: string;
  html: string;
}
let pages: Page[] = [];

/** Entry files as Astro's glob loader sees them: `**\/[^_]*.{md,mdx}`. */
function entryFiles(folder: string): string[] {
  const dir = join(CONTENT, folder);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) stack.push(p);
      else if (/^[^_].*\.mdx?$/.test(name)) out.push(p);
    }
  }
  return out.sort();
}

/** A redirect page written for a former slug (meta refresh), not a real page. */
const isRedirect = (html: string) => /<meta\s+http-equiv="refresh"/i.test(html);

beforeAll(() => {
  assertBuilt();
  // sitePages(): without the web editor (/admin/, Decap CMS), a tool for editors, not a page of the site.
  pages = sitePages()
    .map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }))
    .filter((p) => !isRedirect(p.html));
});

/** Fail with a readable list instead of the first mismatch. */
function expectNone(problems: string[], what: string): void {
  expect(problems, `${what}:\n${problems.slice(0, 30).join('\n')}${problems.length > 30 ? `\n… und ${problems.length - 30} weitere` : ''}`).toEqual([]);
}

describe('every entry has its page', () => {
  for (const name of Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]) {
    it(`${name}: content/${ENTRY_COLLECTIONS[name].folder}/ → ${URL_PREFIX[name]}<slug>/`, () => {
      const files = entryFiles(ENTRY_COLLECTIONS[name].folder);
      const missing = files
        .map((f) => relative(join(CONTENT, ENTRY_COLLECTIONS[name].folder), f).split(sep).join('/').replace(/\.mdx?$/, ''))
        .filter((slug) => !existsSync(join(DIST, `${URL_PREFIX[name]}${slug}`, 'index.html')))
        .map((slug) => `${URL_PREFIX[name]}${slug}/ fehlt`);
      expectNone(missing, 'Einträge ohne Seite');
    });
  }
});

describe('every page', () => {
  it('was built (sanity)', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('has <html lang> of its language (German at the root, /tr/… in Turkish)', () => {
    expectNone(
      pages.filter((p) => !new RegExp(`<html[^>]*\\slang="${splitLangPath(p.path).lang}"`, 'i').test(p.html)).map((p) => p.path),
      'Seiten ohne passendes lang',
    );
  });

  it('has exactly one h1', () => {
    expectNone(
      pages
        .map((p) => ({ p, n: (p.html.match(/<h1[\s>]/gi) ?? []).length }))
        .filter(({ n }) => n !== 1)
        .map(({ p, n }) => `${p.path}: ${n} h1`),
      'Seiten ohne genau eine h1',
    );
  });

  it('has a non-empty title', () => {
    expectNone(
      pages.filter((p) => !/<title>[^<]*\S[^<]*<\/title>/i.test(p.html)).map((p) => p.path),
      'Seiten ohne Titel',
    );
  });

  it('has a meta description', () => {
    expectNone(
      pages.filter((p) => !/<meta name="description" content="[^"]*\S[^"]*"/i.test(p.html)).map((p) => p.path),
      'Seiten ohne Beschreibung',
    );
  });

  it('has a canonical link to its own absolute URL with trailing slash (noindex pages such as 404: none)', () => {
    expectNone(
      pages
        .map((p) => ({ p, href: /<link rel="canonical" href="([^"]+)"/i.exec(p.html)?.[1] }))
        .filter(({ p, href }) => {
          // The 404 page has no canonical URL of its own (it is served under any address); nor has any
          // page that asks not to be indexed (the offline page, the translated search pages).
          if (p.path === '/404.html' || /<meta name="robots" content="noindex/i.test(p.html)) return href !== undefined;
          if (!href) return true;
          const u = new URL(href);
          return u.pathname !== p.path || !u.pathname.endsWith('/');
        })
        .map(({ p, href }) => `${p.path}: ${href ?? 'kein canonical'}`),
      'Seiten mit fehlendem oder falschem canonical',
    );
  });

  it('has only JSON-LD blocks that parse', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const m of p.html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)) {
        try {
          const data = JSON.parse(m[1]!) as { '@context'?: string } | { '@context'?: string }[];
          const list = Array.isArray(data) ? data : [data];
          if (list.some((d) => d['@context'] !== 'https://schema.org')) problems.push(`${p.path}: JSON-LD ohne @context https://schema.org`);
        } catch (e) {
          problems.push(`${p.path}: ${(e as Error).message}`);
        }
      }
    }
    expectNone(problems, 'Fehlerhaftes JSON-LD');
  });

  it('has a skip link to <main id="inhalt">', () => {
    expectNone(
      pages.filter((p) => !p.html.includes('href="#inhalt"') || !/<main[^>]*\sid="inhalt"/.test(p.html)).map((p) => p.path),
      'Seiten ohne Sprunglink zum Inhalt',
    );
  });

  it('contains no <script> other than JSON-LD, except from the search, map and prevention-chain components', () => {
    expectNone(
      pages
        .filter((p) => !SCRIPT_ALLOWED.some((re) => re.test(p.path)) && !hasMap(p.html))
        .map((p) => ({ p, scripts: executableScripts(p.html).filter((s) => !fromEnhancement(s.src)) }))
        .filter(({ scripts }) => scripts.length > 0)
        .map(({ p, scripts }) => `${p.path}: ${scripts.map((s) => s.src ?? s.type).join(', ')}`),
      'Seiten mit JavaScript',
    );
  });
});

describe('entry pages', () => {
  const detail = () =>
    pages.filter((p) =>
      (Object.keys(URL_PREFIX) as EntryCollection[]).some((c) => p.path.startsWith(URL_PREFIX[c]) && p.path.split('/').filter(Boolean).length === 2),
    );

  it('show "Stand", "Eintrag bearbeiten" and "Fehler melden"', () => {
    expectNone(
      detail()
        .filter((p) => !p.html.includes('>Stand<') || !p.html.includes('>Eintrag bearbeiten<') || !p.html.includes('>Fehler melden<'))
        .map((p) => p.path),
      'Eintragsseiten ohne Stand oder Bearbeiten-/Fehler-Links',
    );
  });

  it('have breadcrumbs with BreadcrumbList JSON-LD', () => {
    expectNone(
      detail()
        .filter((p) => !p.html.includes('aria-label="Brotkrumen"') || !p.html.includes('"BreadcrumbList"'))
        .map((p) => p.path),
      'Eintragsseiten ohne Brotkrumen',
    );
  });

  it('link phone numbers as tel: with a German display form', () => {
    const problems: string[] = [];
    for (const p of detail()) {
      for (const m of p.html.matchAll(/<a[^>]*href="tel:([^"]+)"[^>]*>([^<]*)<\/a>/g)) {
        const href = m[1]!;
        const text = m[2]!;
        if (!/^(\+49\d{4,}|110|112|116\d{3})$/.test(href)) problems.push(`${p.path}: tel:${href}`);
        if (text.startsWith('+49')) problems.push(`${p.path}: Anzeige "${text}" nicht im deutschen Format`);
      }
    }
    expectNone(problems, 'Fehlerhafte Telefonlinks');
  });
});
