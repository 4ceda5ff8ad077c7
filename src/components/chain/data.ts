/**
 * Build-time data for the chain pages: see `chainDataOf` in
 * src/lib/routes/life-phase.ts (the loaded directory in the plain shapes that
 * src/lib/chain/ counts with, so every page counts the same way).
 */
import { loadDirectory, type OfferEntry } from '../../lib/entries.ts';
import { chainDataOf, type ChainData } from '../../lib/routes/life-phase.ts';

export { chainDataOf, type ChainContact, type ChainData, type ChainOffer, type Phase } from '../../lib/routes/life-phase.ts';

/** The chain data of the site's directory (for pages that do not pass the directory in yet). */
export async function chainData(): Promise<ChainData> {
  return chainDataOf(await loadDirectory());
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
