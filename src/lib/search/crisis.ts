/**
 * Crisis words: what people in distress type ("mein vater schlägt mich",
 * "babam beni dövüyor", "أبي يضربني") is matched against the phrases of
 * content/vocabularies/crisis.yaml and, on the translated search pages, of
 * content/translations/<lang>/crisis.yaml. Matching forgives what people in a
 * hurry do, per language:
 * - de: upper/lower case, umlauts typed as "ae" or without dots, "ß" as "ss",
 *   word forms (schlägt/schlagen) reduced to rough stems; a single-word phrase
 *   of six letters or more also matches inside a compound ("Suizidgedanken").
 * - tr: Turkish case folding (I → ı, İ → i), then ı/i, ş/s, ğ/g, ç/c, ö/o, ü/u
 *   folded (phones without a Turkish keyboard); a phrase word of four letters
 *   or more also matches the start of a longer word (suffixes: intihar → intiharı).
 * - ar: diacritics (harakat) and tatweel dropped, alef forms (أ إ آ ٱ) → ا,
 *   ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic-Indic digits → 0-9; a phrase word of
 *   three letters or more also matches inside a word (prefixes and suffixes:
 *   يضرب in بيضربني, انتحار in الانتحار).
 * - uk, ru, pl: case, ё/е, й/и, apostrophes inside words (б'є), Polish letters
 *   typed without diacritics (ł → l); endings trimmed, and a phrase word of
 *   four letters or more matches the start of a longer word.
 * - en: case, simple endings (hits/hitting → hit).
 *
 * Pure and tiny, so the search pages can run it in the browser without a library.
 */
import type { Lang } from '../../i18n/languages.ts';

export interface CrisisTermInfo {
  id: string;
  phrases: readonly string[];
  lines: readonly string[];
  /** Language of the phrases (how they are folded and stemmed); German when absent. */
  lang?: Lang;
}

/** Lower case, umlauts and "ß" folded (ä, ae → a), everything but letters and digits as spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/ä|ae/g, 'a')
    .replace(/ö|oe/g, 'o')
    .replace(/ü|ue/g, 'u')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Marks dropped, everything but letters and digits as spaces. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Apostrophes inside a word (Ukrainian б'є, English don't) are dropped, not word breaks. */
const joinApostrophes = (text: string) => text.replace(/(\p{L})['’ʼ`´](?=\p{L})/gu, '$1');

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic folded: no harakat or tatweel, one alef, ى → ي, ة → ه, hamza carriers → their letter. */
export function foldArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - (d >= '\u06f0' ? 0x06f0 : 0x0660)) % 10))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Turkish folded: Turkish lower case (I → ı, İ → i), then the Turkish letters as their Latin base letter. */
export function foldTurkish(text: string): string {
  return plain(joinApostrophes(text.normalize('NFC').toLocaleLowerCase('tr').replace(/ı/g, 'i')));
}

/** `text` folded for matching in `lang` (lower case, the language's variants of one letter made one). */
export function foldTextIn(text: string, lang: Lang = 'de'): string {
  switch (lang) {
    case 'de':
      return foldText(text);
    case 'tr':
      return foldTurkish(text);
    case 'ar':
      return foldArabic(text);
    case 'pl':
      return plain(joinApostrophes(text.toLocaleLowerCase('pl').replace(/ł/g, 'l')));
    case 'uk':
      // Most people type ґ as г (згвалтування).
      return plain(joinApostrophes(text.toLocaleLowerCase('uk').replace(/ґ/g, 'г')));
    default:
      return plain(joinApostrophes(text.toLocaleLowerCase(lang)));
  }
}

/** Endings trimmed from words of five letters or more, longest first. */
const ENDINGS = ['ern', 'em', 'en', 'er', 'es', 'st', 'e', 'n', 's', 't'];
/** Endings per language (already folded: no diacritics, й → и, ё → е). */
const LANG_ENDINGS: Partial<Record<Lang, readonly string[]>> = {
  de: ENDINGS,
  en: ['ing', 'ed', 'es', 's'],
  // Cyrillic and Polish: case and verb endings, longest first; prefix matching covers the rest.
  ru: ['ого', 'ему', 'ами', 'ями', 'ать', 'ять', 'ить', 'еть', 'ает', 'ишь', 'ешь', 'ют', 'ут', 'ет', 'ит', 'ои', 'ыи', 'ии', 'ая', 'яя', 'ое', 'ее', 'ую', 'ом', 'ем', 'ах', 'ях', 'ов', 'ев', 'еи', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь'],
  uk: ['ого', 'ому', 'ами', 'ями', 'ати', 'ити', 'ють', 'ать', 'ять', 'ить', 'ує', 'ає', 'ии', 'ая', 'ое', 'ом', 'ем', 'ах', 'ях', 'ів', 'ою', 'ею', 'а', 'я', 'о', 'е', 'є', 'и', 'і', 'у', 'ю', 'ь'],
  pl: ['ami', 'ach', 'ego', 'emu', 'owi', 'ych', 'ich', 'esz', 'ysz', 'isz', 'sz', 'ie', 'ia', 'om', 'em', 'ow', 'a', 'e', 'i', 'y', 'o', 'u'],
};

/** A rough word stem: "schlägt", "schlagen", "schlage" → "schlag". Enough to compare word forms, not a linguistic stemmer. */
/** Shortest word whose ending is trimmed (Slavic words are short: папы/папу, мама/маме). */
const STEM_MIN: Partial<Record<Lang, number>> = { uk: 4, ru: 4, pl: 4 };

export function stemWord(word: string, lang: Lang = 'de'): string {
  const endings = LANG_ENDINGS[lang];
  if (!endings || word.length < (STEM_MIN[lang] ?? 5)) return word;
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

/** The folded, stemmed words of a text in `lang`. */
export function crisisTokens(text: string, lang: Lang = 'de'): string[] {
  const folded = foldTextIn(text, lang);
  return folded ? folded.split(' ').map((w) => stemWord(w, lang)) : [];
}

/**
 * How a phrase word (stemmed) may match a longer query word, per language:
 * "prefix" (suffixes: Turkish, Slavic languages, English), "infix" (Arabic
 * prefixes and suffixes), German only for single-word phrases (compounds).
 */
const AFFIX: Record<Lang, { kind: 'prefix' | 'infix'; min: number; singleOnly: boolean }> = {
  de: { kind: 'infix', min: 6, singleOnly: true },
  en: { kind: 'prefix', min: 5, singleOnly: false },
  tr: { kind: 'prefix', min: 4, singleOnly: false },
  ar: { kind: 'infix', min: 3, singleOnly: false },
  uk: { kind: 'prefix', min: 4, singleOnly: false },
  ru: { kind: 'prefix', min: 4, singleOnly: false },
  pl: { kind: 'prefix', min: 4, singleOnly: false },
};

/** True when every word of `phrase` occurs in the query's words (any order); both in `lang`. */
export function phraseMatches(queryTokens: readonly string[], phrase: string, lang: Lang = 'de'): boolean {
  const words = crisisTokens(phrase, lang);
  if (words.length === 0) return false;
  const affix = AFFIX[lang];
  const longer = (q: string, w: string) =>
    w.length >= affix.min && (!affix.singleOnly || words.length === 1) && (affix.kind === 'prefix' ? q.startsWith(w) : q.includes(w));
  return words.every((w) => queryTokens.some((q) => q === w || longer(q, w)));
}

/**
 * The crisis terms the query calls for, in the order of the list (most urgent
 * first). Terms may come in several languages (a term's `lang`); a situation
 * found in more than one language is returned once.
 */
export function matchCrisis<T extends CrisisTermInfo>(query: string, terms: readonly T[]): T[] {
  const tokens = new Map<Lang, string[]>();
  const tokensIn = (lang: Lang) => {
    let t = tokens.get(lang);
    if (!t) tokens.set(lang, (t = crisisTokens(query, lang)));
    return t;
  };
  const seen = new Set<string>();
  return terms.filter((t) => {
    if (seen.has(t.id)) return false;
    const lang = t.lang ?? 'de';
    const q = tokensIn(lang);
    const hit = q.length > 0 && t.phrases.some((p) => phraseMatches(q, p, lang));
    if (hit) seen.add(t.id);
    return hit;
  });
}

/** The hotline offers of the matched terms, each once, in the order they first appear. */
export function crisisLines(matched: readonly CrisisTermInfo[]): string[] {
  return [...new Set(matched.flatMap((t) => t.lines))];
}
