/**
 * npm run new -- <Sammlung> <kurzname>
 * Creates content/<collection>/<slug>.md from templates/<collection>.md, in
 * which every field is present and explained by a German comment.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../src/schemas/index.ts';
import { slug as slugSchema } from '../src/schemas/primitives.ts';

export function scaffold(root: string, collection: string, slug: string, today = new Date()): string {
  if (!(collection in ENTRY_COLLECTIONS)) {
    throw new Error(`Unbekannte Sammlung "${collection}". Möglich sind: ${Object.keys(ENTRY_COLLECTIONS).join(', ')}.`);
  }
  if (!slugSchema.safeParse(slug).success) {
    throw new Error(`"${slug}" ist kein gültiger Kurzname: nur Kleinbuchstaben, Ziffern und Bindestriche (ä → ae, ß → ss), z. B. "familienbuero-selm".`);
  }
  const folder = ENTRY_COLLECTIONS[collection as EntryCollection].folder;
  const dir = join(root, 'content', folder);
  for (const ext of ['md', 'mdx']) {
    if (existsSync(join(dir, `${slug}.${ext}`))) throw new Error(`content/${folder}/${slug}.${ext} gibt es schon. Bitte einen anderen Kurznamen wählen oder die Datei bearbeiten.`);
  }
  const template = readFileSync(join(root, 'templates', `${collection}.md`), 'utf8');
  const file = join(dir, `${slug}.md`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, template.replaceAll('{{today}}', today.toISOString().slice(0, 10)));
  return `content/${folder}/${slug}.md`;
}

if (import.meta.main) {
  const [collection, slug] = process.argv.slice(2);
  if (!collection || !slug) {
    console.error('Aufruf: npm run new -- <Sammlung> <kurzname>');
    console.error(`Sammlungen: ${Object.keys(ENTRY_COLLECTIONS).join(', ')}`);
    console.error('Beispiel:  npm run new -- offers elterncafe-selm');
    process.exit(2);
  }
  try {
    const created = scaffold(resolve(import.meta.dirname, '..'), collection, slug);
    console.log(`Angelegt: ${created}`);
    console.log('Jetzt die Pflichtfelder ausfüllen und mit "npm run check" prüfen.');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
