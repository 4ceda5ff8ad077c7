/** What an organisation's page (/organisationen/<slug>/) and the organisations index show. */
import { originOf, ref } from '../directory/references.ts';
import { areaText, childOrganisations, contactsOfOrganisation, networksOfOrganisation, offersOfOrganisation, practicesFor } from '../directory/relations.ts';
import type { Directory, OrganisationEntry, TermEntry } from '../directory/types.ts';
import { organisationJsonLd } from '../jsonld.ts';
import { entryUrl } from '../urls.ts';
import { absolute, contactCard, contactRoute, entryCrumbs, linkedOrganisation, linkTo, placeOf, practiceCards, provenanceOf, sectionCrumb } from './common.ts';
import type { Card, ContactRouteData, Link, EntryPage, PageHead } from './common.ts';

export interface OrganisationPage extends EntryPage {
  kind: string;
  parent: Link | undefined;
  towns: Link[];
  children: Card[];
  contacts: Card[];
  offers: Card[];
  networks: Card[];
  practices: Card[];
  /** Organisations have no phone field: always the way to someone. */
  route: ContactRouteData;
}

export function organisationPage(dir: Directory, entry: OrganisationEntry): OrganisationPage {
  const o = entry.data;
  const from = originOf('organisations', entry.id);
  const parent = o.parent ? ref(dir, 'organisations', o.parent, from('parent')) : undefined;
  const towns = o.towns.map((t) => ref(dir, 'towns', t, from('towns')));
  const offers = offersOfOrganisation(dir, entry.id);
  const jsonLd = organisationJsonLd(o, {
    url: absolute(entryUrl('organisations', entry.id)),
    parent: parent ? linkedOrganisation(parent) : undefined,
    towns: towns.map(placeOf),
  });
  return {
    head: { title: o.name, description: o.summary, breadcrumbs: entryCrumbs('organisations', entry.id, o.name), jsonLd },
    kind: ref(dir, 'organisationKinds', o.kind, from('kind')).data.label,
    parent: parent ? linkTo('organisations', parent) : undefined,
    towns: towns.map((t) => linkTo('towns', t)),
    children: childOrganisations(dir, entry.id).map((ch) => ({ href: entryUrl('organisations', ch.id), title: ch.data.name, summary: ch.data.summary })),
    contacts: contactsOfOrganisation(dir, entry.id).map((c) => contactCard(dir, c)),
    offers: offers.map(({ offer, role }) => ({
      href: entryUrl('offers', offer.id),
      title: offer.data.title,
      kind: role === 'partner' ? 'als Partner beteiligt' : undefined,
      place: areaText(dir, offer.data),
      summary: offer.data.summary,
      scope: offer.data.area,
    })),
    networks: networksOfOrganisation(dir, entry.id).map(({ network, role }) => ({
      href: entryUrl('networks', network.id),
      title: network.data.name,
      kind: role === 'coordinator' ? 'koordiniert das Netzwerk' : 'Mitglied',
      summary: network.data.summary,
    })),
    practices: practiceCards(practicesFor(dir, 'organisations', entry.id)),
    route: contactRoute(dir, o.towns, [...new Set(offers.flatMap((x) => x.offer.data.topics))]),
    provenance: provenanceOf(dir, 'organisations', entry, o.name),
  };
}

/** The organisations index (/organisationen/): organisations by kind. */
export function organisationsIndexPage(dir: Directory): { head: PageHead; total: number; groups: { kind: TermEntry<'organisationKinds'>; cards: Card[] }[] } {
  const orgs = [...dir.organisations.values()];
  const townNames = (ids: readonly string[]) => ids.map((id) => ref(dir, 'towns', id).data.name).join(', ');
  const groups = [...dir.organisationKinds.values()]
    .map((kind) => ({
      kind,
      cards: orgs
        .filter((o) => o.data.kind === kind.id)
        .map((o) => ({
          href: entryUrl('organisations', o.id),
          title: o.data.shortName ? `${o.data.name} (${o.data.shortName})` : o.data.name,
          place: o.data.towns.length > 0 ? townNames(o.data.towns) : undefined,
          summary: o.data.summary,
        })),
    }))
    .filter((g) => g.cards.length > 0);
  return {
    head: {
      title: 'Organisationen',
      description: `${orgs.length} Träger und Organisationen der Angebote für Familien im Kreis Unna, nach Art geordnet.`,
      breadcrumbs: [sectionCrumb('organisations')],
    },
    total: orgs.length,
    groups,
  };
}
