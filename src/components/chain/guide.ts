/**
 * Content of the printable family guide (Familienwegweiser) of one town: the
 * same contact points as the town page, the offers that serve the town by
 * life phase (each described once, at its first phase), and the nationwide
 * hotlines for the back page.
 */
import { contactsForTown, isDistrict, type ContactEntry, type Directory, type OfferEntry, type TownEntry } from '../../lib/entries.ts';
import { isCurrent, offerInPhase } from '../../lib/chain/index.ts';
import { SCOPE_ORDER, scopeFor, type Scope } from '../../lib/area.ts';
import { collator } from '../../lib/format.ts';
import type { Phase } from './data.ts';
import { currentHotlines } from './hotlines.ts';

export interface GuideOffer {
  offer: OfferEntry;
  scope: Scope;
}

export interface GuidePhaseSection {
  phase: Phase;
  /** Offers described in this section (first phase they belong to). */
  offers: GuideOffer[];
  /** Offers of this phase described in an earlier section. */
  seeAlso: { offer: OfferEntry; section: number }[];
}

export interface Guide {
  town: TownEntry;
  /** The town's Jugendamt first, then the other contact points, as on the town page. */
  contacts: ContactEntry[];
  phases: GuidePhaseSection[];
  /** Offers that serve the town but name no phase and no age. */
  allPhases: GuideOffer[];
  /** Nationwide offers with a phone channel, for the back page. */
  hotlines: OfferEntry[];
  /** Source slugs cited by anything in the guide. */
  sources: string[];
  /** Newest and oldest `reviewed` date of the entries in the guide. */
  reviewedRange: [string, string] | undefined;
}

const byScopeThenTitle = (a: GuideOffer, b: GuideOffer) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || collator.compare(a.offer.data.title, b.offer.data.title);

/** Contact points of a town exactly as the town page shows them: its Jugendamt, then every place in or responsible for the town. */
export function guideContacts(dir: Directory, town: TownEntry): ContactEntry[] {
  const jugendamt = dir.contacts.get(town.data.jugendamt);
  const rest = contactsForTown(dir, town.id)
    .map((c) => c.contact)
    .filter((c) => c.id !== jugendamt?.id);
  return jugendamt ? [jugendamt, ...rest] : rest;
}

export function buildGuide(dir: Directory, town: TownEntry, phases: Phase[]): Guide {
  const contacts = guideContacts(dir, town);
  const serving: GuideOffer[] = [];
  for (const offer of dir.offers.values()) {
    if (!isCurrent(offer.data)) continue;
    const scope = isDistrict(town) ? offer.data.area : scopeFor(offer.data, town.id);
    if (scope && scope !== 'nationwide') serving.push({ offer, scope });
  }
  const firstSection = new Map<string, number>();
  const sections: GuidePhaseSection[] = phases.map((phase, i) => {
    const inPhase = serving.filter((s) => offerInPhase(s.offer.data, phase)).sort(byScopeThenTitle);
    const offers: GuideOffer[] = [];
    const seeAlso: { offer: OfferEntry; section: number }[] = [];
    for (const s of inPhase) {
      const first = firstSection.get(s.offer.id);
      if (first === undefined) {
        firstSection.set(s.offer.id, i);
        offers.push(s);
      } else seeAlso.push({ offer: s.offer, section: first });
    }
    return { phase, offers, seeAlso };
  });
  const allPhases = serving.filter((s) => !firstSection.has(s.offer.id)).sort(byScopeThenTitle);
  const hotlines = currentHotlines(dir);
  const entries: { data: { source: { document: string }[]; reviewed: string } }[] = [town, ...contacts, ...serving.map((s) => s.offer), ...hotlines];
  const sources = [...new Set(entries.flatMap((e) => e.data.source.map((s) => s.document)))];
  const dates = entries.map((e) => e.data.reviewed).sort();
  return {
    town,
    contacts,
    phases: sections,
    allPhases,
    hotlines,
    sources,
    reviewedRange: dates.length > 0 ? [dates[0]!, dates[dates.length - 1]!] : undefined,
  };
}

/** Hours in one line for print (moved to lib/format.ts, the one place). */
export { hoursLine } from '../../lib/format.ts';
