/**
 * The content as data, for tests that need to know what a page must show
 * (the oracle for the journeys): every entry of content/, parsed and
 * normalised with the project's own schemas (phones in E.164 and so on).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from '../../src/lib/dev/dist.ts';
import { parseEntry } from '../../src/lib/check/frontmatter.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../src/schemas/index.ts';
import type { Contact, Network, Offer, Organisation, Town } from '../../src/schemas/index.ts';

/** The content the built site was made from (next to dist/). */
export const CONTENT = resolve(DIST, '../content');

export interface Content {
  towns: Map<string, Town>;
  organisations: Map<string, Organisation>;
  contacts: Map<string, Contact>;
  offers: Map<string, Offer>;
  networks: Map<string, Network>;
}

function load<T>(collection: EntryCollection, root: string): Map<string, T> {
  const dir = join(root, ENTRY_COLLECTIONS[collection].folder);
  const out = new Map<string, T>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).sort()) {
    const m = /^([^_].*)\.mdx?$/.exec(file);
    if (!m) continue;
    const parsed = parseEntry(readFileSync(join(dir, file), 'utf8'));
    const result = ENTRY_COLLECTIONS[collection].schema.safeParse(parsed.data);
    if (result.success) out.set(m[1]!, result.data as T);
  }
  return out;
}

let cached: Content | undefined;

export function loadContent(root = CONTENT): Content {
  if (cached && root === CONTENT) return cached;
  const content: Content = {
    towns: load<Town>('towns', root),
    organisations: load<Organisation>('organisations', root),
    contacts: load<Contact>('contacts', root),
    offers: load<Offer>('offers', root),
    networks: load<Network>('networks', root),
  };
  if (root === CONTENT) cached = content;
  return content;
}
