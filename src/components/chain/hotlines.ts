/**
 * Hotlines for "Schnelle Hilfe", the home page and the back page of the
 * Wegweiser: the emergency numbers first, then the nationwide hotlines grouped
 * by whom they help. Built from the offers (area "nationwide" with a phone
 * channel); which topic is an emergency and which topic or audience leads to
 * which group is said by the vocabularies (content/vocabularies/topics.yaml,
 * audiences.yaml: `emergency`, `hotlineGroup`), not here.
 */
import type { Directory, OfferEntry } from '../../lib/entries.ts';
import { isCurrent } from '../../lib/chain/index.ts';
import { collator } from '../../lib/format.ts';
import { HOTLINE_GROUPS, type HotlineGroupId } from '../../schemas/index.ts';

export interface HotlineGroup {
  id: HotlineGroupId;
  title: string;
  offers: OfferEntry[];
}

/** Headings of the groups, as readers see them. */
const TITLES: Record<HotlineGroupId, string> = {
  schwanger: 'Für Schwangere',
  gewalt: 'Bei Gewalt und Missbrauch',
  kinder: 'Für Kinder und Jugendliche',
  krank: 'Wenn jemand krank ist',
  eltern: 'Für Eltern',
  krise: 'In seelischen Krisen – für alle',
};

/** The group for offers whose topics and audiences name none. */
const FALLBACK_GROUP: HotlineGroupId = 'krise';

/**
 * Order on the page: by urgency, children and young people first (a child who
 * finds the page must not scroll past the parents' lines to reach 116 111).
 * Independent of HOTLINE_GROUPS, whose order decides only where an offer that
 * fits several groups goes.
 */
const DISPLAY_ORDER: readonly HotlineGroupId[] = ['kinder', 'gewalt', 'krise', 'schwanger', 'krank', 'eltern'];

type Vocab = Pick<Directory, 'topics' | 'audiences'>;

const phones = (o: OfferEntry) => o.data.channels.filter((c) => c.kind === 'phone' && c.phone);

/** The offer's first phone channel with a number. */
export function phoneChannel(o: OfferEntry): OfferEntry['data']['channels'][number] | undefined {
  return phones(o)[0];
}

/** Nationwide offers with a phone channel that are still running, by title. */
export function currentHotlines(dir: Pick<Directory, 'offers'>): OfferEntry[] {
  return [...dir.offers.values()]
    .filter((o) => isCurrent(o.data) && o.data.area === 'nationwide' && phones(o).length > 0)
    .sort((a, b) => collator.compare(a.data.title, b.data.title));
}

/** True when one of the offer's topics is an emergency topic (`emergency: true`, e.g. 110 and 112). */
export function isEmergency(o: OfferEntry, dir: Pick<Directory, 'topics'>): boolean {
  return o.data.topics.some((t) => dir.topics.get(t)?.data.emergency === true);
}

/** True when one of the offer's topics asks for "Schnelle Hilfe" on the home page (`quickHelp: true`). */
export function isQuickHelp(o: OfferEntry, dir: Pick<Directory, 'topics'>): boolean {
  return o.data.topics.some((t) => dir.topics.get(t)?.data.quickHelp === true);
}

/** The groups the offer's topics and audiences name (`hotlineGroup`). */
export function hotlineGroupsOf(o: OfferEntry, dir: Vocab): Set<HotlineGroupId> {
  const named = [...o.data.topics.map((t) => dir.topics.get(t)?.data.hotlineGroup), ...o.data.audiences.map((a) => dir.audiences.get(a)?.data.hotlineGroup)];
  return new Set(named.filter((g): g is HotlineGroupId => g !== undefined));
}

/** Emergency hotlines first (by number: 110 before 112), then the other hotlines in groups (by urgency, see DISPLAY_ORDER); each offer appears once. */
export function hotlineGroups(dir: Pick<Directory, 'offers' | 'topics' | 'audiences'>): { emergency: OfferEntry[]; groups: HotlineGroup[] } {
  const all = currentHotlines(dir);
  const emergency = all
    .filter((o) => isEmergency(o, dir))
    .sort((a, b) => (phones(a)[0]?.phone ?? '').localeCompare(phones(b)[0]?.phone ?? ''));
  const byGroup = new Map<HotlineGroupId, OfferEntry[]>();
  for (const o of all) {
    if (isEmergency(o, dir)) continue;
    const named = hotlineGroupsOf(o, dir);
    const group = HOTLINE_GROUPS.find((g) => named.has(g)) ?? FALLBACK_GROUP;
    byGroup.set(group, [...(byGroup.get(group) ?? []), o]);
  }
  const groups = DISPLAY_ORDER.filter((id) => byGroup.has(id)).map((id) => ({ id, title: TITLES[id], offers: byGroup.get(id)! }));
  return { emergency, groups };
}
