/** What a network's page (/netzwerke/<slug>/) and the networks index show. */
import type { Party } from '../../schemas/index.ts';
import type { Scope } from '../area.ts';
import { originOf, ref } from '../directory/references.ts';
import { areaText, districtOf, practicesFor, townsInOrder } from '../directory/relations.ts';
import type { Directory, NetworkEntry } from '../directory/types.ts';
import { networkJsonLd, type Linked } from '../jsonld.ts';
import { entryUrl } from '../urls.ts';
import { absolute, contactRoute, entryCrumbs, linkTo, placeOf, practiceCards, provenanceOf, sectionCrumb, termLinks } from './common.ts';
import type { Card, ContactRouteData, Link, EntryPage, PageHead, TermLink } from './common.ts';
import { indexMetaOf, type IndexMetaData } from './index-meta.ts';

/** A coordinator or member: an organisation of the directory (linked) or a name in words. */
export interface ResolvedParty {
  name: string;
  href?: string | undefined;
  note?: string | undefined;
}

export interface NetworkPage extends EntryPage {
  search: IndexMetaData;
  kind: string;
  scope: Scope;
  /** The towns as links, else the area in words ("keine Angabe in der Quelle" for a town network without towns). */
  area: Link[] | string;
  coordinator: ResolvedParty | undefined;
  members: ResolvedParty[];
  topics: TermLink[];
  practices: Card[];
  route: ContactRouteData;
}

export function networkPage(dir: Directory, entry: NetworkEntry): NetworkPage {
  const n = entry.data;
  const from = originOf('networks', entry.id);
  const towns = n.towns.map((t) => ref(dir, 'towns', t, from('towns')));
  const party = (p: Party, field: string): ResolvedParty => {
    if (!p.organisation) return { name: p.text ?? '' };
    const org = ref(dir, 'organisations', p.organisation, from(field));
    return { ...linkTo('organisations', org), note: p.text };
  };
  const coordinator = n.coordinator ? party(n.coordinator, 'coordinator.organisation') : undefined;
  const members = n.members.map((m) => party(m, 'members.organisation'));
  const linked = (p: ResolvedParty): Linked | { name: string } => (p.href ? { name: p.name, url: absolute(p.href) } : { name: p.name });
  const district = districtOf(dir);
  const jsonLd = networkJsonLd(n, {
    url: absolute(entryUrl('networks', entry.id)),
    coordinator: coordinator ? linked(coordinator) : undefined,
    members: members.map(linked),
    towns: towns.map(placeOf),
    district: district ? placeOf(district) : undefined,
  });
  return {
    head: { title: n.name, description: n.summary, breadcrumbs: entryCrumbs('networks', entry.id, n.name), jsonLd },
    search: indexMetaOf(dir, entry),
    kind: ref(dir, 'networkKinds', n.kind, from('kind')).data.label,
    scope: n.area,
    area: n.area !== 'town' ? areaText(dir, n) : towns.length > 0 ? towns.map((t) => linkTo('towns', t)) : 'keine Angabe in der Quelle',
    coordinator,
    members,
    topics: termLinks(dir, 'topics', n.topics, from('topics')),
    practices: practiceCards(practicesFor(dir, 'networks', entry.id)),
    route: contactRoute(dir, n.area === 'town' ? n.towns : [], n.topics),
    provenance: provenanceOf(dir, 'networks', entry, n.name),
  };
}

/** Card of a network in a list: kind as meta, "regional" and "beendet" as badges. */
export function networkCard(dir: Directory, n: NetworkEntry): Card & { badges: { label: string; variant?: 'ended' }[] } {
  return {
    href: entryUrl('networks', n.id),
    title: n.data.name,
    kind: ref(dir, 'networkKinds', n.data.kind).data.label,
    summary: n.data.summary,
    badges: [
      ...(n.data.area === 'region' ? [{ label: 'regional' }] : []),
      ...(n.data.status === 'ended' ? [{ label: 'beendet', variant: 'ended' as const }] : []),
    ],
  };
}

/** The networks index (/netzwerke/): district-wide and regional, by town, without a town. */
export function networksIndexPage(dir: Directory) {
  const networks = [...dir.networks.values()];
  const cards = (list: NetworkEntry[]) => list.map((n) => networkCard(dir, n));
  const head: PageHead = {
    title: 'Netzwerke',
    description: `${networks.length} Netzwerke, Arbeitskreise und Runde Tische der Fachleute im Kreis Unna, kreisweit und nach Ort.`,
    breadcrumbs: [sectionCrumb('networks')],
  };
  return {
    head,
    total: networks.length,
    wide: cards(networks.filter((n) => n.data.area === 'district' || n.data.area === 'region')),
    byTown: townsInOrder(dir)
      .map((t) => ({ id: `ort-${t.id}`, name: t.data.name, cards: cards(networks.filter((n) => n.data.area === 'town' && n.data.towns.includes(t.id))) }))
      .filter((g) => g.cards.length > 0),
    unplaced: cards(networks.filter((n) => n.data.area === 'town' && n.data.towns.length === 0)),
  };
}
