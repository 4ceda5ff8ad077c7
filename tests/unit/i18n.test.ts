/**
 * Languages: every dictionary has exactly the German keys with the same
 * placeholders; the URL module; Intl formatting; the translation files are
 * valid, name existing offers and cover every nationwide hotline in every language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGES, TRANSLATED_LANGS, builtLangs, fill, formatDaysIn, hoursLineIn, placeholders, weekdayNames } from '../../src/i18n/index.ts';
import { de } from '../../src/i18n/de.ts';
import { loadOfferTranslations, parseOfferTranslations } from '../../src/i18n/translations.ts';
import { alternates, localizePath, pageExists, splitLangPath, switchTarget, type TranslationIndex } from '../../src/i18n/urls.ts';
import { clusterName, MAP_STRING_FIELDS, mapCount, mapText, parseMapStrings } from '../../src/lib/map/strings.ts';
import { templateParts } from '../../src/lib/template-parts.ts';
import { mapStrings } from '../../src/lib/map/texts.ts';
import { loadVocabularyTranslations, parseVocabularyTranslations, termTexts, TRANSLATED_VOCABULARIES, vocabularyProblems } from '../../src/lib/vocabulary-translations.ts';

const germanKeys = Object.keys(de).sort();

describe('dictionaries', () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has every key, nothing more, nothing empty, the same placeholders`, () => {
      const dict = DICTIONARIES[lang] as Record<string, string>;
      expect(Object.keys(dict).sort()).toEqual(germanKeys);
      for (const key of germanKeys) {
        expect(dict[key]?.trim(), `${lang}.${key}`).toBeTruthy();
        expect(placeholders(dict[key]!), `${lang}.${key}`).toEqual(placeholders((de as Record<string, string>)[key]!));
      }
    });
  }
  it('fills placeholders', () => {
    expect(fill(DICTIONARIES.tr.shJugendamtFor, { town: 'Selm' })).toBe('Selm için Jugendamt');
  });
});

const index: TranslationIndex = {
  langs: ['en', 'tr', 'ar'],
  offers: (lang) => new Set(lang === 'tr' ? ['telefonseelsorge'] : []),
  towns: new Set(['selm', 'kreis-unna']),
  topics: new Set(['gewalt']),
  lifePhases: new Set(['kita-zeit']),
};

describe('language-aware URLs', () => {
  it('keeps German at the root and prefixes the others; slugs stay German', () => {
    expect(localizePath('de', '/orte/selm/')).toBe('/orte/selm/');
    expect(localizePath('ar', '/orte/selm/')).toBe('/ar/orte/selm/');
    expect(localizePath('tr', '/')).toBe('/tr/');
    expect(splitLangPath('/ar/orte/selm/')).toEqual({ lang: 'ar', path: '/orte/selm/' });
    expect(splitLangPath('/uk/')).toEqual({ lang: 'uk', path: '/' });
    expect(splitLangPath('/orte/selm/')).toEqual({ lang: 'de', path: '/orte/selm/' });
    // A German path that merely starts with two letters is not a language.
    expect(splitLangPath('/de/')).toEqual({ lang: 'de', path: '/de/' });
  });
  it('knows which pages exist per language', () => {
    expect(pageExists(index, 'tr', '/orte/selm/')).toBe(true);
    expect(pageExists(index, 'tr', '/orte/selm/wegweiser/')).toBe(false);
    expect(pageExists(index, 'tr', '/angebote/telefonseelsorge/')).toBe(true);
    expect(pageExists(index, 'en', '/angebote/telefonseelsorge/')).toBe(false);
    expect(pageExists(index, 'uk', '/')).toBe(false); // not built in this index
    expect(pageExists(index, 'de', '/ueber/')).toBe(false);
    expect(alternates(index, '/schnelle-hilfe/').map((a) => a.path)).toEqual(['/schnelle-hilfe/', '/en/schnelle-hilfe/', '/tr/schnelle-hilfe/', '/ar/schnelle-hilfe/']);
  });
  it('switches to the same page or falls back to the language home', () => {
    expect(switchTarget(index, 'ar', '/orte/selm/')).toEqual({ path: '/ar/orte/selm/', samePage: true });
    expect(switchTarget(index, 'ar', '/netzwerke/')).toEqual({ path: '/ar/', samePage: false });
    expect(switchTarget(index, 'de', '/ueber/')).toEqual({ path: '/', samePage: false });
  });
  it('builds no translated pages with BFF_TRANSLATIONS=off', () => {
    expect(builtLangs({ BFF_TRANSLATIONS: 'off' })).toEqual([]);
    expect(builtLangs({})).toEqual([...TRANSLATED_LANGS]);
  });
});

describe('Intl formatting', () => {
  it('names weekdays in each language', () => {
    expect(weekdayNames('tr')[0]).toBe('Pazartesi');
    expect(weekdayNames('ar')[4]).toBe('الجمعة');
    expect(weekdayNames('pl')[6]).toBe('niedziela');
  });
  it('writes hours in each language', () => {
    const hours = [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '08:00', closes: '20:00' }];
    expect(hoursLineIn('en', hours)).toBe('Monday to Friday 8:00 to 20:00');
    expect(hoursLineIn('de', hours)).toBe('Montag bis Freitag 8:00 bis 20:00 Uhr');
    expect(hoursLineIn('ar', hours)).toContain('الاثنين');
    expect(hoursLineIn('tr', [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'], opens: '00:00', closes: '24:00' }])).toBe(DICTIONARIES.tr.hoursAroundTheClock);
    expect(formatDaysIn('en', ['Mo', 'Mi'])).toBe('Monday and Wednesday');
  });
});

describe('entry translations', () => {
  const offerIds = new Set(readdirSync('content/offers').map((f) => f.replace(/\.mdx?$/, '')));
  const translations = loadOfferTranslations('content');
  const hotlines = [...offerIds].filter((id) => {
    const file = readdirSync('content/offers').find((f) => f.replace(/\.mdx?$/, '') === id)!;
    const text = readFileSync(join('content/offers', file), 'utf8');
    return /^area: nationwide$/m.test(text) && /kind: phone/.test(text);
  });

  it('finds the nationwide hotlines', () => {
    expect(hotlines.length).toBeGreaterThanOrEqual(9);
  });
  for (const lang of TRANSLATED_LANGS) {
    it(`${lang}: names only existing offers, carries a review state, covers every hotline`, () => {
      const map = translations.get(lang)!;
      expect(map.size).toBeGreaterThan(0);
      for (const [id, t] of map) {
        expect(offerIds.has(id), `${lang}: ${id}`).toBe(true);
        expect(typeof t.reviewed).toBe('boolean');
        if (t.reviewedOn) expect(t.reviewed).toBe(true);
      }
      for (const id of hotlines) expect(map.has(id), `${lang}: Hotline ${id} fehlt`).toBe(true);
    });
  }
  it('refuses a translation without review state, naming the file and field', () => {
    expect(() => parseOfferTranslations('telefonseelsorge:\n  title: X\n  summary: Y\n', 'tr/offers.yaml')).toThrow(/tr\/offers.yaml: .*telefonseelsorge\.reviewed/);
  });
});

describe('bidi runs', () => {
  it('isolates German names inside Arabic text', async () => {
    const { bidiRuns } = await import('../../src/i18n/bidi.ts');
    const runs = bidiRuns('خط المساعدة للحوامل في ضائقة (Hilfetelefon „Schwangere in Not“)');
    expect(runs.filter((r) => r.ltr).map((r) => r.text)).toEqual(['Hilfetelefon „Schwangere in Not“']);
    expect(runs.map((r) => r.text).join('')).toBe('خط المساعدة للحوامل في ضائقة (Hilfetelefon „Schwangere in Not“)');
    // A phone number with a space stays one left-to-right run ("116 117", never "117 116").
    expect(bidiRuns('خدمة الطبيب المناوب 116 117').filter((r) => r.ltr).map((r) => r.text)).toEqual(['116 117']);
  });
});

describe('Leichte Sprache', () => {
  it('has the 15 offer summaries, following the rules a machine can check', async () => {
    const { loadEasySummaries } = await import('../../src/i18n/easy-language.ts');
    const { EASY_ABBREVIATIONS, EASY_MAX_WORDS } = await import('../../src/schemas/easy-language.ts');
    const items = loadEasySummaries('content');
    expect(items.length).toBe(15);
    expect(new Set(items.map((i) => i.id)).size).toBe(15);
    for (const item of items) {
      for (const s of item.sentences) {
        expect(s.split(/\s+/).length, `${item.id}: "${s}"`).toBeLessThanOrEqual(EASY_MAX_WORDS);
        expect(s, `${item.id}: Abkürzung in "${s}"`).not.toMatch(EASY_ABBREVIATIONS);
        // One statement per sentence: no semicolons, at most one comma.
        expect(s, item.id).not.toContain(';');
      }
      // Links point to a real German page.
      const m = /^\/angebote\/([^/]+)\/$/.exec(item.page);
      if (m) expect(readdirSync('content/offers').some((f) => f.startsWith(`${m[1]}.`)), item.page).toBe(true);
      // Phone numbers are the German entry's numbers, never invented.
      for (const p of item.phones) {
        if (m) expect(readFileSync(join('content/offers', readdirSync('content/offers').find((f) => f.startsWith(`${m[1]}.`))!), 'utf8'), `${item.id}: ${p.number}`).toContain(p.number);
      }
    }
  });
});

describe('topic, life-phase and map pages per language', () => {
  const ids = (name: string) => [...readFileSync(`content/vocabularies/${name}.yaml`, 'utf8').matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
  const vocab = { topics: ids('topics'), lifePhases: ids('life-phases') };
  const all = loadVocabularyTranslations('content');

  it('reads the German vocabularies', () => {
    expect(vocab.topics.length).toBeGreaterThanOrEqual(20);
    expect(vocab.lifePhases.length).toBeGreaterThanOrEqual(5);
  });
  for (const lang of TRANSLATED_LANGS) {
    it(`${lang}: translates every topic and life phase, names no unknown term, carries a review state`, () => {
      const data = all.get(lang)!;
      expect(vocabularyProblems(lang, data, vocab)).toEqual([]);
      for (const vocabulary of TRANSLATED_VOCABULARIES) {
        for (const [id, term] of Object.entries(data[vocabulary])) {
          expect(term.label.trim(), `${lang} ${id}`).not.toBe('');
          expect(term.description.trim(), `${lang} ${id}`).not.toBe('');
          expect(term.keywords.length, `${lang} ${id}: keywords`).toBeGreaterThan(0);
          expect(typeof term.reviewed).toBe('boolean');
          if (term.reviewedOn) expect(term.reviewed).toBe(true);
        }
      }
    });
  }
  it('reports a missing and an unknown term, and the build refuses them', () => {
    const data = { topics: { ...all.get('tr')!.topics }, lifePhases: { ...all.get('tr')!.lifePhases } };
    const first = vocab.topics[0]!;
    const missing = data.topics[first]!;
    delete data.topics[first];
    data.lifePhases['gibt-es-nicht'] = missing;
    expect(vocabularyProblems('tr', data, vocab)).toEqual([`tr: topics.${first} fehlt`, 'tr: lifePhases.gibt-es-nicht gibt es im deutschen Vokabular nicht']);
    expect(() => termTexts(new Map([['tr', data]]), vocab)).toThrow(/topics\.\S+ fehlt/);
    expect(termTexts(all, vocab).term('ar', 'topics', first).label).toBe(all.get('ar')!.topics[first]!.label);
  });
  it('refuses a term without review state, naming the file and field', () => {
    expect(() => parseVocabularyTranslations('topics:\n  gewalt:\n    label: X\n    description: Y\nlifePhases: {}\n', 'tr/vocabularies.yaml')).toThrow(/tr\/vocabularies.yaml: .*topics\.gewalt\.reviewed/);
  });
  it('knows the topic, life-phase and map pages per language; phase × town pages and the overview stay German', () => {
    expect(pageExists(index, 'ar', '/themen/')).toBe(true);
    expect(pageExists(index, 'ar', '/themen/gewalt/')).toBe(true);
    expect(pageExists(index, 'ar', '/themen/gibt-es-nicht/')).toBe(false);
    expect(pageExists(index, 'tr', '/lebensphasen/')).toBe(true);
    expect(pageExists(index, 'tr', '/lebensphasen/kita-zeit/')).toBe(true);
    expect(pageExists(index, 'tr', '/lebensphasen/kita-zeit/selm/')).toBe(false);
    expect(pageExists(index, 'tr', '/lebensphasen/uebersicht/')).toBe(false);
    expect(pageExists(index, 'en', '/karte/')).toBe(true);
    expect(pageExists(index, 'uk', '/karte/')).toBe(false); // not built in this index
    expect(switchTarget(index, 'ar', '/lebensphasen/kita-zeit/selm/')).toEqual({ path: '/ar/', samePage: false });
    expect(alternates(index, '/themen/gewalt/').map((a) => a.lang)).toEqual(['de', 'en', 'tr', 'ar']);
  });
  it('gives the map scripts every text in the language, and they format counts and clusters with it', () => {
    for (const lang of LANGUAGES) {
      const s = mapStrings(lang);
      for (const field of MAP_STRING_FIELDS) expect(s[field], `${lang} ${field}`).not.toBe('');
      expect(parseMapStrings(JSON.stringify(s))).toEqual(s);
    }
    expect(parseMapStrings('{"locale":"de-DE"}')).toBeUndefined();
    expect(parseMapStrings('kein JSON')).toBeUndefined();
    const de = mapStrings('de');
    expect(mapCount(de, 1200)).toBe('1.200 Anlaufstellen');
    expect(clusterName(de, 5, ['Werne', 'Selm'])).toBe('5 Anlaufstellen in Selm und Werne');
    expect(clusterName(mapStrings('ru'), 3, ['Selm', 'Werne', 'Unna'])).toBe('3 места в нескольких городах (3)');
    // Plural forms from Intl.PluralRules: Russian, Polish and Arabic count differently from German.
    expect([1, 3, 5, 21].map((n) => mapCount(mapStrings('ru'), n))).toEqual(['1 место', '3 места', '5 мест', '21 место']);
    expect([1, 2, 5, 22].map((n) => mapCount(mapStrings('pl'), n))).toEqual(['1 miejsce', '2 miejsca', '5 miejsc', '22 miejsca']);
    expect([3, 11, 100].map((n) => mapCount(mapStrings('ar'), n))).toEqual(['3 أماكن', '11 مكانًا', '100 مكان']);
    expect(mapCount(mapStrings('de', { one: 'Ort', many: 'Orte' }), 1)).toBe('1 Ort');
    expect(mapText(DICTIONARIES.tr.mapShows, { shown: 2, total: mapCount(mapStrings('tr'), 9) })).toBe('Harita 9 yer içinden 2 tanesini gösteriyor.');
  });
  it('splits a template with links into text and slots', () => {
    expect(templateParts('Mehr in {privacy} und {other} für {town}.', { town: 'Selm' }, ['privacy', 'other'])).toEqual([
      { kind: 'text', text: 'Mehr in ' },
      { kind: 'slot', name: 'privacy' },
      { kind: 'text', text: ' und ' },
      { kind: 'slot', name: 'other' },
      { kind: 'text', text: ' für Selm.' },
    ]);
  });
});
