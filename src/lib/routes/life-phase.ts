/**
 * Route data of the prevention chain (life phases): the chain data of a
 * loaded directory, the chain of one town (town page) and the overview of
 * towns × phases and topics × phases (/lebensphasen/uebersicht/).
 * Pure functions of a loaded `Directory`; the pages only render the result.
 */
import { chainForTown, contactsGivingAny, countScopes, countWords, offersInPhase, phaseTopicMatrix, townPhaseMatrix, type ContactLike, type OfferLike, type PhaseLike } from '../chain/index.ts';
import { isDistrict, practicesForTown, townsInOrder, type ContactEntry, type Directory, type OfferEntry, type TownEntry } from '../entries.ts';
import type { Crumb } from '../jsonld.ts';
import { topicAnchor } from '../chain/urls.ts';
import { collator } from '../format.ts';
import { memoPerObject } from '../index-by.ts';
import { entryUrl, lifePhaseTownUrl, lifePhaseUrl, PAGES, practicesTopicUrl, practicesTownUrl, topicUrl } from '../urls.ts';

export interface Phase extends PhaseLike {
  label: string;
  description: string;
}
export type ChainOffer = OfferLike & { entry: OfferEntry };
export type ChainContact = ContactLike & { entry: ContactEntry };

export interface ChainData {
  dir: Directory;
  phases: Phase[];
  /** Towns and municipalities (not the district itself), by name. */
  towns: TownEntry[];
  offers: ChainOffer[];
  contacts: ChainContact[];
  /** Topic ids in vocabulary order. */
  topics: string[];
}

/** The directory in the plain shapes src/lib/chain/ counts with (once per directory), so every page counts the same way. */
export const chainDataOf = memoPerObject((dir: Directory): ChainData => {
  const phases = [...dir.lifePhases.values()]
    .map((p) => ({ id: p.id, label: p.data.label, description: p.data.description, order: p.data.order, ageFrom: p.data.ageFrom, ageTo: p.data.ageTo }))
    .sort((a, b) => a.order - b.order);
  const towns = [...dir.towns.values()].filter((t) => !isDistrict(t)).sort((a, b) => collator.compare(a.data.name, b.data.name));
  const offers = [...dir.offers.values()].map((entry) => ({ ...entry.data, id: entry.id, entry }));
  const contacts = [...dir.contacts.values()].map((entry) => ({ ...entry.data, id: entry.id, entry }));
  const topics = [...dir.topics.keys()];
  return { dir, phases, towns, offers, contacts, topics };
});

/** A phase's label without the bracketed age ("Kita-Zeit (3 bis 6 Jahre)" → "Kita-Zeit"). */
export const shortPhaseLabel = (label: string): string => label.replace(/\s*\(.*\)$/, '');

/** One link of a town's chain, as the town page shows it. */
export interface ChainCard {
  phase: string;
  href: string;
  label: string;
  age: string;
  total: number;
  /** "2 für Selm · 3 kreisweit · 9 bundesweit". */
  scopes: string;
  /** "1 Anlaufstelle vor Ort". */
  contacts: string;
  gap: boolean;
}

export interface TownChain {
  heading: string;
  intro: string;
  links: ChainCard[];
  gapLabel: string;
  overviewUrl: string;
}

const phaseCount = (n: number): string => (n === 1 ? 'einer Phase' : `${n} Phasen`);

function chainAge(p: PhaseLike): string {
  if (p.ageFrom === undefined || p.ageTo === undefined) return 'vor der Geburt';
  return `${p.ageFrom} bis ${p.ageTo} Jahre`;
}

/**
 * The prevention chain of a town: one card per phase with the offers that
 * serve the town by scope, the contact points located in the town and the
 * gap flag of the overview (`isChainGap`). For the district itself: every
 * current offer by how far it reaches, and a gap only where a phase has none.
 */
export function townChain(dir: Directory, town: TownEntry): TownChain {
  const { phases, offers, contacts } = chainDataOf(dir);
  const district = isDistrict(town);
  const where = district ? 'im Kreis Unna' : `in ${town.data.name}`;
  const links: ChainCard[] = phases.map((phase) => {
    if (district) {
      const scoped = offersInPhase(offers, phase).map((offer) => ({ offer, scope: offer.area }));
      const counts = countScopes(scoped);
      const given = contactsGivingAny(contacts, scoped.map((s) => s.offer)).length;
      return card(phase, lifePhaseUrl(phase.id), counts, 'in einzelnen Orten', countWords(given, 'Anlaufstelle', 'Anlaufstellen'), counts.total === 0);
    }
    const link = chainForTown(town.id, [phase], offers, contacts)[0];
    if (!link) throw new Error(`Lebensphase „${phase.id}“ fehlt in der Kette von ${town.id}.`);
    const onSite = countWords(link.onSite.contacts.length, 'Anlaufstelle', 'Anlaufstellen');
    return card(phase, lifePhaseTownUrl(phase.id, town.id), link.counts, `für ${town.data.name}`, `${onSite} vor Ort`, link.gap);
  });
  const gaps = links.filter((l) => l.gap).length;
  const gapText = gaps === 0 ? '' : district ? ` In ${phaseCount(gaps)} gibt es kein Angebot.` : ` In ${phaseCount(gaps)} gibt es weder ein Angebot noch eine Anlaufstelle vor Ort; dort helfen Stellen in anderen Orten, kreisweite und bundesweite Angebote.`;
  return {
    heading: `Präventionskette ${where}`,
    intro: `Hilfe von der Schwangerschaft bis zum Erwachsenwerden: wie viele Angebote und Anlaufstellen es in jeder Lebensphase für Familien ${where} gibt.${gapText}`,
    links,
    gapLabel: district ? 'Kein Angebot' : 'Kein Angebot vor Ort',
    overviewUrl: PAGES.chainOverview,
  };
}

function card(phase: Phase, href: string, counts: ReturnType<typeof countScopes>, localWord: string, contacts: string, gap: boolean): ChainCard {
  return {
    phase: phase.id,
    href,
    label: shortPhaseLabel(phase.label),
    age: chainAge(phase),
    total: counts.total,
    scopes: `${counts.local} ${localWord} · ${counts.district} kreisweit · ${counts.nationwide} bundesweit`,
    contacts,
    gap,
  };
}

/** Colour of a cell of the overview: many/some offers on site, only a contact point, or a gap. */
export type CellLevel = 'many' | 'some' | 'thin' | 'gap';

export function cellLevel(onSite: { offers: number; contacts: number }, gap: boolean): CellLevel {
  if (gap) return 'gap';
  if (onSite.offers === 0) return 'thin';
  return onSite.offers < 3 ? 'some' : 'many';
}

export interface OverviewPhase {
  id: string;
  url: string;
  label: string;
  age: string;
  /** Current offers of the phase in the whole district. */
  total: number;
}

export interface OverviewCell {
  town: string;
  phase: string;
  href: string;
  total: number;
  onSite: { offers: number; contacts: number };
  level: CellLevel;
}

export interface TopicCell {
  phase: string;
  topic: string;
  count: number;
  href: string;
}

export interface ChainOverview {
  breadcrumbs: Crumb[];
  phases: OverviewPhase[];
  towns: { id: string; name: string; url: string; cells: OverviewCell[] }[];
  topics: { id: string; label: string; url: string; cells: TopicCell[] }[];
  gapCount: number;
  cellCount: number;
}

/** /lebensphasen/uebersicht/: towns × phases (what is there and what is on site) and topics × phases. */
export function chainOverview(dir: Directory): ChainOverview {
  const { phases, towns, offers, contacts, topics } = chainDataOf(dir);
  const townMatrix = townPhaseMatrix(
    towns.map((t) => t.id),
    phases,
    offers,
    contacts,
  );
  const topicMatrix = phaseTopicMatrix(phases, topics, offers); // [phase][topic]
  const rows = towns.map((town, i) => ({
    id: town.id,
    name: town.data.name,
    url: `${entryUrl('towns', town.id)}#praeventionskette`,
    cells: (townMatrix[i] ?? []).map((c) => ({
      town: c.town,
      phase: c.phase,
      href: lifePhaseTownUrl(c.phase, c.town),
      total: c.counts.total,
      onSite: c.onSite,
      level: cellLevel(c.onSite, c.gap),
    })),
  }));
  return {
    breadcrumbs: [
      { name: 'Lebensphasen', path: PAGES.lifePhases },
      { name: 'Übersicht', path: PAGES.chainOverview },
    ],
    phases: phases.map((p) => ({
      id: p.id,
      url: lifePhaseUrl(p.id),
      label: shortPhaseLabel(p.label),
      age: p.ageFrom === undefined ? 'vor der Geburt' : `${p.ageFrom}–${p.ageTo} J.`,
      total: offersInPhase(offers, p).length,
    })),
    towns: rows,
    topics: topics.map((topic, t) => ({
      id: topic,
      label: dir.topics.get(topic)?.data.label ?? topic,
      url: topicUrl(topic),
      cells: phases.map((p, j) => ({ phase: p.id, topic, count: topicMatrix[j]?.[t] ?? 0, href: `${lifePhaseUrl(p.id)}#${topicAnchor(topic)}` })),
    })),
    gapCount: rows.flatMap((r) => r.cells).filter((c) => c.level === 'gap').length,
    cellCount: towns.length * phases.length,
  };
}

/** The filter links of the practice examples (Transferbörse): by town and by topic, with counts. */
export interface PracticeFilter {
  allUrl: string;
  total: number;
  /** Name of the active town or label of the active topic. */
  active?: string | undefined;
  town?: string | undefined;
  topic?: string | undefined;
  towns: { id: string; name: string; count: number; url: string }[];
  topics: { id: string; label: string; count: number; url: string }[];
}

export function practiceFilter(dir: Directory, selected: { town?: string | undefined; topic?: string | undefined } = {}): PracticeFilter {
  const { town, topic } = selected;
  const practices = [...dir.practices.values()];
  const towns = townsInOrder(dir).map((t) => ({ id: t.id, name: isDistrict(t) ? 'Kreisweit' : t.data.name, count: practicesForTown(dir, t).length, url: practicesTownUrl(t.id) }));
  const topics = [...dir.topics.values()]
    .map((t) => ({ id: t.id, label: t.data.label, count: practices.filter((p) => p.data.topics.includes(t.id)).length, url: practicesTopicUrl(t.id) }))
    .filter((t) => t.count > 0);
  const active = town ? towns.find((t) => t.id === town)?.name : topic ? dir.topics.get(topic)?.data.label : undefined;
  return { allUrl: PAGES.practices, total: practices.length, active, town, topic, towns, topics };
}
