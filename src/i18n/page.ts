/**
 * The preamble every page under `src/pages/[lang]/` shares (its language, its
 * dictionary, its own path) and the short translated pages. Pure: no content
 * loading, so it is testable without mocks.
 */
import type { DictionaryKey } from './de.ts';
import { ui, type Dictionary } from './index.ts';
import { builtLangs, type TranslatedLang } from './languages.ts';
import { localizePath } from './urls.ts';
import { PAGES } from '../lib/urls.ts';

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

/** The short translated pages (about, accessibility, privacy): German path (its last segment is the key), dictionary keys and the binding German page. */
export const INFO_PAGES = {
  ueber: { path: PAGES.about, title: 'aboutTitle', description: 'aboutDescription', paragraphs: ['aboutP1', 'aboutP2', 'aboutP3', 'aboutP4'], german: undefined, full: undefined },
  barrierefreiheit: { path: PAGES.accessibility, title: 'a11yTitle', description: 'a11yDescription', paragraphs: ['a11yP1', 'a11yP2', 'a11yP3', 'a11yP4'], german: PAGES.accessibility, full: 'a11yFull' },
  datenschutz: { path: PAGES.privacy, title: 'privacyTitle', description: 'privacyDescription', paragraphs: ['privacyP1', 'privacyP2', 'privacyP3'], german: PAGES.privacy, full: 'privacyFull' },
} as const satisfies Record<string, { path: string; title: DictionaryKey; description: DictionaryKey; paragraphs: readonly DictionaryKey[]; german: string | undefined; full: DictionaryKey | undefined }>;
export type InfoPageId = keyof typeof INFO_PAGES;
