/**
 * Entries for unit tests, built through the project's own schemas: a fixture
 * file of tests/fixtures/content, its frontmatter changed by `overrides`, and
 * validated (and normalised, e.g. phones in E.164) like the build does. A
 * fixture that the schema refuses fails the test that builds it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEntry } from '../../src/lib/check/frontmatter.ts';
import type { Directory, OfferEntry } from '../../src/lib/entries.ts';
import { offerSchema } from '../../src/schemas/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/content');

/** The frontmatter of a fixture file as plain data. */
export function fixtureFrontmatter(relativePath: string): Record<string, unknown> {
  const data = parseEntry(readFileSync(join(FIXTURES, relativePath), 'utf8')).data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${relativePath}: keine Frontmatter`);
  return { ...data };
}

/** An offer entry: tests/fixtures/content/offers/elterntelefon.mdx with `overrides`, parsed by `offerSchema`. */
export function offerEntry(id: string, overrides: Record<string, unknown> = {}): OfferEntry {
  const data = offerSchema.parse({ ...fixtureFrontmatter('offers/elterntelefon.mdx'), ...overrides });
  return { id, collection: 'offers', data };
}

/** A directory with nothing in it but `parts`. */
export function directoryOf(parts: Partial<Directory>): Directory {
  return {
    sources: new Map(),
    towns: new Map(),
    organisations: new Map(),
    contacts: new Map(),
    offers: new Map(),
    networks: new Map(),
    practices: new Map(),
    topics: new Map(),
    audiences: new Map(),
    lifePhases: new Map(),
    contactKinds: new Map(),
    networkKinds: new Map(),
    organisationKinds: new Map(),
    accessModes: new Map(),
    crisis: new Map(),
    ...parts,
  };
}
