/**
 * The export's input read straight from a content folder (outside Astro), with
 * the project's own parser and zod schemas: for tests and command-line tools.
 * Entries that do not validate are skipped (the content checker reports them).
 * Order matches the site: entries by title (German collation), terms as in their file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_COLLECTIONS, VOCABULARIES, VOCABULARY_SCHEMAS, type EntryCollection, type VocabularyName } from '../../schemas/index.ts';
import { parseEntry } from '../check/frontmatter.ts';
import { collator } from '../format.ts';
import type { ExportDirectory, Item } from './types.ts';

function entries<T>(root: string, collection: EntryCollection): Map<string, Item<T>> {
  const dir = join(root, ENTRY_COLLECTIONS[collection].folder);
  const items: Item<T>[] = [];
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      const m = /^([^_].*)\.mdx?$/.exec(file);
      if (!m) continue;
      const result = ENTRY_COLLECTIONS[collection].schema.safeParse(parseEntry(readFileSync(join(dir, file), 'utf8')).data);
      if (result.success) items.push({ id: m[1]!, data: result.data as T });
    }
  }
  const title = (i: Item<T>) => (i.data as { title?: string; name?: string }).title ?? (i.data as { name?: string }).name ?? i.id;
  items.sort((a, b) => collator.compare(title(a), title(b)));
  return new Map(items.map((i) => [i.id, i]));
}

function vocabulary<T>(root: string, name: VocabularyName): Map<string, Item<T>> {
  const file = join(root, 'vocabularies', VOCABULARIES[name]);
  const out = new Map<string, Item<T>>();
  if (!existsSync(file)) return out;
  const list = parseEntry(`---\n${readFileSync(file, 'utf8')}\n---\n`).data;
  if (!Array.isArray(list)) return out;
  for (const raw of list) {
    const result = VOCABULARY_SCHEMAS[name].safeParse(raw);
    if (result.success) out.set(result.data.id, { id: result.data.id, data: result.data as T });
  }
  if (name === 'lifePhases') {
    return new Map([...out].sort((a, b) => (a[1].data as { order: number }).order - (b[1].data as { order: number }).order));
  }
  return out;
}

/** Read everything the exports need from `root` (a folder like `content/`). */
export function loadExportDirectory(root: string): ExportDirectory {
  return {
    sources: entries(root, 'sources'),
    towns: entries(root, 'towns'),
    organisations: entries(root, 'organisations'),
    contacts: entries(root, 'contacts'),
    offers: entries(root, 'offers'),
    topics: vocabulary(root, 'topics'),
    audiences: vocabulary(root, 'audiences'),
    lifePhases: vocabulary(root, 'lifePhases'),
    contactKinds: vocabulary(root, 'contactKinds'),
    organisationKinds: vocabulary(root, 'organisationKinds'),
    accessModes: vocabulary(root, 'accessModes'),
  };
}
