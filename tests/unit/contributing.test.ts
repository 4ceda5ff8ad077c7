/**
 * CONTRIBUTING.md documents every field of every collection (it is checked
 * against the schemas, so it cannot fall behind them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../src/schemas/index.ts';
import { knownKeysAt } from '../../src/lib/check/messages.ts';

const text = readFileSync(resolve(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  it.each(Object.keys(ENTRY_COLLECTIONS))('documents every field of %s', (collection) => {
    const folder = ENTRY_COLLECTIONS[collection as EntryCollection].folder;
    const start = text.indexOf(`(\`content/${folder}/\`)`);
    expect(start, `Abschnitt für content/${folder}/ fehlt`).toBeGreaterThan(-1);
    const section = text.slice(start, text.indexOf('\n### ', start + 1));
    const common = ['source', 'reviewed', 'formerSlugs'];
    for (const key of knownKeysAt(ENTRY_COLLECTIONS[collection as EntryCollection].schema, [])) {
      if (common.includes(key) && collection !== 'sources') {
        expect(text).toContain(`| \`${key}\` |`);
      } else {
        expect(section, `Feld "${key}" fehlt im Abschnitt ${folder}`).toContain(`| \`${key}\` |`);
      }
    }
  });
});
