/**
 * Translations of the topic and life-phase terms, kept in
 * `content/translations/<lang>/vocabularies.yaml` (validated by
 * `vocabularyTranslationsFileSchema`). Every language must translate every
 * term of the German vocabularies and nothing else: `vocabularyProblems`
 * lists what is missing or unknown, and the build refuses such a file.
 * No `astro:content` here, so tests and scripts can use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { vocabularyTranslationsFileSchema, type TermTranslation, type VocabularyTranslations } from '../schemas/translation.ts';
import { TRANSLATED_LANGS, type TranslatedLang } from '../i18n/languages.ts';

export type { TermTranslation, VocabularyTranslations };
/** The vocabularies with translated terms. */
export type TranslatedVocabulary = keyof VocabularyTranslations;
export const TRANSLATED_VOCABULARIES = ['topics', 'lifePhases'] as const satisfies readonly TranslatedVocabulary[];

/** Parse and validate one language's vocabulary file; throws a German message naming the file and field. */
export function parseVocabularyTranslations(source: string, file: string): VocabularyTranslations {
  const result = vocabularyTranslationsFileSchema.safeParse(parse(source) ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: Übersetzung ungültig – ${issues}`);
  }
  return result.data;
}

export const vocabularyFile = (contentRoot: string, lang: TranslatedLang): string => join(contentRoot, 'translations', lang, 'vocabularies.yaml');

/** Every language's vocabulary translations (a missing file counts as empty: `vocabularyProblems` reports it). */
export function loadVocabularyTranslations(contentRoot = process.env.CONTENT_ROOT ?? './content'): Map<TranslatedLang, VocabularyTranslations> {
  const out = new Map<TranslatedLang, VocabularyTranslations>();
  for (const lang of TRANSLATED_LANGS) {
    const file = vocabularyFile(contentRoot, lang);
    out.set(lang, existsSync(file) ? parseVocabularyTranslations(readFileSync(file, 'utf8'), file) : { topics: {}, lifePhases: {} });
  }
  return out;
}

/** Term ids of the German vocabularies. */
export type VocabularyIds = Record<TranslatedVocabulary, Iterable<string>>;

/** Missing and unknown terms of one language's file, as German messages (empty: complete). */
export function vocabularyProblems(lang: TranslatedLang, data: VocabularyTranslations, ids: VocabularyIds): string[] {
  const out: string[] = [];
  for (const vocab of TRANSLATED_VOCABULARIES) {
    const known = new Set(ids[vocab]);
    const have = Object.keys(data[vocab]);
    for (const id of known) if (!have.includes(id)) out.push(`${lang}: ${vocab}.${id} fehlt`);
    for (const id of have) if (!known.has(id)) out.push(`${lang}: ${vocab}.${id} gibt es im deutschen Vokabular nicht`);
  }
  return out;
}

/** A term in a language: the translation, or throws (the build must not show a German label unmarked). */
export interface TermTexts {
  term(lang: TranslatedLang, vocab: TranslatedVocabulary, id: string): TermTranslation;
}

/** Checked translations for the build: throws when a language misses a term or names an unknown one. */
export function termTexts(all: Map<TranslatedLang, VocabularyTranslations>, ids: VocabularyIds): TermTexts {
  const fixed: VocabularyIds = { topics: [...ids.topics], lifePhases: [...ids.lifePhases] };
  const problems = [...all].flatMap(([lang, data]) => vocabularyProblems(lang, data, fixed));
  if (problems.length > 0) throw new Error(`Übersetzungen der Themen und Lebensphasen unvollständig (content/translations/<lang>/vocabularies.yaml): ${problems.join('; ')}`);
  return {
    term(lang, vocab, id) {
      const t = all.get(lang)?.[vocab][id];
      if (!t) throw new Error(`${lang}: ${vocab}.${id} hat keine Übersetzung`);
      return t;
    },
  };
}
