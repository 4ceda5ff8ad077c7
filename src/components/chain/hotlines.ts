/**
 * Hotlines for "Schnelle Hilfe" and the back page of the Wegweiser: the
 * emergency numbers 110 and 112 first, then the nationwide hotlines grouped by
 * whom they help. Built from the offers (area "nationwide" with a phone channel).
 */
import type { Directory, OfferEntry } from '../../lib/entries.ts';
import { isCurrent } from '../../lib/chain/index.ts';
import { collator } from '../../lib/format.ts';

export interface HotlineGroup {
  id: string;
  title: string;
  offers: OfferEntry[];
}

export const EMERGENCY_NUMBERS = ['110', '112'] as const;

const GROUPS: { id: string; title: string; match: (o: OfferEntry['data']) => boolean }[] = [
  { id: 'schwanger', title: 'Für Schwangere', match: (o) => o.topics.includes('schwangerschaft') || o.audiences.includes('werdende-eltern') },
  { id: 'gewalt', title: 'Bei Gewalt und Missbrauch', match: (o) => o.topics.includes('gewalt') },
  { id: 'kinder', title: 'Für Kinder und Jugendliche', match: (o) => o.audiences.includes('kinder') || o.audiences.includes('jugendliche') },
  { id: 'krank', title: 'Wenn jemand krank ist', match: (o) => o.topics.includes('gesundheit') },
  { id: 'eltern', title: 'Für Eltern', match: (o) => o.audiences.includes('eltern') },
  { id: 'krise', title: 'In seelischen Krisen – für alle', match: () => true },
];

/**
 * Order on the page: by urgency, children and young people first (a child who
 * finds the page must not scroll past the parents' lines to reach 116 111).
 * Independent of GROUPS, whose order decides only where an offer that fits
 * several groups goes.
 */
const DISPLAY_ORDER = ['kinder', 'gewalt', 'krise', 'schwanger', 'krank', 'eltern'];

const phones = (o: OfferEntry) => o.data.channels.filter((c) => c.kind === 'phone' && c.phone);

/** Nationwide offers with a phone channel that are still running. */
export function nationwideHotlines(dir: Directory): OfferEntry[] {
  return [...dir.offers.values()]
    .filter((o) => isCurrent(o.data) && o.data.area === 'nationwide' && phones(o).length > 0)
    .sort((a, b) => collator.compare(a.data.title, b.data.title));
}

/** True when one of the offer's phone channels is 110 or 112. */
export function isEmergency(o: OfferEntry): boolean {
  return phones(o).some((c) => (EMERGENCY_NUMBERS as readonly string[]).includes(c.phone ?? ''));
}

/** 110 and 112 (in that order), then the other hotlines in groups (by urgency, see DISPLAY_ORDER); each offer appears once. */
export function hotlineGroups(dir: Directory): { emergency: OfferEntry[]; groups: HotlineGroup[] } {
  const all = nationwideHotlines(dir);
  const emergency = all
    .filter(isEmergency)
    .sort((a, b) => (phones(a)[0]?.phone ?? '').localeCompare(phones(b)[0]?.phone ?? ''));
  const rest = all.filter((o) => !isEmergency(o));
  const used = new Set<string>();
  const groups: HotlineGroup[] = [];
  for (const g of GROUPS) {
    const offers = rest.filter((o) => !used.has(o.id) && g.match(o.data));
    offers.forEach((o) => used.add(o.id));
    if (offers.length > 0) groups.push({ id: g.id, title: g.title, offers });
  }
  const rank = (id: string) => (DISPLAY_ORDER.indexOf(id) + 1 || DISPLAY_ORDER.length + 1);
  groups.sort((a, b) => rank(a.id) - rank(b.id));
  return { emergency, groups };
}
