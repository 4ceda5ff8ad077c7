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
import { DICTIONARIES, LANGUAGE_INFO, TRANSLATED_LANGS } from '../../src/i18n/index.ts';
import { translationsEnabled } from '../../src/i18n/languages.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { fileOf } from '../../src/lib/dev/site.ts';

const towns = readdirSync('content/towns').map((f) => f.replace(/\.mdx?$/, ''));
const read = (path: string) => readFileSync(fileOf(path), 'utf8');
const tag = (html: string, name: string) => new RegExp(`<${name}\\b[\\s\\S]*?</${name}>`).exec(html)?.[0] ?? '';
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** Visible text of the page frame: header (with navigation and search form) and footer, without elements marked German or language names. */
const frameText = (html: string) =>
  text(
    (tag(html, 'header') + tag(html, 'footer'))
      .replace(/<nav class="lang-switch"[\s\S]*?<\/nav>/, ' ')
      .replace(/<[^>]+lang="de"[^>]*>[^<]*<\/[a-z]+>/g, ' '),
  );

/** German UI words that must not appear in another language's header, navigation, footer or search form. */
const GERMAN_UI = ['Schnelle Hilfe', 'Suche', 'Suchen', 'Angebote', 'Anlaufstellen', 'Orte', 'Themen', 'Lebensphasen', 'Netzwerke', 'Praxisbeispiele', 'Karte', 'Impressum', 'Datenschutz', 'Barrierefreiheit', 'Quellen', 'Organisationen', 'Zum Inhalt', 'Familienwegweiser', 'bitte fragen Sie'];

// Skipped only when the build was told to leave translations out; a build that should have them and has none fails.
describe.skipIf(!translationsEnabled())('translated pages', () => {
  for (const lang of TRANSLATED_LANGS) {
    describe(lang, () => {
      const paths = ['/', '/schnelle-hilfe/', ...towns.map((t) => `/orte/${t}/`), '/ueber/', '/barrierefreiheit/', '/datenschutz/', '/suche/'].map((p) => `/${lang}${p}`);
      it('has home, Schnelle Hilfe, every town and the statements, with lang and dir', () => {
        for (const path of paths) {
          const html = read(path);
          const htmlTag = /<html[^>]*>/.exec(html)?.[0] ?? '';
          expect(htmlTag, path).toContain(`lang="${lang}"`);
          if (LANGUAGE_INFO[lang].dir === 'rtl') expect(htmlTag, path).toContain('dir="rtl"');
          else expect(htmlTag, path).not.toContain('dir=');
        }
      });
      it('has no German UI words in header, navigation, footer and search form', () => {
        for (const path of paths) {
          const frame = frameText(read(path));
          for (const word of GERMAN_UI) {
            // The UI word may coincide with the translation (e.g. Turkish "Telefon"); only flag words the dictionary does not use.
            const own = Object.values(DICTIONARIES[lang]).some((v) => v.includes(word));
            if (!own) expect(frame, `${path}: "${word}"`).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
          }
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
