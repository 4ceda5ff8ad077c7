/**
 * Which entries the printable family guide (Familienwegweiser) of one town
 * holds: the same contact points as the town page, the offers that serve the
 * town by life phase (each described once, at its first phase), the offers for
 * all phases, and the nationwide hotlines for the back page.
 */
import type { ContactEntry, Directory, OfferEntry, TownEntry } from '../entries.ts';
import { isCurrent, offerInPhase } from '../chain/index.ts';
import { SCOPE_ORDER, scopeFor, type Scope } from '../area.ts';
import { collator } from '../format.ts';
import type { Phase } from '../../components/chain/data.ts';

/** The directory collections the guide reads. */
export type GuideDirectory = Pick<Directory, 'towns' | 'contacts' | 'offers' | 'organisations' | 'contactKinds' | 'sources'>;

/** What the guide is built from; the relations come from src/lib/entries.ts (see load.ts). */
export interface GuideInput {
  dir: GuideDirectory;
  town: TownEntry;
  /** Whether the town is the district itself (`isDistrict`). */
  district: boolean;
  /** Contact points in or responsible for the town (`contactsForTown`). */
  townContacts: readonly ContactEntry[];
  /** Life phases in chain order. */
  phases: readonly Phase[];
  /** Emergency numbers (110, 112) and the nationwide hotlines in groups (`hotlineGroups`). */
  hotlines: { emergency: readonly OfferEntry[]; groups: readonly { id: string; title: string; offers: readonly OfferEntry[] }[] };
  /** Date of the build, ISO. */
  today: string;
  /** Public origin of the site, for the addresses printed next to the QR codes. */
  siteUrl: string;
  siteName: string;
}

export interface GuideOffer {
  offer: OfferEntry;
  scope: Scope;
}

export interface GuidePhaseContent {
  phase: Phase;
  /** Offers described in this section (first phase they belong to). */
  offers: GuideOffer[];
  /** Offers of this phase described in an earlier section (index into the phases). */
  seeAlso: { offer: OfferEntry; section: number }[];
}

export interface GuideContent {
  /** The town's Jugendamt first, then the other contact points, as on the town page. */
  contacts: ContactEntry[];
  phases: GuidePhaseContent[];
  /** Offers that serve the town but name no phase and no age. */
  allPhases: GuideOffer[];
  /** Every offer of the guide, in directory order. */
  serving: GuideOffer[];
}

const byScopeThenTitle = (a: GuideOffer, b: GuideOffer) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || collator.compare(a.offer.data.title, b.offer.data.title);

/** Contact points of a town exactly as the town page shows them: its Jugendamt, then every place in or responsible for the town. */
export function guideContacts(input: Pick<GuideInput, 'dir' | 'town' | 'townContacts'>): ContactEntry[] {
  const jugendamt = input.dir.contacts.get(input.town.data.jugendamt);
  const rest = input.townContacts.filter((c) => c.id !== jugendamt?.id);
  return jugendamt ? [jugendamt, ...rest] : [...rest];
}

/** The entries of a town's guide, before the parts are cut to their limits (limit.ts). */
export function guideContent(input: GuideInput): GuideContent {
  const { dir, town, district, phases } = input;
  const serving: GuideOffer[] = [];
  for (const offer of dir.offers.values()) {
    if (!isCurrent(offer.data)) continue;
    const scope = district ? offer.data.area : scopeFor(offer.data, town.id);
    if (scope && scope !== 'nationwide') serving.push({ offer, scope });
  }
  const firstSection = new Map<string, number>();
  const sections = phases.map((phase, i): GuidePhaseContent => {
    const inPhase = serving.filter((s) => offerInPhase(s.offer.data, phase)).sort(byScopeThenTitle);
    const offers: GuideOffer[] = [];
    const seeAlso: GuidePhaseContent['seeAlso'] = [];
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
  return { contacts: guideContacts(input), phases: sections, allPhases, serving };
}
