/**
 * The prevention chain (Präventionskette): which offers belong to which life
 * phase, which serve which town, and the counts per town × phase and
 * phase × topic that make gaps visible. Pure functions over plain data, so the
 * pages, the Wegweiser and the tests count the same way.
 *
 * Which towns an item serves comes from `src/lib/area.ts` (district-wide and
 * nationwide offers serve every town; an offer that names the town is local).
 */
import { scopeFor, type Area, type Scope } from '../area.ts';

export interface PhaseLike {
  id: string;
  order: number;
  ageFrom?: number | undefined;
  ageTo?: number | undefined;
}

export interface OfferLike {
  id: string;
  area: Area;
  towns: readonly string[];
  lifePhases: readonly string[];
  ageRange?: { from?: number | undefined; to?: number | undefined } | undefined;
  topics: readonly string[];
  contacts: readonly string[];
  /** Provider and partner organisations (slugs). */
  organisation?: string | undefined;
  partners?: readonly string[] | undefined;
  status?: 'active' | 'ended' | 'unknown' | undefined;
}

export interface ContactLike {
  id: string;
  town: string;
  responsibleFor: readonly string[];
  /** Organisation that runs the place (slug). */
  organisation?: string | undefined;
}

/**
 * Whether a contact point gives an offer: the offer lists it in `contacts`,
 * or the place is run by the offer's provider or one of its partners.
 */
export function contactGivesOffer(contact: ContactLike, offer: Pick<OfferLike, 'contacts' | 'organisation' | 'partners'>): boolean {
  if (offer.contacts.includes(contact.id)) return true;
  if (!contact.organisation) return false;
  return contact.organisation === offer.organisation || (offer.partners ?? []).includes(contact.organisation);
}

/**
 * The contact points that give at least one of the offers (in the order of
 * `contacts`): the same as
 * `contacts.filter((c) => offers.some((o) => contactGivesOffer(c, o)))`, but
 * with one pass over the offers instead of one per contact point.
 */
export function contactsGivingAny<C extends ContactLike>(contacts: readonly C[], offers: readonly Pick<OfferLike, 'contacts' | 'organisation' | 'partners'>[]): C[] {
  const contactIds = new Set<string>();
  const organisations = new Set<string>();
  for (const o of offers) {
    for (const id of o.contacts) contactIds.add(id);
    if (o.organisation) organisations.add(o.organisation);
    for (const p of o.partners ?? []) organisations.add(p);
  }
  return contacts.filter((c) => contactIds.has(c.id) || (!!c.organisation && organisations.has(c.organisation)));
}

/** Offers that have ended are not part of the chain of help a family can use today. */
export function isCurrent(offer: Pick<OfferLike, 'status'>): boolean {
  return offer.status !== 'ended';
}

/**
 * Whether an offer belongs to a life phase: it names the phase in `lifePhases`,
 * or its age range overlaps the phase's age range. Ranges touch without
 * overlapping at their ends (an offer for 0–3 years is not one for 3–6 years);
 * an offer for one exact age belongs to the phase that contains that age.
 * Pregnancy has no age range, so only `lifePhases` places an offer there.
 */
export function offerInPhase(offer: Pick<OfferLike, 'lifePhases' | 'ageRange'>, phase: PhaseLike): boolean {
  if (offer.lifePhases.includes(phase.id)) return true;
  const range = offer.ageRange;
  if (!range || (range.from === undefined && range.to === undefined)) return false;
  if (phase.ageFrom === undefined || phase.ageTo === undefined) return false;
  const from = range.from ?? 0;
  const to = range.to ?? Number.POSITIVE_INFINITY;
  if (from === to) return from >= phase.ageFrom && from < phase.ageTo;
  return from < phase.ageTo && to > phase.ageFrom;
}

/** The phases an offer belongs to, in chain order. */
export function phasesOfOffer<P extends PhaseLike>(offer: Pick<OfferLike, 'lifePhases' | 'ageRange'>, phases: readonly P[]): P[] {
  return [...phases].sort((a, b) => a.order - b.order).filter((p) => offerInPhase(offer, p));
}

/** Current offers of a phase. */
export function offersInPhase<O extends OfferLike>(offers: readonly O[], phase: PhaseLike): O[] {
  return offers.filter((o) => isCurrent(o) && offerInPhase(o, phase));
}

export interface ScopedOffer<O> {
  offer: O;
  scope: Scope;
}

/** Current offers of a phase that serve a town, with the scope through which they reach it. */
export function offersInPhaseForTown<O extends OfferLike>(offers: readonly O[], phase: PhaseLike, town: string): ScopedOffer<O>[] {
  const out: ScopedOffer<O>[] = [];
  for (const offer of offersInPhase(offers, phase)) {
    const scope = scopeFor(offer, town);
    if (scope) out.push({ offer, scope });
  }
  return out;
}

/** Contact points located in a town or responsible for it (the same rule as the town page). */
export function contactsOfTown<C extends ContactLike>(contacts: readonly C[], town: string): C[] {
  return contacts.filter((c) => c.town === town || c.responsibleFor.includes(town));
}

export interface ScopeCounts {
  /** Offers that name the town. */
  local: number;
  /** Offers for the whole district. */
  district: number;
  /** Nationwide offers (hotlines). */
  nationwide: number;
  /** All offers that serve the town. */
  total: number;
}

export function countScopes(items: readonly { scope: Scope }[]): ScopeCounts {
  const c: ScopeCounts = { local: 0, district: 0, nationwide: 0, total: items.length };
  for (const { scope } of items) {
    if (scope === 'town') c.local++;
    else if (scope === 'nationwide') c.nationwide++;
    else c.district++;
  }
  return c;
}

export interface ChainLink<P extends PhaseLike, O extends OfferLike, C extends ContactLike> {
  phase: P;
  offers: ScopedOffer<O>[];
  counts: ScopeCounts;
  /** Contact points of the town that give an offer of this phase (see `contactGivesOffer`). */
  contacts: C[];
  /** What is located in the town itself ("vor Ort", see `onSiteInTown`). */
  onSite: { offers: O[]; contacts: C[] };
  /** Nothing of the phase is located in the town (see `isChainGap`). */
  gap: boolean;
}

/**
 * A gap in the chain of a town: in this phase neither an offer nor a contact
 * point is located in the town ("vor Ort"). The town page and the overview of
 * the chain both flag gaps by this one rule.
 */
export function isChainGap(onSite: { offers: number; contacts: number }): boolean {
  return onSite.offers === 0 && onSite.contacts === 0;
}

/** The chain for one town: one link per phase, in order. */
export function chainForTown<P extends PhaseLike, O extends OfferLike, C extends ContactLike>(
  town: string,
  phases: readonly P[],
  offers: readonly O[],
  contacts: readonly C[],
): ChainLink<P, O, C>[] {
  const townContacts = contactsOfTown(contacts, town);
  return [...phases]
    .sort((a, b) => a.order - b.order)
    .map((phase) => {
      const scoped = offersInPhaseForTown(offers, phase, town);
      const phaseContacts = contactsGivingAny(townContacts, scoped.map((s) => s.offer));
      const counts = countScopes(scoped);
      const onSite = onSiteInTown(
        town,
        scoped.map((s) => s.offer),
        contacts,
      );
      const gap = isChainGap({ offers: onSite.offers.length, contacts: onSite.contacts.length });
      return { phase, offers: scoped, counts, contacts: phaseContacts, onSite, gap };
    });
}

export interface TownPhaseCell {
  town: string;
  phase: string;
  counts: ScopeCounts;
  /** Contact points located in the town or responsible for it that give an offer of the phase. */
  contacts: number;
  /**
   * What is located in the town itself ("vor Ort"): offers of the phase given
   * at a contact point in the town, and those contact points. An office in
   * Unna that is responsible for Bönen is not "vor Ort" in Bönen.
   */
  onSite: { offers: number; contacts: number };
  /** See `isChainGap`. */
  gap: boolean;
}

/** Offers given at a contact point located in `town` (see `contactGivesOffer`), and those contact points. */
export function onSiteInTown<O extends OfferLike, C extends ContactLike>(town: string, offers: readonly O[], contacts: readonly C[]): { offers: O[]; contacts: C[] } {
  const here = contacts.filter((c) => c.town === town);
  return {
    offers: offers.filter((o) => here.some((c) => contactGivesOffer(c, o))),
    contacts: contactsGivingAny(here, offers),
  };
}

/** Towns × phases: offers serving each town in each phase, contact points for it, and what is located in the town itself. */
export function townPhaseMatrix<P extends PhaseLike, O extends OfferLike, C extends ContactLike>(
  towns: readonly string[],
  phases: readonly P[],
  offers: readonly O[],
  contacts: readonly C[],
): TownPhaseCell[][] {
  return towns.map((town) =>
    chainForTown(town, phases, offers, contacts).map((link) => ({
      town,
      phase: link.phase.id,
      counts: link.counts,
      contacts: link.contacts.length,
      onSite: { offers: link.onSite.offers.length, contacts: link.onSite.contacts.length },
      gap: link.gap,
    })),
  );
}

/** Current offers of a phase grouped by topic (an offer appears under each of its topics), topics in the given order. */
export function groupByTopic<O extends OfferLike>(offers: readonly O[], topicOrder: readonly string[]): { topic: string; offers: O[] }[] {
  return topicOrder
    .map((topic) => ({ topic, offers: offers.filter((o) => o.topics.includes(topic)) }))
    .filter((g) => g.offers.length > 0);
}

/** Phases × topics: the number of current offers of each phase with each topic. */
export function phaseTopicMatrix<P extends PhaseLike, O extends OfferLike>(phases: readonly P[], topics: readonly string[], offers: readonly O[]): number[][] {
  return [...phases]
    .sort((a, b) => a.order - b.order)
    .map((phase) => {
      const inPhase = offersInPhase(offers, phase);
      return topics.map((t) => inPhase.filter((o) => o.topics.includes(t)).length);
    });
}

/** German count phrase: "1 Angebot", "3 Angebote", "keine Angebote". */
export function countWords(n: number, one: string, many: string, none = `keine ${many}`): string {
  if (n === 0) return none;
  return `${n} ${n === 1 ? one : many}`;
}
