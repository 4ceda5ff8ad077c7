/** What a topic's page (/themen/<topic>/) and the topics index show. */
import { networksForTopic, offersForTopic } from '../directory/relations.ts';
import type { Directory, TermEntry } from '../directory/types.ts';
import { PAGES, topicUrl } from '../urls.ts';
import type { Card, PageHead } from './common.ts';
import { offerGroups, type OfferGroups } from './offer.ts';
import { networkCard } from './network.ts';

export interface TopicPage {
  head: PageHead;
  total: number;
  groups: OfferGroups;
  networks: Card[];
}

/** "1 Angebot", "12 Angebote". */
export const offerCount = (n: number): string => (n === 1 ? '1 Angebot' : `${n} Angebote`);

export function topicPage(dir: Directory, term: TermEntry<'topics'>): TopicPage {
  const label = term.data.label;
  const offers = offersForTopic(dir, term.id);
  return {
    head: {
      title: label,
      description: `${label}: ${term.data.description} Angebote im Kreis Unna, vor Ort, kreisweit und bundesweit.`,
      breadcrumbs: [
        { name: 'Themen', path: PAGES.topics },
        { name: label, path: topicUrl(term.id) },
      ],
    },
    total: offers.length,
    groups: offerGroups(dir, offers),
    networks: networksForTopic(dir, term.id).map((n) => networkCard(dir, n)),
  };
}

/** The topics index (/themen/): every topic with its number of offers. */
export function topicsIndexPage(dir: Directory): { head: PageHead; tiles: { href: string; label: string; description: string; count: string }[] } {
  return {
    head: {
      title: 'Themen',
      description: 'Angebote für Familien im Kreis Unna nach Themen: von Frühen Hilfen und Erziehungsberatung bis Schule, Geld und Krisen.',
      breadcrumbs: [{ name: 'Themen', path: PAGES.topics }],
    },
    tiles: [...dir.topics.values()].map((t) => ({
      href: topicUrl(t.id),
      label: t.data.label,
      description: t.data.description,
      count: offerCount(offersForTopic(dir, t.id).length),
    })),
  };
}
