/**
 * Loads the entry translations from `content/translations/<lang>/offers.yaml`
 * (validated by `offerTranslationsFileSchema`) and answers which pages exist
 * in which language. No `astro:content` here, so tests and scripts can use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { offerTranslationsFileSchema, type OfferTranslation } from '../schemas/translation.ts';
import { TRANSLATED_LANGS, builtLangs, type Lang } from './languages.ts';
import type { TranslationIndex } from './urls.ts';

export type { OfferTranslation };
export type OfferTranslations = Map<string, OfferTranslation>;

/** Parse and validate one language's offers file; throws a German message naming the file and field. */
export function parseOfferTranslations(source: string, file: string): OfferTranslations {
  const result = offerTranslationsFileSchema.safeParse(parse(source) ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: Übersetzung ungültig – ${issues}`);
  }
  return new Map(Object.entries(result.data));
}

/** Every language's offer translations from `contentRoot` (missing files: no translations). */
export function loadOfferTranslations(contentRoot = process.env.CONTENT_ROOT ?? './content'): Map<Lang, OfferTranslations> {
  const out = new Map<Lang, OfferTranslations>();
  for (const lang of TRANSLATED_LANGS) {
    const file = join(contentRoot, 'translations', lang, 'offers.yaml');
    out.set(lang, existsSync(file) ? parseOfferTranslations(readFileSync(file, 'utf8'), file) : new Map());
  }
  return out;
}

let cached: { translations: Map<Lang, OfferTranslations>; index: TranslationIndex } | undefined;

/**
 * The build's translations and page index (memoised per build). Only offers
 * that exist in the German directory count; `townIds` are the towns built,
 * `terms` the topics and life phases (each has a page in every built language).
 */
export function translationData(
  offerIds: Iterable<string>,
  townIds: Iterable<string>,
  terms: { topics?: Iterable<string>; lifePhases?: Iterable<string> } = {},
): { translations: Map<Lang, OfferTranslations>; index: TranslationIndex } {
  if (cached) return cached;
  const known = new Set(offerIds);
  const all = loadOfferTranslations();
  const translations = new Map<Lang, OfferTranslations>();
  for (const [lang, map] of all) translations.set(lang, new Map([...map].filter(([id]) => known.has(id))));
  const langs = builtLangs();
  const offerSets = new Map<Lang, Set<string>>([...translations].map(([l, m]) => [l, new Set(m.keys())]));
  const index: TranslationIndex = {
    langs,
    offers: (lang) => offerSets.get(lang) ?? new Set(),
    towns: new Set(townIds),
    topics: new Set(terms.topics ?? []),
    lifePhases: new Set(terms.lifePhases ?? []),
  };
  cached = { translations, index };
  return cached;
}
