/**
 * Likely duplicate entries: the same phone number, email or address in two
 * places, or near-identical titles in one collection. Reported as warnings,
 * because two offers may honestly share a hotline.
 */
import { distance } from 'fastest-levenshtein';
import type { Problem } from './messages.ts';
import type { Position } from './frontmatter.ts';

export interface DuplicateCandidate {
  collection: string;
  file: string;
  data: Record<string, unknown>;
  locate(path: PropertyKey[]): Position;
}

type Finding = Omit<Problem, 'severity'>;

/** Lower case, umlauts folded, punctuation and extra spaces removed. */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Similarity 0..1 of two normalised titles. */
export function similarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - distance(a, b) / max;
}

export function findDuplicates(entries: DuplicateCandidate[]): Finding[] {
  const findings: Finding[] = [];
  const keyed = new Map<string, { c: DuplicateCandidate; path: PropertyKey[] }[]>();
  const add = (key: string, c: DuplicateCandidate, path: PropertyKey[]) => {
    const list = keyed.get(key) ?? [];
    if (!list.some((x) => x.c === c)) list.push({ c, path });
    keyed.set(key, list);
  };
  for (const c of entries) {
    const d = c.data;
    if (c.collection === 'contacts') {
      ((d.phones as { number: string }[]) ?? []).forEach((p, i) => add(`Telefonnummer ${p.number}`, c, ['phones', i, 'number']));
      if (typeof d.email === 'string') add(`E-Mail-Adresse ${d.email.toLowerCase()}`, c, ['email']);
      const a = d.address as { street?: string; postcode?: string } | undefined;
      if (a?.street && a.postcode) add(`Anschrift ${normaliseTitle(a.street)}, ${a.postcode}`, c, ['address', 'street']);
    }
    if (c.collection === 'offers' && d.area !== 'nationwide') {
      ((d.channels as { phone?: string }[]) ?? []).forEach((ch, i) => ch.phone && add(`Telefonnummer ${ch.phone}`, c, ['channels', i, 'phone']));
      if (typeof d.email === 'string') add(`E-Mail-Adresse ${d.email.toLowerCase()}`, c, ['email']);
    }
  }
  for (const [what, list] of keyed) {
    if (list.length < 2) continue;
    for (const { c, path } of list) {
      const others = list.filter((x) => x.c !== c).map((x) => x.c.file);
      const pos = c.locate(path);
      findings.push({ file: c.file, line: pos.line, column: pos.column, field: path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '').replace(/\.\[/g, '['), code: 'duplicate', message: `Möglicherweise doppelt: ${what} steht auch in ${others.join(', ')}.` });
    }
  }
  // Near-identical titles: sort by normalised title and compare neighbours (O(n log n)).
  const byCollection = new Map<string, { c: DuplicateCandidate; title: string; field: string }[]>();
  for (const c of entries) {
    const field = typeof c.data.title === 'string' ? 'title' : typeof c.data.name === 'string' ? 'name' : undefined;
    if (!field) continue;
    const list = byCollection.get(c.collection) ?? [];
    list.push({ c, title: normaliseTitle(String(c.data[field])), field });
    byCollection.set(c.collection, list);
  }
  for (const list of byCollection.values()) {
    list.sort((a, b) => a.title.localeCompare(b.title));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < Math.min(list.length, i + 4); j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.title.length >= 6 && similarity(a.title, b.title) >= 0.92) {
          const pos = a.c.locate([a.field]);
          findings.push({ file: a.c.file, line: pos.line, column: pos.column, field: a.field, code: 'duplicate-title', message: `Fast gleicher Titel wie in ${b.c.file}. Ist das derselbe Eintrag?` });
        }
      }
    }
  }
  return findings;
}
