/**
 * Facts of the real content in `content/`: enough entries, every phone number
 * traceable to its source, and every town reachable through a contact point.
 *
 * Reads the Markdown files directly (frontmatter parsed with `yaml`), so it
 * runs without Astro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../../src/schemas/index.ts';
import { phoneNumber } from '../../src/schemas/primitives.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
/**
 * Facts of the seed documents (numbers and addresses printed in them), carried in
 * the repository so that this test runs without the seed documents themselves (e.g. on GitHub).
 * Regenerate with `npm run seed-facts` when a seed document changes.
 */
interface SeedFacts {
  numbers: string[];
  phones: string[];
  addresses: { street: string; postcode: string; locality: string }[];
}
const SEED_FACTS = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed-facts.json'), 'utf8')) as { files: Record<string, SeedFacts> }).files;

type Data = Record<string, unknown> & {
  source?: { document: string; section: string }[];
};
interface Entry {
  slug: string;
  file: string;
  data: Data;
}

function readCollection(collection: EntryCollection): Entry[] {
  const dir = join(CONTENT, ENTRY_COLLECTIONS[collection].folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!m) throw new Error(`content/${ENTRY_COLLECTIONS[collection].folder}/${f}: keine Frontmatter gefunden`);
      return { slug: f.replace(/\.mdx?$/, ''), file: `content/${ENTRY_COLLECTIONS[collection].folder}/${f}`, data: (parse(m[1]!) ?? {}) as Data };
    });
}

const all = Object.fromEntries(
  (Object.keys(ENTRY_COLLECTIONS) as EntryCollection[]).map((c) => [c, readCollection(c)]),
) as Record<EntryCollection, Entry[]>;
const bySlug = (c: EntryCollection) => new Map(all[c].map((e) => [e.slug, e]));

interface NationwideNumber {
  number: string;
  e164: string;
  operator: string;
  service: string;
  source: string;
}
const nationwide = parse(readFileSync(join(CONTENT, 'reference/nationwide-numbers.yaml'), 'utf8')) as NationwideNumber[];

/** Canonical form as the schema stores it: E.164, or the digits of a short number. */
const canonical = (raw: string | number): string => phoneNumber.parse(raw);
/** German national form without separators: +4923031234 → 023031234; short numbers stay as they are. */
function nationalDigits(e164: string): string {
  return e164.startsWith('+49') ? `0${e164.slice(3)}` : e164.replace(/\D/g, '');
}

interface PhoneUse {
  file: string;
  raw: string;
  e164: string;
  organisation: string | undefined;
  documents: string[];
  nationwideOffer: boolean;
}

function phoneUses(): PhoneUse[] {
  const uses: PhoneUse[] = [];
  const docs = (e: Entry) => (e.data.source ?? []).map((s) => s.document);
  for (const e of all.contacts) {
    for (const p of (e.data.phones as { number: string | number }[] | undefined) ?? []) {
      uses.push({ file: e.file, raw: String(p.number), e164: canonical(p.number), organisation: e.data.organisation as string, documents: docs(e), nationwideOffer: false });
    }
  }
  for (const e of all.offers) {
    for (const c of (e.data.channels as { phone?: string | number }[] | undefined) ?? []) {
      if (c.phone === undefined) continue;
      uses.push({ file: e.file, raw: String(c.phone), e164: canonical(c.phone), organisation: e.data.organisation as string, documents: docs(e), nationwideOffer: e.data.area === 'nationwide' });
    }
  }
  return uses;
}

function factsOfSource(slug: string): SeedFacts | undefined {
  const file = bySlug('sources').get(slug)?.data.file as string | undefined;
  if (!file) return undefined;
  const facts = SEED_FACTS[file];
  if (!facts) throw new Error(`tests/fixtures/seed-facts.json kennt ${file} nicht (npm run seed-facts).`);
  return facts;
}

/** True when the seed behind `slug` prints this number. */
function seedPrints(slug: string, e164: string): boolean | undefined {
  const facts = factsOfSource(slug);
  if (!facts) return undefined;
  return facts.phones.includes(e164) || facts.numbers.some((n) => n.includes(nationalDigits(e164)));
}

describe('content volume', () => {
  it.each([
    ['towns', 11],
    ['organisations', 40],
    ['contacts', 25],
    ['offers', 35],
    ['networks', 50],
    ['practices', 15],
  ] as [EntryCollection, number][])('%s has at least %i entries', (collection, min) => {
    expect(all[collection].length).toBeGreaterThanOrEqual(min);
  });
});

describe('nationwide numbers list', () => {
  it('is well-formed: e164 as the schema normalises, operator and source exist', () => {
    const sources = bySlug('sources');
    const operatorNames = new Set(all.organisations.map((o) => o.data.name as string));
    for (const n of nationwide) {
      expect(canonical(n.number), n.number).toBe(n.e164);
      expect(sources.has(n.source), `${n.number}: Quelle ${n.source}`).toBe(true);
      expect(sources.get(n.source)?.data.kind, `${n.number}: Quelle ${n.source} ist kein Betreiber`).toBe('operator');
      expect(operatorNames.has(n.operator), `${n.number}: Organisation "${n.operator}"`).toBe(true);
      expect(n.service.length).toBeGreaterThan(0);
    }
  });

  it('lists every number of a nationwide offer, and only numbers that are used', () => {
    const uses = phoneUses();
    const listed = new Set(nationwide.map((n) => n.e164));
    for (const u of uses.filter((x) => x.nationwideOffer)) expect(listed.has(u.e164), `${u.file}: ${u.raw}`).toBe(true);
    const used = new Set(uses.map((u) => u.e164));
    for (const n of nationwide) expect(used.has(n.e164), `${n.number} wird nirgends verwendet`).toBe(true);
  });
});

describe('every phone number is traceable', () => {
  const organisations = bySlug('organisations');
  const listed = new Map(nationwide.map((n) => [n.e164, n]));
  it.each(phoneUses().map((u) => [`${u.file}: ${u.raw}`, u] as const))('%s', (_label, u) => {
    const n = listed.get(u.e164);
    if (n) {
      // A nationwide number: it must be offered by its operator, or be cited from a seed that prints it.
      const operator = u.organisation ? (organisations.get(u.organisation)?.data.name as string | undefined) : undefined;
      const inSeed = u.documents.some((d) => seedPrints(d, u.e164) === true);
      expect(operator === n.operator || inSeed, `${u.file}: ${u.raw} gehört zu ${n.operator}, Eintrag nennt ${operator ?? 'keine Organisation'}`).toBe(true);
      return;
    }
    const seeds = u.documents.map((d) => seedPrints(d, u.e164)).filter((d): d is boolean => d !== undefined);
    expect(seeds.length, `${u.file}: ${u.raw} hat keine zitierte Quelldatei und steht nicht in nationwide-numbers.yaml`).toBeGreaterThan(0);
    expect(
      seeds.some(Boolean),
      `${u.file}: ${u.raw} steht in keiner der zitierten Quellen (${u.documents.join(', ')})`,
    ).toBe(true);
  });
});

describe('every street address is printed in a cited seed', () => {
  const withStreet = all.contacts.filter((c) => (c.data.address as { street?: string } | undefined)?.street);
  it.each(withStreet.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const address = c.data.address as { street: string; postcode: string };
    const facts = (c.data.source ?? []).map((s) => factsOfSource(s.document)).filter((f): f is SeedFacts => f !== undefined);
    expect(facts.length, `${c.file}: keine zitierte Quelldatei`).toBeGreaterThan(0);
    expect(
      facts.some((f) => f.addresses.some((a) => a.street === address.street && a.postcode === address.postcode)),
      `${c.file}: ${address.street}, ${address.postcode} steht in keiner der zitierten Quellen`,
    ).toBe(true);
  });
});

describe('towns and their contact points', () => {
  const contacts = bySlug('contacts');
  it.each(all.towns.map((t) => [t.slug, t] as const))('%s: Jugendamt resolves and is responsible', (slug, town) => {
    const ja = contacts.get(town.data.jugendamt as string);
    expect(ja, `${town.file}: jugendamt "${String(town.data.jugendamt)}" fehlt`).toBeDefined();
    expect(ja!.data.kind, `${ja!.file}: kind`).toBe('jugendamt');
    expect((ja!.data.responsibleFor as string[] | undefined) ?? [], `${ja!.file}: responsibleFor`).toContain(slug);
  });

  it.each(all.towns.map((t) => [t.slug] as const))('%s has a contact point responsible for it or located in it', (slug) => {
    const found = all.contacts.some((c) => c.data.town === slug || ((c.data.responsibleFor as string[] | undefined) ?? []).includes(slug));
    expect(found).toBe(true);
  });
});
