/**
 * Build-time data for the chain pages: the loaded directory in the plain
 * shapes that src/lib/chain/ counts with, so every page counts the same way.
 */
import { isDistrict, loadDirectory, type ContactEntry, type Directory, type OfferEntry, type TownEntry } from '../../lib/entries.ts';
import { collator } from '../../lib/format.ts';
import type { ContactLike, OfferLike, PhaseLike } from '../../lib/chain/index.ts';

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

let cached: Promise<ChainData> | undefined;

export function chainData(): Promise<ChainData> {
  cached ??= (async () => {
    const dir = await loadDirectory();
    const phases = [...dir.lifePhases.values()]
      .map((p) => ({ id: p.id, label: p.data.label, description: p.data.description, order: p.data.order, ageFrom: p.data.ageFrom, ageTo: p.data.ageTo }))
      .sort((a, b) => a.order - b.order);
    const towns = [...dir.towns.values()].filter((t) => !isDistrict(t)).sort((a, b) => collator.compare(a.data.name, b.data.name));
    const offers = [...dir.offers.values()].map((entry) => ({ ...entry.data, id: entry.id, entry }));
    const contacts = [...dir.contacts.values()].map((entry) => ({ ...entry.data, id: entry.id, entry }));
    const topics = [...dir.topics.keys()];
    return { dir, phases, towns, offers, contacts, topics };
  })();
  return cached;
}

/** Age range of a phase in words. */
export function phaseAge(p: { ageFrom?: number | undefined; ageTo?: number | undefined }): string {
  if (p.ageFrom === undefined || p.ageTo === undefined) return 'vor der Geburt und in den ersten Wochen';
  return `${p.ageFrom} bis ${p.ageTo} Jahre`;
}

/** Structured hours of an offer's channels or its first contact with hours, for "Jetzt geöffnet" in lists. */
export function hoursOfOffer(offer: OfferEntry): NonNullable<OfferEntry['data']['channels'][number]['hours']> | undefined {
  for (const c of offer.data.channels) if (c.hours && c.hours.length > 0) return c.hours;
  return undefined;
}
