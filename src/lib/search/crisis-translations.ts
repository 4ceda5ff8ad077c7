/**
 * The crisis situations in another language: loads
 * `content/translations/<lang>/crisis.yaml` (validated by
 * `crisisTranslationsFileSchema`) and puts together what a translated search
 * page needs: per situation the heading and description in the language (or
 * the German text, marked German, when a language has no file) and the terms
 * the matcher runs on – the language's phrases and the German ones, both with
 * the German situation's lines (facts are never translated).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { crisisTranslationsFileSchema, type CrisisTranslation } from '../../schemas/crisis-translation.ts';
import { TRANSLATED_LANGS, type Lang, type TranslatedLang } from '../../i18n/languages.ts';
import type { CrisisTermInfo } from './crisis.ts';

export type { CrisisTranslation };
export type CrisisTranslations = Map<string, CrisisTranslation>;

/** A German crisis situation, as content/vocabularies/crisis.yaml has it (sorted by order). */
export interface GermanCrisisSituation {
  id: string;
  heading: string;
  description: string;
  phrases: readonly string[];
  lines: readonly string[];
}

/** Parse and validate one language's crisis file; throws a German message naming the file and field. */
export function parseCrisisTranslations(source: string, file: string, ids: readonly string[]): CrisisTranslations {
  const result = crisisTranslationsFileSchema(ids).safeParse(parse(source) ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: Übersetzung der Krisenwörter ungültig – ${issues}`);
  }
  return new Map(Object.entries(result.data));
}

/** Every language's crisis translations from `contentRoot`; a language without a file is left out. */
export function loadCrisisTranslations(ids: readonly string[], contentRoot = process.env.CONTENT_ROOT ?? './content'): Map<TranslatedLang, CrisisTranslations> {
  const out = new Map<TranslatedLang, CrisisTranslations>();
  for (const lang of TRANSLATED_LANGS) {
    const file = join(contentRoot, 'translations', lang, 'crisis.yaml');
    if (existsSync(file)) out.set(lang, parseCrisisTranslations(readFileSync(file, 'utf8'), file, ids));
  }
  return out;
}

/** What the panel shows for one situation. */
export interface CrisisSituationText {
  id: string;
  heading: string;
  description: string;
  /** Language of heading and description ("de" when the language has no translation). */
  lang: Lang;
  reviewed: boolean;
}

export interface CrisisPanelData {
  situations: CrisisSituationText[];
  /** For the matcher: per situation the language's phrases, then the German ones (most urgent situation first). */
  terms: CrisisTermInfo[];
  /** Every line of every situation, each once (the panel renders them all, hidden). */
  lines: string[];
}

/** The panel data for `lang` from the German situations (in order) and the language's translations, if any. */
export function crisisPanelData(lang: Lang, german: readonly GermanCrisisSituation[], translations: CrisisTranslations | undefined): CrisisPanelData {
  const situations: CrisisSituationText[] = [];
  const terms: CrisisTermInfo[] = [];
  for (const g of german) {
    const t = lang === 'de' ? undefined : translations?.get(g.id);
    situations.push(t ? { id: g.id, heading: t.heading, description: t.description, lang, reviewed: t.reviewed } : { id: g.id, heading: g.heading, description: g.description, lang: 'de', reviewed: true });
    if (t) terms.push({ id: g.id, phrases: t.phrases, lines: g.lines, lang });
    terms.push({ id: g.id, phrases: g.phrases, lines: g.lines, lang: 'de' });
  }
  return { situations, terms, lines: [...new Set(german.flatMap((g) => g.lines))] };
}

let cached: { ids: string; data: Map<TranslatedLang, CrisisTranslations> } | undefined;

/** The build's crisis translations for the situations `ids` (memoised per build). */
export function crisisTranslationsFor(ids: readonly string[]): Map<TranslatedLang, CrisisTranslations> {
  const key = ids.join(',');
  if (cached?.ids !== key) cached = { ids: key, data: loadCrisisTranslations(ids) };
  return cached.data;
}

/**
 * The matcher's terms for the German search page: per situation the German
 * phrases, then those of every language with a translation, so that "babam
 * beni dövüyor" typed on /suche/ still opens the panel (most urgent first).
 */
export function allLanguageTerms(german: readonly GermanCrisisSituation[], translations: ReadonlyMap<TranslatedLang, CrisisTranslations>): CrisisTermInfo[] {
  return german.flatMap((g) => [
    { id: g.id, phrases: g.phrases, lines: g.lines, lang: 'de' as Lang },
    ...[...translations].flatMap(([lang, t]) => {
      const x = t.get(g.id);
      return x ? [{ id: g.id, phrases: x.phrases, lines: g.lines, lang }] : [];
    }),
  ]);
}
