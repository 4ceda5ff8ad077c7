/**
 * Language-aware URLs. German pages keep today's URLs at the root; every other
 * language puts its code in front (/tr/orte/selm/). Entry slugs and path
 * segments stay German in every language, so a page's versions differ only in
 * the prefix. Which pages exist in a language is decided here too (one place
 * for the switcher, hreflang alternates and tests).
 */
import { LANGUAGES, SOURCE_LANG, isLang, type Lang } from './languages.ts';
import { PAGES, entryIdOf } from '../lib/urls.ts';

/** A German path in `lang`: /orte/selm/ → /tr/orte/selm/ (German: unchanged). */
export function localizePath(lang: Lang, path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return lang === SOURCE_LANG ? p : `/${lang}${p}`;
}

/** Split a site path into its language and the German path: /ar/orte/selm/ → { ar, /orte/selm/ }. */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (m && isLang(m[1]) && m[1] !== SOURCE_LANG) return { lang: m[1], path: m[2] ?? '/' };
  return { lang: SOURCE_LANG, path };
}

/** Pages that exist in every built language (German path). The about page exists only in the other languages. */
export const STATIC_TRANSLATED_PATHS = [PAGES.home, PAGES.quickHelp, PAGES.about, PAGES.accessibility, PAGES.privacy, PAGES.search, PAGES.topics, PAGES.lifePhases, PAGES.map] as const;
/** Pages that do not exist in German among the static ones above. */
const NOT_IN_GERMAN = new Set<string>([PAGES.about]);

/** What the build knows about translations: which offers and towns have a page in a language. */
export interface TranslationIndex {
  /** Languages whose pages are built (without German). */
  langs: readonly Lang[];
  /** Offer ids with a translation in a language. */
  offers: (lang: Lang) => ReadonlySet<string>;
  /** Town ids (every town has a page in every built language). */
  towns: ReadonlySet<string>;
  /** Topic ids (every topic has a page in every built language). */
  topics: ReadonlySet<string>;
  /** Life-phase ids (every phase has a page in every built language; its town filter pages stay German). */
  lifePhases: ReadonlySet<string>;
}

/** The id of a one-segment page below a section: ("/themen/", "/themen/gewalt/") → "gewalt"; deeper paths → undefined. */
function childOf(section: string, path: string): string | undefined {
  if (!path.startsWith(section) || !path.endsWith('/')) return undefined;
  const id = path.slice(section.length, -1);
  return id && !id.includes('/') ? id : undefined;
}

/** True when the German path `path` has a page in `lang`. */
export function pageExists(index: TranslationIndex, lang: Lang, path: string): boolean {
  if (lang === SOURCE_LANG) return !NOT_IN_GERMAN.has(path);
  if (!index.langs.includes(lang)) return false;
  if ((STATIC_TRANSLATED_PATHS as readonly string[]).includes(path)) return true;
  const town = entryIdOf('towns', path);
  if (town) return index.towns.has(town);
  const offer = entryIdOf('offers', path);
  if (offer) return index.offers(lang).has(offer);
  const topic = childOf(PAGES.topics, path);
  if (topic) return index.topics.has(topic);
  const phase = childOf(PAGES.lifePhases, path);
  if (phase) return index.lifePhases.has(phase);
  return false;
}

/** Every language version of the German path `path` that exists, German first. */
export function alternates(index: TranslationIndex, path: string): { lang: Lang; path: string }[] {
  return LANGUAGES.filter((l) => pageExists(index, l, path)).map((l) => ({ lang: l, path: localizePath(l, path) }));
}

/** Where the language switcher sends a visitor: the same page in `lang`, or that language's home. */
export function switchTarget(index: TranslationIndex, lang: Lang, path: string): { path: string; samePage: boolean } {
  if (pageExists(index, lang, path)) return { path: localizePath(lang, path), samePage: true };
  return { path: localizePath(lang, PAGES.home), samePage: false };
}
