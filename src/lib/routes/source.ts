/** What a source's page (/quellen/<slug>/) and the sources index show. */
import type { EntryCollection } from '../../schemas/index.ts';
import { compareSections, countFromSource, entriesFromSource, type SourcedEntry } from '../directory/relations.ts';
import type { Directory, SourceEntry } from '../directory/types.ts';
import { collator, formatDateDe } from '../format.ts';
import type { JsonLd } from '../jsonld.ts';
import { entryUrl } from '../urls.ts';
import { absolute, entryCrumbs, provenanceOf, sectionCrumb, sectionName, type Card, type EntryPage, type PageHead } from './common.ts';

/** Entries of one collection taken from the source, by cited section (sections in natural order). */
export interface SourceGroup {
  collection: EntryCollection;
  /** "Angebote". */
  name: string;
  anchor: string;
  count: number;
  sections: [string, SourcedEntry[]][];
}

export interface SourcePage extends EntryPage {
  total: number;
  groups: SourceGroup[];
}

/** Entries grouped by cited section, sections in natural order ("6.2" before "6.10"), entries by title. */
export function bySection(list: readonly SourcedEntry[]): [string, SourcedEntry[]][] {
  const m = new Map<string, SourcedEntry[]>();
  for (const e of list) for (const sec of e.sections) m.set(sec, [...(m.get(sec) ?? []), e]);
  return [...m.entries()]
    .sort(([a], [b]) => compareSections(a, b))
    .map(([sec, l]) => [sec, l.sort((x, y) => collator.compare(x.title, y.title))]);
}

export function sourcePage(dir: Directory, entry: SourceEntry): SourcePage {
  const s = entry.data;
  const url = absolute(entryUrl('sources', entry.id));
  const jsonLd: JsonLd = {
    '@context': 'https://schema.org',
    '@type': s.kind === 'document' ? 'DigitalDocument' : 'WebSite',
    '@id': url,
    name: s.title,
    description: s.summary,
    publisher: { '@type': 'Organization', name: s.publisher },
    datePublished: s.date,
    sameAs: s.url,
  };
  const groups = [...entriesFromSource(dir, entry.id).entries()].map(([collection, list]) => ({
    collection,
    name: sectionName(collection),
    anchor: `q-${collection}`,
    count: list.length,
    sections: bySection(list),
  }));
  return {
    head: { title: s.title, description: s.summary, breadcrumbs: entryCrumbs('sources', entry.id, s.title), jsonLd },
    total: groups.reduce((n, g) => n + g.count, 0),
    groups,
    provenance: provenanceOf(dir, 'sources', entry, s.title),
  };
}

/** The sources index (/quellen/): documents from the district, then operators of nationwide offers. */
export function sourcesIndexPage(dir: Directory): { head: PageHead; documents: Card[]; operators: Card[] } {
  const sources = [...dir.sources.values()];
  const card = (s: SourceEntry, place: string): Card => ({ href: entryUrl('sources', s.id), title: s.data.title, kind: s.data.publisher, place, summary: s.data.summary });
  return {
    head: {
      title: 'Quellen',
      description:
        'Woher die Angaben stammen: die Quelldokumente aus dem Kreis Unna und die Angaben der Betreiber bundesweiter Angebote, mit allen Einträgen aus jeder Quelle.',
      breadcrumbs: [sectionCrumb('sources')],
    },
    documents: sources.filter((s) => s.data.kind === 'document').map((s) => card(s, `${formatDateDe(s.data.date)} · ${countFromSource(dir, s.id)} Einträge`)),
    operators: sources.filter((s) => s.data.kind === 'operator').map((s) => card(s, `${countFromSource(dir, s.id)} Einträge`)),
  };
}
