/**
 * Languages in the built site: every language has a home page, Schnelle Hilfe
 * and a page for every town, with <html lang> (and dir="rtl" for Arabic);
 * header, navigation, footer and search form carry no German UI words;
 * hreflang links join all versions; the sitemap lists the alternates;
 * translated offers say whether a translator checked them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGE_INFO, TRANSLATED_LANGS, type TranslatedLang } from '../../src/i18n/index.ts';
import { translationsEnabled } from '../../src/i18n/languages.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { fileOf } from '../../src/lib/dev/site.ts';
import { loadVocabularyTranslations } from '../../src/lib/vocabulary-translations.ts';

const towns = readdirSync('content/towns').map((f) => f.replace(/\.mdx?$/, ''));
const read = (path: string) => readFileSync(fileOf(path), 'utf8');
const tag = (html: string, name: string) => new RegExp(`<${name}\\b[\\s\\S]*?</${name}>`).exec(html)?.[0] ?? '';
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** Visible text of the page frame: header (with navigation and search form), the phones' quick-help bar and footer, without elements marked German or language names. */
const frameText = (html: string) =>
  text(
    (tag(html, 'header') + (/<nav class="quick-bar"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '') + tag(html, 'footer'))
      .replace(/<nav class="lang-switch"[\s\S]*?<\/nav>/, ' ')
      .replace(/<[^>]+lang="de"[^>]*>[^<]*<\/[a-z]+>/g, ' '),
  );

/** German UI words that must not appear in another language's header, navigation, footer or search form. */
const GERMAN_UI = ['Schnelle Hilfe', 'Suche', 'Suchen', 'Angebote', 'Anlaufstellen', 'Orte', 'Themen', 'Lebensphasen', 'Netzwerke', 'Praxisbeispiele', 'Karte', 'Impressum', 'Datenschutz', 'Barrierefreiheit', 'Quellen', 'Organisationen', 'Zum Inhalt', 'Familienwegweiser', 'bitte fragen Sie'];

/** <html lang> of the page's language, dir="rtl" exactly for right-to-left languages. */
function expectLangDir(html: string, lang: TranslatedLang, path: string): void {
  const htmlTag = /<html[^>]*>/.exec(html)?.[0] ?? '';
  expect(htmlTag, path).toContain(`lang="${lang}"`);
  if (LANGUAGE_INFO[lang].dir === 'rtl') expect(htmlTag, path).toContain('dir="rtl"');
  else expect(htmlTag, path).not.toContain('dir=');
}

/** No German UI word in the frame. The UI word may coincide with the translation (e.g. Turkish "Telefon"); only words the dictionary does not use are flagged. */
function expectNoGermanUi(html: string, lang: TranslatedLang, path: string): void {
  const frame = frameText(html);
  for (const word of GERMAN_UI) {
    const own = Object.values(DICTIONARIES[lang]).some((v) => v.includes(word));
    if (!own) expect(frame, `${path}: "${word}"`).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
  }
}

// Skipped only when the build was told to leave translations out; a build that should have them and has none fails.
describe.skipIf(!translationsEnabled())('translated pages', () => {
  for (const lang of TRANSLATED_LANGS) {
    describe(lang, () => {
      const paths = ['/', '/schnelle-hilfe/', ...towns.map((t) => `/orte/${t}/`), '/ueber/', '/barrierefreiheit/', '/datenschutz/', '/suche/'].map((p) => `/${lang}${p}`);
      it('has home, Schnelle Hilfe, every town and the statements, with lang and dir', () => {
        for (const path of paths) {
          const html = read(path);
          expectLangDir(html, lang, path);
        }
      });
      it('has no German UI words in header, navigation, footer and search form', () => {
        for (const path of paths) {
          expectNoGermanUi(read(path), lang, path);
        }
      });
      it('links all language versions with hreflang', () => {
        for (const path of [`/${lang}/`, `/${lang}/schnelle-hilfe/`, `/${lang}/orte/${towns[0]}/`]) {
          const html = read(path);
          const german = path.slice(lang.length + 1);
          const hreflangs = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]);
          expect(hreflangs, path).toContainEqual(['de', german]);
          expect(hreflangs, path).toContainEqual(['x-default', german]);
          for (const other of TRANSLATED_LANGS) expect(hreflangs, path).toContainEqual([other, `/${other}${german}`]);
        }
        // …and the German page points to them.
        const de = read('/schnelle-hilfe/');
        for (const other of TRANSLATED_LANGS) expect(de).toContain(`hreflang="${other}" href="https://`);
      });
      it('says on translated offers that no translator has checked them yet', () => {
        const dir = join(DIST, lang, 'angebote');
        const slugs = readdirSync(dir);
        expect(slugs.length).toBeGreaterThanOrEqual(9);
        for (const slug of slugs) {
          const html = read(`/${lang}/angebote/${slug}/`);
          expect(html, slug).toContain(DICTIONARIES[lang].unreviewed);
        }
      });
      it('marks German fallback text as German', () => {
        const html = read(`/${lang}/orte/${towns.find((t) => t !== 'kreis-unna')}/`);
        // Untranslated offers link to the German page with lang="de".
        expect(html).toMatch(/<a href="\/angebote\/[^"]+\/" lang="de" dir="ltr" hreflang="de"[^>]*>/);
        expect(html).not.toMatch(new RegExp(`href="/${lang}/angebote/[^"]+/"[^>]*lang="de"`));
      });
    });
  }

  it('the language switcher keeps the page or falls back to the language home', () => {
    const town = read('/orte/selm/');
    expect(town).toMatch(/<a href="\/ar\/orte\/selm\/" lang="ar"/);
    const network = read('/netzwerke/');
    expect(network).toMatch(/<a href="\/tr\/" lang="tr"/);
  });

  it('the sitemap lists the language alternates', () => {
    const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('');
    expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="ar(-[A-Z]+)?" href="https:\/\/[^"]+\/ar\/schnelle-hilfe\/"/);
  });
});

describe.skipIf(!translationsEnabled())('topic, life-phase and map pages per language', () => {
  const vocab = (name: string) => [...readFileSync(`content/vocabularies/${name}.yaml`, 'utf8').matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
  const topics = vocab('topics');
  const phases = vocab('life-phases');
  const germanPaths = ['/themen/', ...topics.map((t) => `/themen/${t}/`), '/lebensphasen/', ...phases.map((p) => `/lebensphasen/${p}/`), '/karte/'];
  const hreflangsOf = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]);

  it('finds the vocabularies', () => {
    expect(topics.length).toBeGreaterThanOrEqual(20);
    expect(phases.length).toBeGreaterThanOrEqual(5);
  });

  for (const lang of TRANSLATED_LANGS) {
    describe(lang, () => {
      const t = DICTIONARIES[lang];
      const paths = germanPaths.map((p) => `/${lang}${p}`);
      it('has every topic page, every life-phase page and the map, with lang, dir and the review notice', () => {
        for (const path of paths) {
          const html = read(path);
          expectLangDir(html, lang, path);
          expect(html, path).toContain(t.unreviewed);
        }
      });
      it('has no German UI words in header, navigation and footer; the navigation links the translated sections', () => {
        for (const path of paths) {
          const html = read(path);
          expectNoGermanUi(html, lang, path);
          const nav = /<nav class="main-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
          for (const section of ['/themen/', '/lebensphasen/', '/karte/']) expect(nav, path).toContain(`href="/${lang}${section}"`);
          expect(nav, path).toContain('href="/netzwerke/" hreflang="de"');
        }
      });
      it('links all language versions with hreflang, and the German pages link back', () => {
        for (const german of ['/themen/', `/themen/${topics[0]}/`, '/lebensphasen/', `/lebensphasen/${phases[1]}/`, '/karte/']) {
          const hreflangs = hreflangsOf(read(`/${lang}${german}`));
          expect(hreflangs, german).toContainEqual(['de', german]);
          for (const other of TRANSLATED_LANGS) expect(hreflangs, german).toContainEqual([other, `/${other}${german}`]);
          expect(hreflangsOf(read(german)), german).toContainEqual([lang, `/${lang}${german}`]);
        }
        // The phase × town pages and the overview stay German (no alternates in this language).
        expect(hreflangsOf(read('/lebensphasen/uebersicht/')).map((h) => h[0])).not.toContain(lang);
      });
      it('shows translated term names and lists offers translated or marked German', () => {
        const labels = loadVocabularyTranslations('content').get(lang)!.topics;
        const squeeze = (s: string) => s.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, '');
        let german = 0;
        let translated = 0;
        for (const topic of topics) {
          const html = read(`/${lang}/themen/${topic}/`);
          expect(squeeze(text(tag(html, 'h1'))), topic).toBe(squeeze(labels[topic]!.label));
          german += [...html.matchAll(/<a href="\/angebote\/[^"]+\/" lang="de" dir="ltr" hreflang="de"/g)].length;
          translated += [...html.matchAll(new RegExp(`<a href="/${lang}/angebote/[^"]+/"(?![^>]*lang="de")`, 'g'))].length;
          expect(html).not.toMatch(new RegExp(`href="/${lang}/angebote/[^"]+/"[^>]*lang="de"`));
        }
        expect(german).toBeGreaterThan(0);
        expect(translated).toBeGreaterThan(0);
        if (german > 0) expect(read(`/${lang}/themen/${topics[0]}/`) + read(`/${lang}/lebensphasen/${phases[0]}/`)).toContain(t.germanDetails);
      });
      it('links the German phase × town pages and the overview, and builds none of them in the language', () => {
        const html = read(`/${lang}/lebensphasen/${phases[0]}/`);
        expect(html).toMatch(new RegExp(`<a href="/lebensphasen/${phases[0]}/${towns.find((x) => x !== 'kreis-unna')}/" hreflang="de"`));
        expect(read(`/${lang}/lebensphasen/`)).toContain('href="/lebensphasen/uebersicht/" hreflang="de"');
        expect(readdirSync(join(DIST, lang, 'lebensphasen', phases[0]!))).toEqual(['index.html']);
      });
      it('the map page takes every text from the dictionary, also the scripts\' texts, and loads nothing from elsewhere', () => {
        const html = read(`/${lang}/karte/`);
        const json = /<script type="application\/json" data-map-strings>([\s\S]*?)<\/script>/.exec(html)?.[1];
        const strings = JSON.parse(json ?? '{}') as Record<string, string>;
        expect(strings.locale).toBe(LANGUAGE_INFO[lang].locale);
        expect(strings.zoomIn).toBe(t.mapZoomIn);
        expect(strings.closePopup).toBe(t.mapClosePopup);
        expect(html).toContain(`>${t.mapLoad}</button>`);
        expect(html).toContain(t.mapFilterAllKinds);
        // Names of places stay German and are marked so.
        expect(html).toMatch(/<a class="map-place-name" href="\/anlaufstellen\/[^"]+\/" lang="de" dir="ltr" hreflang="de"/);
        // Nothing from another origin before consent.
        expect(html).not.toMatch(/<(script|img|iframe)\b[^>]*\ssrc="(https?:)?\/\//);
        expect(html).not.toMatch(/<link\b[^>]*rel="(stylesheet|preload|modulepreload|preconnect|dns-prefetch)"[^>]*href="(https?:)?\/\//);
        for (const word of ['Karte laden', 'Vergrößern', 'Infofenster', 'Alle Orte', 'Alle zeigen', 'Springen zu']) {
          expect(text(html.replace(/<[^>]+lang="de"[^>]*>[^<]*<\/[a-z]+>/g, ' ')), word).not.toContain(word);
        }
      });
    });
  }

  it('the map scripts carry no German texts (they read them from the page)', () => {
    const html = read('/ar/karte/');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const queue = [...scripts];
    let code = '';
    while (queue.length > 0) {
      const src = queue.pop()!;
      if (seen.has(src)) continue;
      seen.add(src);
      const js = readFileSync(join(DIST, src), 'utf8');
      code += js;
      for (const m of js.matchAll(/["'](?:\.\/|\/?_astro\/)([\w.-]+\.js)["']/g)) queue.push(`/_astro/${m[1]}`);
    }
    for (const word of ['Vergrößern', 'Infofenster', 'ungefähre Lage', 'Die Karte wird geladen', 'werden gezeigt', 'einzeln anzeigen']) expect(code, word).not.toContain(word);
    expect(code).toContain('data-map-strings');
    // The lazily imported map module (Leaflet and our controls) was read too.
    expect(code).toContain('MarkerCluster');
  });
});

describe('translated offer pages keep the way to someone', () => {
  const telLinks = (html: string) => new Set([...tag(html, 'main').matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]!));
  it.skipIf(!translationsEnabled())('every phone number the German offer page gives (own lines, contact points, the Jugendamt route) is on each translated version', () => {
    const germanOffers = readdirSync(join(DIST, 'angebote'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    let compared = 0;
    const missing: string[] = [];
    for (const lang of TRANSLATED_LANGS) {
      for (const id of germanOffers) {
        let translated: string;
        try {
          translated = read(`/${lang}/angebote/${id}/`);
        } catch {
          continue;
        }
        compared++;
        const have = telLinks(translated);
        for (const tel of telLinks(read(`/angebote/${id}/`))) if (!have.has(tel)) missing.push(`/${lang}/angebote/${id}/: ${tel}`);
      }
    }
    expect(compared).toBeGreaterThan(TRANSLATED_LANGS.length * 50);
    expect(missing).toEqual([]);
  });
});
