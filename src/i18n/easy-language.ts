/** Loads the Leichte-Sprache summaries (content/leichte-sprache/angebote.yaml), validated by their schema. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { easySummariesFileSchema, type EasySummary } from '../schemas/easy-language.ts';

export type { EasySummary };

export function loadEasySummaries(contentRoot = process.env.CONTENT_ROOT ?? './content'): EasySummary[] {
  const file = join(contentRoot, 'leichte-sprache', 'angebote.yaml');
  if (!existsSync(file)) return [];
  const result = easySummariesFileSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (!result.success) throw new Error(`${file}: ungültig – ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}
