/**
 * Route data for the translated pages (`src/pages/[lang]/…`): which pages exist
 * in which language, and an offer's text in a language with its German
 * fallback. Pages stay getStaticPaths plus markup.
 */
import type { DictionaryKey } from '../i18n/de.ts';
import { ui, type Dictionary } from '../i18n/index.ts';
import { LANGUAGES, SOURCE_LANG, builtLangs, type Lang, type TranslatedLang } from '../i18n/languages.ts';
import { translationData, type OfferTranslation } from '../i18n/translations.ts';
import { localizePath, type TranslationIndex } from '../i18n/urls.ts';
import { loadDirectory, type Directory, type OfferEntry } from './entries.ts';
import { PAGES, entryUrl } from './urls.ts';

export interface I18nContext {
  index: TranslationIndex;
  /** The translation of an offer in a language, if there is one. */
  offer: (lang: Lang, id: string) => OfferTranslation | undefined;
}

export function i18nContextOf(dir: Directory): I18nContext {
  const { translations, index } = translationData(dir.offers.keys(), dir.towns.keys());
  return { index, offer: (lang, id) => (lang === SOURCE_LANG ? undefined : translations.get(lang)?.get(id)) };
}

/** The build's translation context (memoised with the directory). */
export async function i18nContext(): Promise<I18nContext> {
  return i18nContextOf(await loadDirectory());
}

/** `getStaticPaths` helper: one path per built language (none with BFF_TRANSLATIONS=off). */
export function langPaths<P extends Record<string, unknown>>(props: (lang: TranslatedLang) => P = () => ({}) as P) {
  return builtLangs().map((lang) => ({ params: { lang }, props: { lang, ...props(lang) } }));
}

/** Props of a page under `src/pages/[lang]/` (from `langPaths`). */
export interface LangPageProps {
  lang: TranslatedLang;
}

/** The preamble of a translated page: its language, its dictionary and its own path (from the German path). */
export function langPage(props: LangPageProps, germanPath: string = PAGES.home): { lang: TranslatedLang; t: Dictionary; path: string } {
  return { lang: props.lang, t: ui(props.lang), path: localizePath(props.lang, germanPath) };
}

/** What a translated page shows for an offer: its text in the language, or the German text marked as German. */
export interface OfferText {
  title: string;
  summary: string;
  /** Language of title and summary ("de" when untranslated). */
  lang: Lang;
  /** Link: the translated offer page, or the German page. */
  href: string;
  translated: boolean;
  reviewed: boolean;
}

export function offerText(ctx: I18nContext, lang: Lang, offer: OfferEntry): OfferText {
  const t = ctx.offer(lang, offer.id);
  if (t) return { title: t.title, summary: t.summary, lang, href: localizePath(lang, entryUrl('offers', offer.id)), translated: true, reviewed: t.reviewed };
  return { title: offer.data.title, summary: offer.data.summary, lang: SOURCE_LANG, href: entryUrl('offers', offer.id), translated: false, reviewed: true };
}

export { LANGUAGES };

/** Dictionary key of each hotline group's heading (ids from components/chain/hotlines.ts). */
export const HOTLINE_GROUP_KEYS = {
  schwanger: 'groupSchwanger',
  gewalt: 'groupGewalt',
  kinder: 'groupKinder',
  krank: 'groupKrank',
  eltern: 'groupEltern',
  krise: 'groupKrise',
} as const satisfies Record<string, DictionaryKey>;

export function hotlineGroupKey(id: string): DictionaryKey {
  const key = (HOTLINE_GROUP_KEYS as Record<string, DictionaryKey>)[id];
  if (!key) throw new Error(`Für die Hotline-Gruppe „${id}“ fehlt eine Übersetzung in HOTLINE_GROUP_KEYS (src/lib/translated.ts).`);
  return key;
}

/** The short translated pages (about, accessibility, privacy): German path (its last segment is the key), dictionary keys and the binding German page. */
export const INFO_PAGES = {
  ueber: { path: PAGES.about, title: 'aboutTitle', description: 'aboutDescription', paragraphs: ['aboutP1', 'aboutP2', 'aboutP3', 'aboutP4'], german: undefined, full: undefined },
  barrierefreiheit: { path: PAGES.accessibility, title: 'a11yTitle', description: 'a11yDescription', paragraphs: ['a11yP1', 'a11yP2', 'a11yP3', 'a11yP4'], german: PAGES.accessibility, full: 'a11yFull' },
  datenschutz: { path: PAGES.privacy, title: 'privacyTitle', description: 'privacyDescription', paragraphs: ['privacyP1', 'privacyP2', 'privacyP3'], german: PAGES.privacy, full: 'privacyFull' },
} as const satisfies Record<string, { path: string; title: DictionaryKey; description: DictionaryKey; paragraphs: readonly DictionaryKey[]; german: string | undefined; full: DictionaryKey | undefined }>;
export type InfoPageId = keyof typeof INFO_PAGES;
