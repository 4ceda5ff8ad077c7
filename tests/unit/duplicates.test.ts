/**
 * findDuplicates (src/lib/check/duplicates.ts): the same phone, e-mail or
 * address in two entries, and near-identical titles, become warnings on both
 * files; nationwide offers may share a hotline. Candidates are real fixture
 * files, parsed and validated with the project's own schemas, as the checker
 * does; variations are made on the YAML and validated again.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicates, normaliseTitle, similarity, type DuplicateCandidate } from '../../src/lib/check/duplicates.ts';
import { locate, parseEntry } from '../../src/lib/check/frontmatter.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../src/schemas/index.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures/content');

/** A fixture file, its frontmatter changed by `edit` (plain text replacements), parsed and validated like the checker does. */
function candidate(collection: EntryCollection, fixture: string, file: string, edits: [string | RegExp, string][] = []): DuplicateCandidate {
  let text = readFileSync(join(fixtures, ENTRY_COLLECTIONS[collection].folder, fixture), 'utf8');
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${fixture}: ${String(from)} nicht gefunden`);
    text = next;
  }
  const parsed = parseEntry(text);
  const data = ENTRY_COLLECTIONS[collection].schema.parse(parsed.data) as Record<string, unknown>;
  return { collection, file, data, locate: (path) => locate(parsed, path) };
}

const contact = (file: string, edits: [string | RegExp, string][] = []) => candidate('contacts', 'jugendamt-unna.md', file, edits);
const offer = (file: string, edits: [string | RegExp, string][] = []) => candidate('offers', 'elterntelefon.mdx', file, edits);

describe('findDuplicates', () => {
  it('finds nothing in entries that share no phone, e-mail, address or title', () => {
    const other = contact('contacts/familienbuero.md', [
      ['name: Jugendamt Unna', 'name: Familienbüro Kamen'],
      ['"02303 1030"', '"02307 1480"'],
      ['Rathausplatz 1', 'Rathausplatz 4'],
    ]);
    expect(findDuplicates([contact('contacts/jugendamt-unna.md'), other])).toEqual([]);
  });

  it('reports the same phone number on both contacts, at the number, naming the other file', () => {
    const a = contact('contacts/jugendamt-unna.md');
    const b = contact('contacts/familienbuero.md', [
      ['name: Jugendamt Unna', 'name: Familienbüro Kamen'],
      ['Rathausplatz 1', 'Marktplatz 2'],
    ]);
    const found = findDuplicates([a, b]);
    expect(found.map((f) => [f.file, f.code, f.field])).toEqual([
      ['contacts/jugendamt-unna.md', 'duplicate', 'phones[0].number'],
      ['contacts/familienbuero.md', 'duplicate', 'phones[0].number'],
    ]);
    expect(found[0]!.message).toContain('contacts/familienbuero.md');
    expect(found[1]!.message).toContain('contacts/jugendamt-unna.md');
    // The position is the phone number's line in the file (line 1 is the fence).
    expect(found[0]!.line).toBe(readFileSync(join(fixtures, 'contacts/jugendamt-unna.md'), 'utf8').split('\n').findIndex((l) => l.includes('02303 1030')) + 1);
  });

  it('reports the same address (street folded like titles) and the same e-mail in any case', () => {
    const a = contact('contacts/a.md', [['responsibleFor:', 'email: Info@Unna.de\nresponsibleFor:']]);
    const b = contact('contacts/b.md', [
      ['name: Jugendamt Unna', 'name: Familienbüro Kamen'],
      ['"02303 1030"', '"02307 1480"'],
      ['Rathausplatz 1', 'rathausplatz 1'],
      ['responsibleFor:', 'email: info@unna.de\nresponsibleFor:'],
    ]);
    const found = findDuplicates([a, b]);
    expect(found.filter((f) => f.code === 'duplicate').map((f) => `${f.file} ${f.field}`).sort()).toEqual(['contacts/a.md address.street', 'contacts/a.md email', 'contacts/b.md address.street', 'contacts/b.md email']);
  });

  it('reports a shared phone of local offers, but not of nationwide offers', () => {
    const local = [offer('offers/a.mdx'), offer('offers/b.mdx', [['title: Beispiel-Elterntelefon', 'title: Elternberatung am Abend']])];
    expect(findDuplicates(local).filter((f) => f.code === 'duplicate').map((f) => f.field)).toEqual(['channels[0].phone', 'channels[0].phone']);
    const nationwide = local.map((c) => ({ ...c, data: ENTRY_COLLECTIONS.offers.schema.parse({ ...c.data, area: 'nationwide', towns: [] }) as Record<string, unknown> }));
    expect(findDuplicates(nationwide)).toEqual([]);
  });

  it('reports near-identical titles in one collection, not across collections', () => {
    const a = contact('contacts/a.md');
    const b = contact('contacts/b.md', [
      ['name: Jugendamt Unna', 'name: Jugendamt  Unna.'],
      ['"02303 1030"', '"02307 1480"'],
      ['Rathausplatz 1', 'Marktplatz 2'],
    ]);
    const titles = findDuplicates([a, b]).filter((f) => f.code === 'duplicate-title');
    expect(titles).toHaveLength(1);
    expect(titles[0]!.field).toBe('name');
    expect(titles[0]!.message).toMatch(/contacts\/(a|b)\.md/);
    const otherCollection = { ...offer('offers/jugendamt.mdx', [['title: Beispiel-Elterntelefon', 'title: Jugendamt Unna']]) };
    expect(findDuplicates([a, otherCollection]).filter((f) => f.code === 'duplicate-title')).toEqual([]);
  });

  it('folds umlauts and punctuation and measures similarity between 0 and 1', () => {
    expect(normaliseTitle('Familienbüro – Straße 1!')).toBe('familienbuero strasse 1');
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abcd', 'wxyz')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });
});
