/** What a practice example's page (/praxisbeispiele/<slug>/) and the practice lists show. */
import { originOf, ref } from '../directory/references.ts';
import { isDistrict, practicesForTopic, practicesForTown } from '../directory/relations.ts';
import type { Directory, PracticeEntry, TermEntry, TownEntry } from '../directory/types.ts';
import type { JsonLd } from '../jsonld.ts';
import { entryUrl, PAGES, practicesTopicUrl, practicesTownUrl } from '../urls.ts';
import { absolute, entryCrumbs, linkTo, provenanceOf, sectionCrumb, termLinks, townLinks, contactRoute } from './common.ts';
import type { Card, ContactRouteData, Link, EntryPage, PageHead, TermLink } from './common.ts';
import { indexMetaOf, type IndexMetaData } from './index-meta.ts';

export interface PracticePage extends EntryPage {
  search: IndexMetaData;
  towns: Link[];
  organisations: Link[];
  topics: TermLink[];
  /** Contact points and organisations to ask. */
  ask: Card[];
  /** Offers and networks the example belongs to. */
  related: Card[];
  route: ContactRouteData;
}

export function practicePage(dir: Directory, entry: PracticeEntry): PracticePage {
  const p = entry.data;
  const from = originOf('practices', entry.id);
  const orgs = p.organisations.map((o) => ref(dir, 'organisations', o, from('organisations')));
  const url = absolute(entryUrl('practices', entry.id));
  const jsonLd: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    headline: p.title,
    description: p.summary,
    inLanguage: 'de',
    about: orgs.map((o) => ({ '@type': 'Organization', name: o.data.name })),
  };
  const card = (href: string, title: string, kind: string, summary: string): Card => ({ href, title, kind, summary });
  return {
    head: { title: p.title, description: p.summary, breadcrumbs: entryCrumbs('practices', entry.id, p.title), jsonLd },
    search: indexMetaOf(dir, entry),
    towns: townLinks(dir, p.towns, from('towns')),
    organisations: orgs.map((o) => linkTo('organisations', o)),
    topics: termLinks(dir, 'topics', p.topics, from('topics')),
    ask: [
      ...p.askContacts.map((id) => ref(dir, 'contacts', id, from('askContacts'))).map((c) => card(entryUrl('contacts', c.id), c.data.name, 'Anlaufstelle', c.data.summary)),
      ...p.askOrganisations
        .map((id) => ref(dir, 'organisations', id, from('askOrganisations')))
        .map((o) => card(entryUrl('organisations', o.id), o.data.name, 'Organisation', o.data.summary)),
    ],
    related: [
      ...p.offers.map((id) => ref(dir, 'offers', id, from('offers'))).map((o) => card(entryUrl('offers', o.id), o.data.title, 'Angebot', o.data.summary)),
      ...p.networks.map((id) => ref(dir, 'networks', id, from('networks'))).map((n) => card(entryUrl('networks', n.id), n.data.name, 'Netzwerk', n.data.summary)),
    ],
    route: contactRoute(dir, p.towns, p.topics),
    provenance: provenanceOf(dir, 'practices', entry, p.title),
  };
}

/** The practice examples index (/praxisbeispiele/). */
export function practicesIndexPage(dir: Directory): { head: PageHead; cards: Card[] } {
  const place = (ids: readonly string[]) => (ids.length > 0 ? ids.map((id) => ref(dir, 'towns', id).data.name).join(', ') : 'Kreis Unna');
  return {
    head: {
      title: 'Praxisbeispiele',
      description:
        'Praxisbeispiele aus dem Kreis Unna für den Austausch der Fachleute (Transferbörse): Ausgangslage, Ziele, Ergebnisse, was geholfen hat und was schwierig war.',
      breadcrumbs: [sectionCrumb('practices')],
    },
    cards: [...dir.practices.values()].map((p) => ({
      href: entryUrl('practices', p.id),
      title: p.data.title,
      kind: p.data.period,
      place: place(p.data.towns),
      summary: p.data.summary,
    })),
  };
}

/** "1 Beispiel", "3 Beispiele". */
export const exampleCount = (n: number): string => (n === 1 ? '1 Beispiel' : `${n} Beispiele`);

/** Practice examples of one town (/praxisbeispiele/ort/<town>/); for the district: those for the whole district. */
export function practicesTownPage(dir: Directory, town: TownEntry) {
  const where = isDistrict(town) ? 'für den ganzen Kreis Unna' : `aus ${town.data.name}`;
  const head: PageHead = {
    title: `Praxisbeispiele ${where}`,
    description: `Praxisbeispiele ${where} für den Austausch der Fachleute (Transferbörse): Ausgangslage, Ziele, Ergebnisse, Erfolgsfaktoren und Stolpersteine.`,
    breadcrumbs: [sectionCrumb('practices'), { name: isDistrict(town) ? 'Kreisweit' : town.data.name, path: practicesTownUrl(town.id) }],
  };
  return { head, where, practices: practicesForTown(dir, town), allUrl: PAGES.practices };
}

/** Practice examples on one topic (/praxisbeispiele/thema/<topic>/). */
export function practicesTopicPage(dir: Directory, term: TermEntry<'topics'>) {
  const label = term.data.label;
  const head: PageHead = {
    title: `Praxisbeispiele: ${label}`,
    description: `Praxisbeispiele aus dem Kreis Unna zum Thema „${label}“: Ausgangslage, Ziele, Ergebnisse, Erfolgsfaktoren und Stolpersteine.`,
    breadcrumbs: [sectionCrumb('practices'), { name: label, path: practicesTopicUrl(term.id) }],
  };
  return { head, label, practices: practicesForTopic(dir, term.id) };
}
