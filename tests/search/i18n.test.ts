/**
 * One Pagefind index per language: Turkish and Arabic words (counselling,
 * violence, pregnancy, …) find the translated pages in their own language's
 * index, and never German pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../src/lib/dev/dist.ts';
import { translationsEnabled } from '../../src/i18n/languages.ts';
import { siteOrigin } from '../support/site-browser.ts';
import { loadPagefind, type NodePagefind } from '../../src/lib/dev/search/pagefind-node.ts';

const hasTranslations = existsSync(join(DIST, 'pagefind', 'pagefind-entry.json')) && /"tr"/.test(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));

const CASES: Record<string, [string, string][]> = {
  tr: [
    ['danışmanlık', '/tr/angebote/erziehungsberatung/'],
    ['şiddet', '/tr/angebote/hilfetelefon-gewalt-gegen-frauen/'],
    ['hamile', '/tr/angebote/hilfetelefon-schwangere-in-not/'],
    ['gebelik', '/tr/angebote/schwangerschaftskonfliktberatung/'],
    ['ebe', '/tr/angebote/familienhebammen/'],
    ['kreş', '/tr/angebote/kindertagesbetreuung/'],
    ['Selm', '/tr/orte/selm/'],
  ],
  ar: [
    ['استشارة تربوية', '/ar/angebote/erziehungsberatung/'],
    ['عنف', '/ar/angebote/hilfetelefon-gewalt-gegen-frauen/'],
    ['حامل', '/ar/angebote/hilfetelefon-schwangere-in-not/'],
    ['قابلة', '/ar/angebote/familienhebammen/'],
    ['طبيب', '/ar/angebote/aerztlicher-bereitschaftsdienst-116117/'],
  ],
};

// Skipped only when the build was told to leave translations out.
describe.skipIf(!translationsEnabled())('search per language', () => {
  it('the index has the translated pages', () => expect(hasTranslations).toBe(true));
  const indexes = new Map<string, NodePagefind>();
  beforeAll(async () => {
    for (const lang of Object.keys(CASES)) indexes.set(lang, await loadPagefind(DIST, siteOrigin(), lang));
  });

  for (const [lang, cases] of Object.entries(CASES)) {
    for (const [query, expected] of cases) {
      it(`${lang}: "${query}" finds ${expected}`, async () => {
        const { hits } = await indexes.get(lang)!.search(query, {}, 5);
        const urls = hits.map((h) => h.url);
        expect(urls, urls.join(', ')).toContain(expected);
        for (const url of urls) expect(url.startsWith(`/${lang}/`), url).toBe(true);
      });
    }
  }
});
