/**
 * Route data for the translated pages (`src/pages/[lang]/…`): which pages exist
 * in which language, and an offer's text in a language with its German
 * fallback. Pages stay getStaticPaths plus markup.
 */
import type { DictionaryKey } from '../i18n/de.ts';
import { LANGUAGES, SOURCE_LANG, type Lang } from '../i18n/languages.ts';
import { translationData, type OfferTranslation } from '../i18n/translations.ts';
import { localizePath, type TranslationIndex } from '../i18n/urls.ts';
import { loadDirectory, type Directory, type OfferEntry } from './entries.ts';
import { offerReach } from './routes/offer.ts';
import type { ContactEntry } from './directory/types.ts';
import { entryUrl } from './urls.ts';

export interface I18nContext {
  index: TranslationIndex;
  /** The translation of an offer in a language, if there is one. */
  offer: (lang: Lang, id: string) => OfferTranslation | undefined;
}

export function i18nContextOf(dir: Directory): I18nContext {
  const { translations, index } = translationData(dir.offers.keys(), dir.towns.keys(), { topics: dir.topics.keys(), lifePhases: dir.lifePhases.keys() });
  return { index, offer: (lang, id) => (lang === SOURCE_LANG ? undefined : translations.get(lang)?.get(id)) };
}

/** The build's translation context (memoised with the directory). */
export async function i18nContext(): Promise<I18nContext> {
  return i18nContextOf(await loadDirectory());
}

export { langPaths } from '../i18n/page.ts';

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

/** The way to someone on a translated offer page (what the German page offers, in the language). */
export interface TranslatedReach {
  /** No phone number known for the offer or its contact points: the page says to ask the Jugendamt. */
  askJugendamt: boolean;
  /** Contact points of the offer, then the Jugendamt offices with the towns they serve. */
  places: { contact: ContactEntry; towns: string[] }[];
  /** Nationwide hotlines of the offer's topics (only with `askJugendamt`), titled in the language. */
  hotlines: { text: OfferText; phones: string[] }[];
}

export function translatedReach(dir: Directory, ctx: I18nContext, lang: Lang, entry: OfferEntry): TranslatedReach {
  const { contacts, route } = offerReach(dir, entry);
  return {
    askJugendamt: !!route,
    places: [...contacts.map((contact) => ({ contact, towns: [] as string[] })), ...(route?.offices.map((x) => ({ contact: x.office, towns: x.towns })) ?? [])],
    hotlines: (route?.hotlines ?? []).map((h) => ({
      text: offerText(ctx, lang, h),
      phones: h.data.channels.flatMap((c) => (c.kind === 'phone' && c.phone ? [c.phone] : [])),
    })),
  };
}
