/**
 * What every entry page shares: absolute URLs, breadcrumbs, links and cards to
 * related entries, vocabulary links, the provenance block, the way to someone
 * when an entry has no phone of its own, and the paths of getStaticPaths.
 * Pure: every function takes the loaded directory (src/lib/directory/load.ts).
 */
import type { EntryCollection, VocabularyName } from '../../schemas/index.ts';
import { siteConfig } from '../../site.config.ts';
import type { Scope } from '../area.ts';
import { COLLECTION_PLURAL } from '../cms/labels.ts';
import { ref } from '../directory/references.ts';
import { entryTitle, isDistrict } from '../directory/relations.ts';
import { postcodeNote, type PostcodeNote } from '../postcode-note.ts';
import type { ContactEntry, Directory, OfferEntry, OrganisationEntry, PracticeEntry, RefOrigin, TownEntry } from '../directory/types.ts';
import { collator, formatDateDe } from '../format.ts';
import { isStale, todayIso } from '../freshness.ts';
import type { Crumb, JsonLd, Linked, PlaceRef } from '../jsonld.ts';
import { changeIssueUrl, changeMailText, currentValues, mailtoUrl } from '../suggest.ts';
import { absoluteUrl, adminEntryUrl, entryUrl, lifePhaseUrl, topicUrl, URL_PREFIX } from '../urls.ts';

/** Absolute URL of a site path on the configured origin. */
export const absolute = (path: string): string => absoluteUrl(siteConfig.url, path);

/** What BaseLayout needs for the head of an entry page. */
export interface PageHead {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  jsonLd?: JsonLd | undefined;
}

/** German name of a collection's section ("Angebote"), as in its index page and the editor. */
export function sectionName(collection: EntryCollection): string {
  return COLLECTION_PLURAL[collection] ?? collection;
}

/** What every entry page shows: the head, and where its facts come from. */
export interface EntryPage {
  head: PageHead;
  provenance: ProvenanceData;
}

/** Breadcrumb of a collection's index page. */
export function sectionCrumb(collection: EntryCollection): Crumb {
  return { name: sectionName(collection), path: URL_PREFIX[collection] };
}

/** Breadcrumbs of an entry's page: its section, then the entry. */
export function entryCrumbs(collection: EntryCollection, id: string, title: string): Crumb[] {
  return [sectionCrumb(collection), { name: title, path: entryUrl(collection, id) }];
}

/** A link to an entry of the directory. */
export interface Link {
  name: string;
  href: string;
}

/** Link to an entry's page, named by its title. */
export function linkTo(collection: EntryCollection, entry: { id: string; data: unknown }): Link {
  return { name: entryTitle(entry), href: entryUrl(collection, entry.id) };
}

/** An organisation for JSON-LD: name, absolute page URL, own website. */
export function linkedOrganisation(org: OrganisationEntry): Linked {
  return { name: org.data.name, url: absolute(entryUrl('organisations', org.id)), website: org.data.website };
}

/** A town for JSON-LD. */
export function placeOf(town: TownEntry): PlaceRef {
  return { name: town.data.name, url: absolute(entryUrl('towns', town.id)), kind: town.data.kind };
}

/** One card of a list (props of EntryCard.astro). */
export interface Card {
  href: string;
  title: string;
  kind?: string | undefined;
  place?: string | undefined;
  summary?: string | undefined;
  /** Where an offer or network is available; beyond its towns the card shows a badge. */
  scope?: Scope | undefined;
}

/** Cards of practice examples (every entry page lists those naming the entry). */
export function practiceCards(practices: readonly PracticeEntry[]): Card[] {
  return practices.map((p) => ({ href: entryUrl('practices', p.id), title: p.data.title, summary: p.data.summary }));
}

/** Card of a contact point: kind and town as meta. */
export function contactCard(dir: Directory, c: ContactEntry): Card {
  return {
    href: entryUrl('contacts', c.id),
    title: c.data.name,
    kind: ref(dir, 'contactKinds', c.data.kind).data.label,
    place: ref(dir, 'towns', c.data.town).data.name,
    summary: c.data.summary,
  };
}

/** A vocabulary term as the entry shows it: label, explanation, link for topics and life phases. */
export interface TermLink {
  id: string;
  label: string;
  description?: string | undefined;
  href?: string | undefined;
}

/** Terms of one vocabulary field; a term that does not exist throws naming the entry and field. */
export function termLinks(dir: Directory, vocab: VocabularyName, ids: readonly string[], from: RefOrigin): TermLink[] {
  return ids.map((id) => {
    const t = ref(dir, vocab, id, from);
    const href = vocab === 'topics' ? topicUrl(id) : vocab === 'lifePhases' ? lifePhaseUrl(id) : undefined;
    return { id, label: t.data.label, description: t.data.description, href };
  });
}

/** Links to towns in the given order. */
export function townLinks(dir: Directory, ids: readonly string[], from?: RefOrigin): Link[] {
  return ids.map((id) => linkTo('towns', ref(dir, 'towns', id, from)));
}

// ---------------------------------------------------------------------------
// Provenance

/** "Herkunft der Angaben" of an entry page. */
export interface ProvenanceData {
  /** Cited documents with their sections in words ("Abschnitte 4.5, 9.2"). */
  citations: { title: string; url: string; sections: string }[];
  /** "12. März 2025". */
  reviewed: string;
  stale: boolean;
  editUrl?: string | undefined;
  suggestUrl: string;
  suggestMail?: string | undefined;
  issueUrl: string;
}

/** "Abschnitt 4.5", "Abschnitte 4.5, 9.2"; sections in words ("Website des Betreibers") stay as they are. */
export function sectionText(sections: readonly string[]): string {
  const numbered = sections.every((x) => /^\d/.test(x));
  if (!numbered) return sections.join(', ');
  return `${sections.length > 1 ? 'Abschnitte' : 'Abschnitt'} ${sections.join(', ')}`;
}

/** An entry as Provenance needs it. */
export interface ProvenanceEntry {
  id: string;
  filePath?: string | undefined;
  data: { source?: { document: string; section: string }[]; reviewed: string } & Parameters<typeof currentValues>[0];
}

/** Sources, date of review and the links to edit, suggest a change or report an error. */
export function provenanceOf(dir: Directory, collection: EntryCollection, entry: ProvenanceEntry, title: string, today = todayIso()): ProvenanceData {
  const byDoc = new Map<string, { title: string; url: string; sections: string[] }>();
  for (const c of entry.data.source ?? []) {
    const source = ref(dir, 'sources', c.document, { collection, id: entry.id, field: 'source.document' });
    const item = byDoc.get(c.document) ?? { title: source.data.title, url: entryUrl('sources', c.document), sections: [] };
    item.sections.push(c.section);
    byDoc.set(c.document, item);
  }
  const pageUrl = absolute(entryUrl(collection, entry.id));
  const repo = siteConfig.repository;
  // With a login for the web editor set up (docs/cms.md), "Eintrag bearbeiten" opens the entry there.
  const editUrl = siteConfig.cms.authBaseUrl
    ? adminEntryUrl(collection, entry.id)
    : entry.filePath
      ? `${repo.url}/edit/${repo.branch}/${entry.filePath.replace(/^\.?\//, '')}`
      : undefined;
  const issueUrl = repo.newIssueUrl
    .replace('{title}', encodeURIComponent(`Fehler: ${title}`))
    .replace(
      '{body}',
      encodeURIComponent(`Seite: ${pageUrl}\n\nWas stimmt nicht? Bitte beschreiben Sie, was falsch ist und woher Sie die richtige Angabe haben.\n\n`),
    );
  // "Änderung vorschlagen": issue form pre-filled with the page and today's contact details; same text by e-mail.
  const suggestion = { title, pageUrl, current: currentValues(entry.data) };
  const editorialEmail = siteConfig.cms.editorialEmail;
  return {
    citations: [...byDoc.values()].map((d) => ({ title: d.title, url: d.url, sections: sectionText(d.sections) })),
    reviewed: formatDateDe(entry.data.reviewed),
    stale: isStale(entry.data.reviewed, today),
    editUrl,
    suggestUrl: changeIssueUrl(repo.url, suggestion),
    suggestMail: editorialEmail ? mailtoUrl(editorialEmail, changeMailText(suggestion)) : undefined,
    issueUrl,
  };
}

// ---------------------------------------------------------------------------
// A way to someone, for entries without a phone of their own

/** The Jugendamt for the entry's towns and the nationwide hotlines for its topics. */
export interface ContactRouteData {
  /** Jugendamt → names of the entry's towns it is responsible for; website of the office or its organisation. */
  offices: { office: ContactEntry; towns: string[]; website?: string | undefined; postcodeNote?: PostcodeNote | undefined }[];
  /** At most two hotline offers (mapping in the topics vocabulary, field `hotlines`). */
  hotlines: OfferEntry[];
}

/**
 * Towns: the entry's towns (empty, or only the district, means every town of
 * the district). `self`: the contact point whose page this is, never listed
 * as its own fallback.
 */
export function contactRoute(dir: Directory, towns: readonly string[], topics: readonly string[], self?: string): ContactRouteData {
  const townData = [...dir.towns.values()].map((t) => t.data);
  const all = [...dir.towns.values()].filter((t) => !isDistrict(t));
  const local = all.filter((t) => towns.includes(t.id));
  const scope = (local.length > 0 ? local : all).sort((a, b) => collator.compare(a.data.name, b.data.name));
  const offices = new Map<string, ContactRouteData['offices'][number]>();
  for (const t of scope) {
    const office = dir.contacts.get(t.data.jugendamt);
    if (!office || office.id === self) continue;
    const row = offices.get(office.id) ?? {
      office,
      towns: [],
      website: office.data.website ?? dir.organisations.get(office.data.organisation)?.data.website,
      postcodeNote: office.data.address ? postcodeNote(office.data.address, townData) : undefined,
    };
    row.towns.push(t.data.name);
    offices.set(office.id, row);
  }
  const hotlineIds = [...new Set(topics.flatMap((id) => dir.topics.get(id)?.data.hotlines ?? []))].slice(0, 2);
  const hotlines = hotlineIds.map((id) => dir.offers.get(id)).filter((o): o is OfferEntry => o !== undefined);
  return { offices: [...offices.values()], hotlines };
}

// ---------------------------------------------------------------------------
// getStaticPaths

/**
 * One static path per entry of a collection, with the entry. The page computes its route data
 * itself while it renders: Astro holds the props of every path for the whole build, so route data
 * in the props would keep every page's data in memory at once (measured at 10,000 entries in
 * docs/performance.md).
 */
export function entryPaths<E extends { id: string }>(entries: Map<string, E>): { params: { slug: string }; props: { entry: E } }[] {
  return [...entries.values()].map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
