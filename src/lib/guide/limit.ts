/**
 * The printable guide stays printable at any size of the directory: each part
 * lists at most a fixed number of entries (above what any guide needs today),
 * and says how many more there are and where to find them online (the town's
 * list pages or the phase's page). Without this the district's guide would
 * hold every offer of the district: 1.4 MB compressed at 10,000 entries.
 */
import type { GuideContent } from './content.ts';

/** How many entries each part of the guide lists at most. */
export interface GuideLimits {
  contacts: number;
  perPhase: number;
  allPhases: number;
  seeAlso: number;
}

export const GUIDE_LIMITS: GuideLimits = {
  /** Contact points including the Jugendamt. */
  contacts: 20,
  /** Offers described in one life-phase part. */
  perPhase: 16,
  /** Offers for all life phases. */
  allPhases: 24,
  /** "Auch in dieser Lebensphase" references per part. */
  seeAlso: 16,
};

export interface GuideMore {
  contacts: number;
  /** Per phase part, in the order of guide.phases: offers left out (described or referenced). */
  phases: number[];
  allPhases: number;
}

/** The guide cut to `limits`, and how many entries each part leaves out. References to left-out offers are dropped. */
export function limitGuide(guide: GuideContent, limits: GuideLimits = GUIDE_LIMITS): { guide: GuideContent; more: GuideMore } {
  const described = new Set<string>();
  const phases = guide.phases.map((s) => {
    const offers = s.offers.slice(0, limits.perPhase);
    offers.forEach((o) => described.add(o.offer.id));
    return { ...s, offers };
  });
  const more: GuideMore = {
    contacts: Math.max(0, guide.contacts.length - limits.contacts),
    phases: [],
    allPhases: Math.max(0, guide.allPhases.length - limits.allPhases),
  };
  const limited = phases.map((s, i) => {
    const original = guide.phases[i]!;
    const seeAlso = original.seeAlso.filter((x) => described.has(x.offer.id)).slice(0, limits.seeAlso);
    more.phases.push(original.offers.length + original.seeAlso.length - s.offers.length - seeAlso.length);
    return { ...s, seeAlso };
  });
  return {
    guide: { ...guide, contacts: guide.contacts.slice(0, limits.contacts), phases: limited, allPhases: guide.allPhases.slice(0, limits.allPhases) },
    more,
  };
}
