/**
 * The editor's file writer: an unchanged entry is written back byte for byte,
 * one changed value changes one line, new files follow the house style.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readEntry, splitEntry, writeEntry } from '../../src/lib/cms/frontmatter.ts';
import { ENTRY_COLLECTIONS } from '../../src/schemas/index.ts';

const content = resolve(import.meta.dirname, '../../content');

function changedLines(a: string, b: string): [string, string][] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.map((line, i) => [line, y[i]!] as [string, string]).filter(([p, q]) => p !== q);
}

describe('writeEntry', () => {
  it('writes every entry of content/ back unchanged when nothing was edited', () => {
    const differ: string[] = [];
    for (const { folder } of Object.values(ENTRY_COLLECTIONS)) {
      for (const name of readdirSync(join(content, folder)).filter((f) => f.endsWith('.md'))) {
        const raw = readFileSync(join(content, folder, name), 'utf8');
        if (writeEntry(readEntry(raw), raw) !== raw) differ.push(`${folder}/${name}`);
      }
    }
    expect(differ).toEqual([]);
  });

  const base = [
    '---',
    '# Kommentar bleibt',
    'name: Familienbüro',
    'summary: >',
    '  Ein langer Text, der gefaltet',
    '  über zwei Zeilen geht.',
    'phones:',
    '  - number: "02303 1030"',
    '    label: Zentrale',
    'hours:',
    '  - days: [Mo, Di]',
    '    opens: "08:30"',
    '    closes: "12:00"',
    'reviewed: "2026-10-01"',
    '---',
    '',
    'Text.',
    '',
  ].join('\n');

  it('changes one line for one changed phone number', () => {
    const data = readEntry(base) as { phones: { number: string }[] };
    data.phones[0]!.number = '02303 103-0';
    expect(changedLines(base, writeEntry(data, base))).toEqual([['  - number: "02303 1030"', '  - number: "02303 103-0"']]);
  });

  it('keeps dates and times quoted when they change', () => {
    const data = readEntry(base) as { reviewed: string; hours: { opens: string }[] };
    data.reviewed = '2026-11-30';
    data.hours[0]!.opens = '09:00';
    expect(changedLines(base, writeEntry(data, base))).toEqual([
      ['    opens: "08:30"', '    opens: "09:00"'],
      ['reviewed: "2026-10-01"', 'reviewed: "2026-11-30"'],
    ]);
  });

  it('inserts a new field in schema order and removes a cleared one', () => {
    const data = readEntry(base) as Record<string, unknown>;
    data.email = 'info@example.org';
    data.hours = [];
    const out = writeEntry(data, base, ['name', 'summary', 'phones', 'email', 'hours', 'reviewed']);
    const keys = Object.keys(parseDocument(splitEntry(out).yaml).toJS() as object);
    expect(keys).toEqual(['name', 'summary', 'phones', 'email', 'reviewed']);
    expect(out).toContain('# Kommentar bleibt');
  });

  it('writes a new file in schema order with quoted dates, flow lists and no empty fields', () => {
    const out = writeEntry(
      { topics: ['kinderschutz'], title: 'Neu', reviewed: '2026-11-30', costNote: '', partners: [], body: 'Text.' },
      '',
      ['title', 'topics', 'reviewed'],
    );
    expect(out).toBe('---\ntitle: Neu\ntopics: [kinderschutz]\nreviewed: "2026-11-30"\n---\n\nText.\n');
  });
});
