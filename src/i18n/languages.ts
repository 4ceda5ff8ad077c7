/**
 * The languages of the site. German is the source language and lives at the
 * root; every other language has a path prefix (`/en/`, `/tr/`, …).
 * Leichte Sprache is German and lives under PAGES.easyLanguage (not a language prefix).
 */
export const LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const SOURCE_LANG: Lang = 'de';
/** Languages with a path prefix (all but German). */
export const TRANSLATED_LANGS = LANGUAGES.filter((l): l is Exclude<Lang, 'de'> => l !== SOURCE_LANG);
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

export interface LanguageInfo {
  /** BCP 47 locale for Intl (dates, numbers, collation) and hreflang. */
  locale: string;
  /** Open Graph locale. */
  ogLocale: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language switcher. */
  nativeName: string;
  /**
   * true once a translator has checked this language's UI dictionary and page
   * texts (src/i18n/<lang>.ts); until then every page says it is unchecked.
   */
  uiReviewed: boolean;
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  de: { locale: 'de-DE', ogLocale: 'de_DE', dir: 'ltr', nativeName: 'Deutsch', uiReviewed: true },
  en: { locale: 'en-GB', ogLocale: 'en_GB', dir: 'ltr', nativeName: 'English', uiReviewed: false },
  tr: { locale: 'tr-TR', ogLocale: 'tr_TR', dir: 'ltr', nativeName: 'Türkçe', uiReviewed: false },
  ar: { locale: 'ar', ogLocale: 'ar_AR', dir: 'rtl', nativeName: 'العربية', uiReviewed: false },
  uk: { locale: 'uk-UA', ogLocale: 'uk_UA', dir: 'ltr', nativeName: 'Українська', uiReviewed: false },
  ru: { locale: 'ru-RU', ogLocale: 'ru_RU', dir: 'ltr', nativeName: 'Русский', uiReviewed: false },
  pl: { locale: 'pl-PL', ogLocale: 'pl_PL', dir: 'ltr', nativeName: 'Polski', uiReviewed: false },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Translated pages are built unless the environment turns them off
 * (`BFF_TRANSLATIONS=off`), which `npm run bench` uses to compare build times.
 */
export function translationsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.BFF_TRANSLATIONS !== 'off';
}

/** Languages whose pages are built in this run. */
export function builtLangs(env: Record<string, string | undefined> = process.env): TranslatedLang[] {
  return translationsEnabled(env) ? [...TRANSLATED_LANGS] : [];
}
