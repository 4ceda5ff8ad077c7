/**
 * No personal name from seed 000 §4 (the responsible people of the towns and
 * the district) appears anywhere in the built site: pages, search index
 * metadata, data exports, feeds. The names are test data in the repository
 * (tests/fixtures/seed-000-section-4-names.json), never read from the seeds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';

const names = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/seed-000-section-4-names.json'), 'utf8')) as { full: string[]; surnames: string[] };
const TEXT = new Set(['.html', '.json', '.csv', '.xml', '.txt', '.js', '.webmanifest', '.md', '.yaml']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : TEXT.has(extname(name)) ? [path] : [];
  });
}

describe('no personal names from seed 000 §4 in dist/', () => {
  it('the list is there', () => {
    expect(names.full.length).toBeGreaterThanOrEqual(10);
  });
  it('no full name and no surname as a whole word in any text file of dist/', () => {
    assertBuilt();
    const patterns = [...names.full, ...names.surnames].map((n) => new RegExp(`(?<![\\p{L}])${n.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu'));
    const hits: string[] = [];
    for (const file of files(DIST)) {
      const text = readFileSync(file, 'utf8');
      for (const p of patterns) if (p.test(text)) hits.push(`${relative(DIST, file)}: ${p.source}`);
    }
    expect(hits).toEqual([]);
  });
});
