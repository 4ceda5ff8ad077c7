/**
 * Crisis help in every language of the built site:
 * - the phone's sticky quick-help bar (`<nav class="quick-bar">`) on every
 *   translated page speaks the page's language (text and accessible name) and
 *   leads to that language's Schnelle Hilfe page – no German words in it;
 * - each translated search page carries the crisis panel in its language:
 *   every situation's heading from content/translations/<lang>/crisis.yaml,
 *   the German situation's lines as tel: links, and the matcher's data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DICTIONARIES, TRANSLATED_LANGS } from '../../src/i18n/index.ts';
import { translationsEnabled } from '../../src/i18n/languages.ts';
import { localizePath } from '../../src/i18n/urls.ts';
import { PAGES } from '../../src/lib/urls.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { fileOf } from '../../src/lib/dev/site.ts';
import { readSearchConfig } from '../../src/lib/dev/search/search-config.ts';

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
const QUICK_BAR = /<nav class="quick-bar"[\s\S]*?<\/nav>/;
/** German words of the German bar ("Schnelle Hilfe: Notruf und Hilfetelefone"). */
const GERMAN_BAR = ['Schnelle', 'Hilfe', 'Notruf', 'Hilfetelefone'];
const ENTITIES: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();

describe.skipIf(!translationsEnabled())('crisis help in every language', () => {
  for (const lang of TRANSLATED_LANGS) {
    const t = DICTIONARIES[lang];
    it(`${lang}: the quick-help bar on every page is in the language and leads to its Schnelle Hilfe`, () => {
      const files = htmlFiles(join(DIST, lang));
      expect(files.length).toBeGreaterThan(10);
      for (const file of files) {
        const bar = QUICK_BAR.exec(readFileSync(file, 'utf8'))?.[0];
        expect(bar, file).toBeDefined();
        expect(bar, file).toContain(`aria-label="${t.quickHelp}"`);
        expect(bar, file).toContain(`href="${localizePath(lang, PAGES.quickHelp)}"`);
        const words = visible(bar!);
        expect(words, file).toContain(t.quickHelp);
        for (const w of GERMAN_BAR) expect(words, `${file}: "${w}"`).not.toMatch(new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u'));
      }
    });

    it(`${lang}: the search page has the crisis panel in the language, with the German lines as tel: links`, () => {
      const html = readFileSync(fileOf(localizePath(lang, PAGES.search)), 'utf8');
      const panel = /<section id="crisis-panel"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(panel).toContain('hidden');
      const translated = parse(readFileSync(`content/translations/${lang}/crisis.yaml`, 'utf8')) as Record<string, { heading: string }>;
      for (const [id, s] of Object.entries(translated)) {
        expect(panel, id).toContain(`data-crisis-term="${id}"`);
        expect(visible(panel), id).toContain(visible(s.heading));
      }
      for (const number of ['tel:110', 'tel:112', 'tel:116111']) expect(panel).toContain(`href="${number}"`);
      const config = JSON.parse(/<script type="application\/json" id="crisis-config">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '[]') as { lang: string }[];
      expect(config.some((c) => c.lang === lang)).toBe(true);
      expect(config.some((c) => c.lang === 'de')).toBe(true);
      // The panel stands above the results.
      expect(html.indexOf('id="crisis-panel"')).toBeLessThan(html.indexOf('id="ergebnisse"'));
    });
  }

  it('the German search page matches the crisis phrases of every language too', () => {
    const langs = new Set(readSearchConfig(DIST).crisis.map((c) => c.lang));
    for (const lang of ['de', ...TRANSLATED_LANGS]) expect(langs, lang).toContain(lang);
  });

  it('German pages keep the German bar', () => {
    const bar = QUICK_BAR.exec(readFileSync(fileOf(PAGES.home), 'utf8'))?.[0] ?? '';
    expect(bar).toContain('aria-label="Schnelle Hilfe"');
    expect(visible(bar)).toBe('Schnelle Hilfe : Notruf und Hilfetelefone');
  });
});
