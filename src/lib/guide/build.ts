/**
 * Everything the printable family guide (Familienwegweiser) of one town shows,
 * as plain data for the page and its components: the numbered parts and the
 * table of contents (from the same numbers), the counts on the cover, the
 * contact points and offers in print form, the emergency numbers and hotlines
 * of the back page, the sources and the wording for the town.
 */
import type { Address } from '../../schemas/geo.ts';
import type { Phase } from '../../components/chain/data.ts';
import type { ContactEntry, OfferEntry } from '../entries.ts';
import { scopeLabel } from '../area.ts';
import { collator, displayUrl, formatDateDe } from '../format.ts';
import { absoluteUrl, entryUrl, guidePdfUrl, guideUrl, lifePhaseTownUrl, lifePhaseUrl, PAGES, townListUrl } from '../urls.ts';
import { guideContent, type GuideInput, type GuideOffer } from './content.ts';
import { hoursLine } from '../format.ts';
import { GUIDE_LIMITS, limitGuide, type GuideLimits } from './limit.ts';

/**
 * The printed guide this site continues, per town: the seed (application of
 * 2011, section 6.5.5) names Selm's "Familienberatungsführer" as the brochure
 * from which a website for families was to grow. Only that town's guide says
 * so, and only while the directory has the brochure's entry.
 */
export const GUIDE_PREDECESSORS: Readonly<Record<string, { offer: string; phrase: string }>> = {
  selm: { offer: 'familienberatungsfuehrer-selm', phrase: 'als Nachfolger des Familienberatungsführers der Stadt Selm' },
};

/** A path of the site with the address printed under its QR code. */
export interface GuideLink {
  path: string;
  /** Absolute address without scheme, e.g. "example.org/orte/selm". */
  display: string;
}

export interface GuidePhone {
  number: string;
  label?: string | undefined;
  free: boolean;
  hours?: string | undefined;
}

export interface GuideContactItem {
  id: string;
  link: GuideLink;
  name: string;
  /** "Jugendamt · Selm", "Beratungsstelle · Sitz: Unna, auch zuständig für Selm". */
  meta: string;
  summary: string;
  address?: Address | undefined;
  phones: GuidePhone[];
  hours?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  /** Said when the source gives no address, no phone and no website (not for the Jugendamt, whom it sends families to). */
  missingNote?: string | undefined;
}

/** A contact point named under an offer ("Hier: …"). */
export interface GuidePlace {
  name: string;
  address?: string | undefined;
  phone?: string | undefined;
}

export interface GuideOfferItem {
  id: string;
  link: GuideLink;
  title: string;
  /** "kreisweit" or "regional"; local offers are unlabelled. */
  scope?: string | undefined;
  organisation: string;
  summary: string;
  phones: GuidePhone[];
  places: GuidePlace[];
  email?: string | undefined;
  website?: string | undefined;
  /** Set when the offer names no way to reach it: whom to ask instead. */
  contactHint?: string | undefined;
}

/** A numbered part of the guide; its heading and its line in the contents use `no`. */
export interface GuidePart {
  no: number;
  anchor: string;
  title: string;
  /** Entries listed in the part, shown in the contents. */
  count?: number | undefined;
}

/** "Weitere 3 Angebote … im Internet: <link>". */
export interface GuideMoreLink {
  count: number;
  link: GuideLink;
}

export interface GuidePhaseSection {
  part: GuidePart;
  phase: Phase;
  offers: GuideOfferItem[];
  /** Offers of this phase described in an earlier part. */
  seeAlso: { title: string; partNo: number }[];
  more?: GuideMoreLink | undefined;
}

export interface GuideTocItem {
  /** Part number; unnumbered lines (sources) have none. */
  no?: number | undefined;
  anchor: string;
  title: string;
  count?: number | undefined;
  note?: string | undefined;
}

export interface GuideHotline {
  id: string;
  title: string;
  phones: GuidePhone[];
}

export interface Guide {
  townId: string;
  name: string;
  /** "in Selm", "im Kreis Unna". */
  inTown: string;
  title: string;
  description: string;
  breadcrumbs: { name: string; path: string }[];
  /** Guide as PDF (linked only when the build makes PDFs). */
  pdfPath: string;
  townLink: GuideLink;
  date: string;
  counts: { contacts: number; offers: number; quickHelp: number };
  /** Months of the oldest and newest `reviewed` date, e.g. ["Dezember 2011", "Mai 2024"]. */
  reviewedMonths?: [string, string] | undefined;
  toc: GuideTocItem[];
  jugendamt: { part: GuidePart; contact?: GuideContactItem | undefined };
  contacts: { part: GuidePart; items: GuideContactItem[]; more?: GuideMoreLink | undefined };
  phases: GuidePhaseSection[];
  allPhases?: { part: GuidePart; offers: GuideOfferItem[]; more?: GuideMoreLink | undefined } | undefined;
  quickHelp: {
    part: GuidePart;
    emergency: { label: string; number: string }[];
    groups: { title: string; hotlines: GuideHotline[] }[];
    link: GuideLink;
  };
  /** Who publishes the guide, and for Selm the printed guide it continues. */
  publisher: string;
  sources: string[];
  /** Every path that gets a QR code. */
  qrPaths: string[];
}

/** Anchor of "Quellen und Stand" (not a numbered part). */
export const SOURCES_ANCHOR = 'quellen-stand';
const part = (no: number, title: string, count?: number): GuidePart => ({ no, anchor: `teil-${no}`, title, count });
const phonesOf = (o: OfferEntry): GuidePhone[] =>
  o.data.channels.flatMap((c) => (c.kind === 'phone' && c.phone ? [{ number: c.phone, label: c.label, free: c.free === true, hours: hoursLine(c.hours, c.hoursNote) }] : []));

/** The guide of `input.town`, each part cut to `limits`. */
export function buildGuide(input: GuideInput, limits: GuideLimits = GUIDE_LIMITS): Guide {
  const { dir, town, district, today, siteUrl } = input;
  const full = guideContent(input);
  const { guide: shown, more } = limitGuide(full, limits);
  const name = town.data.name;
  const inTown = district ? 'im Kreis Unna' : `in ${name}`;
  const link = (path: string): GuideLink => ({ path, display: displayUrl(absoluteUrl(siteUrl, path)) });
  const moreOf = (count: number, path: string): GuideMoreLink | undefined => (count > 0 ? { count, link: link(path) } : undefined);
  const townName = (id: string) => dir.towns.get(id)?.data.name ?? id;
  const orgName = (id: string) => dir.organisations.get(id)?.data.name ?? id;
  const townContactIds = new Set(input.townContacts.map((c) => c.id));

  const contactItem = (c: ContactEntry, where: string, missingNote?: string): GuideContactItem => ({
    id: c.id,
    link: link(entryUrl('contacts', c.id)),
    name: c.data.name,
    meta: `${dir.contactKinds.get(c.data.kind)?.data.label ?? ''} · ${where}`,
    summary: c.data.summary,
    address: c.data.address,
    phones: c.data.phones.map((p) => ({ number: p.number, label: p.label, free: false })),
    hours: hoursLine(c.data.hours, c.data.hoursNote),
    email: c.data.email,
    website: c.data.website ? displayUrl(c.data.website) : undefined,
    missingNote: !c.data.address && c.data.phones.length === 0 && !c.data.website ? missingNote : undefined,
  });
  const offerItem = ({ offer, scope }: GuideOffer): GuideOfferItem => {
    const o = offer.data;
    const all = o.contacts.map((id) => dir.contacts.get(id)).filter((c): c is ContactEntry => c !== undefined);
    // In a town's guide, the places in or for that town; elsewhere only when the town has none.
    const here = district ? all : all.filter((c) => townContactIds.has(c.id));
    const places = (here.length > 0 ? here : all).map((c) => ({
      name: c.data.name,
      address: c.data.address && `${c.data.address.street}, ${c.data.address.postcode} ${c.data.address.locality}`,
      phone: c.data.phones[0]?.number,
    }));
    const phones = phonesOf(offer);
    const reachable = phones.length > 0 || places.length > 0 || o.email !== undefined || o.website !== undefined;
    return {
      id: offer.id,
      link: link(entryUrl('offers', offer.id)),
      title: o.title,
      scope: scopeLabel(scope),
      organisation: orgName(o.organisation),
      summary: o.summary,
      phones,
      places,
      email: o.email,
      website: o.website ? displayUrl(o.website) : undefined,
      contactHint: reachable ? undefined : `${orgName(o.organisation)} oder das Jugendamt`,
    };
  };

  // Parts: 1 Jugendamt, 2 contact points, one per life phase, "Für alle Lebensphasen" when there are such offers, "Schnelle Hilfe" last.
  let no = 0;
  const jugendamt = shown.contacts[0];
  const jugendamtPart = part(++no, 'Zuständiges Jugendamt');
  const contactsPart = part(++no, `Anlaufstellen ${inTown}`, Math.max(0, shown.contacts.length - 1));
  const phaseParts = shown.phases.map((s) => part(++no, s.phase.label, s.offers.length + s.seeAlso.length));
  const allPhasesPart = shown.allPhases.length > 0 ? part(++no, 'Für alle Lebensphasen', shown.allPhases.length) : undefined;
  const quickHelpPart = part(++no, 'Schnelle Hilfe: Notrufe und bundesweite Hotlines');

  const phases = shown.phases.map((s, i): GuidePhaseSection => ({
    part: phaseParts[i]!,
    phase: s.phase,
    offers: s.offers.map(offerItem),
    seeAlso: s.seeAlso.map((x) => ({ title: x.offer.data.title, partNo: phaseParts[x.section]!.no })),
    more: moreOf(more.phases[i] ?? 0, district ? lifePhaseUrl(s.phase.id) : lifePhaseTownUrl(s.phase.id, town.id)),
  }));
  const allPhases = allPhasesPart && { part: allPhasesPart, offers: shown.allPhases.map(offerItem), more: moreOf(more.allPhases, entryUrl('towns', town.id)) };

  const { hotlines } = input;
  const emergencyPhones = hotlines.emergency.flatMap((o) => phonesOf(o).map((p) => ({ label: p.label ?? o.data.title, number: p.number })));
  const emergency =
    hotlines.emergency.length > 0
      ? emergencyPhones
      : [
          { label: 'Polizei', number: '110' },
          { label: 'Feuerwehr und Rettungsdienst', number: '112' },
        ];
  const groups = hotlines.groups.map((g) => ({
    title: g.title,
    hotlines: g.offers.map((h) => ({ id: h.id, title: h.data.title, phones: phonesOf(h).map((p) => (p.label === h.data.title ? { ...p, label: undefined } : p)) })),
  }));
  const hotlineCount = hotlines.groups.reduce((n, g) => n + g.offers.length, 0);

  // Sources and dates of everything the guide draws on (before the parts are cut).
  const serving = full.serving.map((g) => g.offer);
  const hotlineEntries = [...hotlines.emergency, ...hotlines.groups.flatMap((g) => g.offers)].sort((a, b) => collator.compare(a.data.title, b.data.title));
  const entries = [town, ...full.contacts, ...serving, ...hotlineEntries];
  const sourceIds = [...new Set(entries.flatMap((e) => e.data.source.map((s) => s.document)))];
  const dates = entries.map((e) => e.data.reviewed).sort();
  const month = (iso: string) => formatDateDe(iso).replace(/^\d+\. /, '');
  const predecessor = GUIDE_PREDECESSORS[town.id];
  const continues = predecessor && dir.offers.has(predecessor.offer) ? `, ${predecessor.phrase}` : '';

  const quickHelpLink = link(PAGES.quickHelp);
  const townLink = link(entryUrl('towns', town.id));
  const contactItems = shown.contacts.slice(1).map((c) =>
    contactItem(
      c,
      c.data.town === town.id ? townName(c.data.town) : `Sitz: ${townName(c.data.town)}, auch zuständig für ${name}`,
      'Die Quelle nennt keine Anschrift und keine Telefonnummer. Bitte fragen Sie beim Jugendamt nach.',
    ),
  );
  const jugendamtItem =
    jugendamt &&
    contactItem(jugendamt, `${townName(jugendamt.data.town)}${jugendamt.data.responsibleFor.length > 1 ? ` · zuständig für ${jugendamt.data.responsibleFor.map(townName).join(', ')}` : ''}`);
  const offerItems = [...phases.flatMap((s) => s.offers), ...(allPhases?.offers ?? [])];

  return {
    townId: town.id,
    name,
    inTown,
    title: `Familienwegweiser ${name}`,
    description: `Der Familienwegweiser zum Ausdrucken: alle Anlaufstellen und Angebote für Familien ${inTown}, nach Lebensphasen, mit Telefonnummern, Sprechzeiten und bundesweiten Hotlines.`,
    breadcrumbs: [
      { name: 'Orte', path: PAGES.towns },
      { name, path: entryUrl('towns', town.id) },
      { name: 'Familienwegweiser', path: guideUrl(town.id) },
    ],
    pdfPath: guidePdfUrl(town.id),
    townLink,
    date: formatDateDe(today),
    counts: { contacts: full.contacts.length, offers: serving.length, quickHelp: hotlineCount + emergency.length },
    reviewedMonths: dates.length > 0 ? [month(dates[0]!), month(dates[dates.length - 1]!)] : undefined,
    toc: [
      ...[jugendamtPart, contactsPart, ...phaseParts, ...(allPhasesPart ? [allPhasesPart] : [])],
      { anchor: SOURCES_ANCHOR, title: 'Quellen und Stand' },
      { ...quickHelpPart, note: 'letzte Seite' },
    ],
    jugendamt: { part: jugendamtPart, contact: jugendamtItem },
    contacts: { part: contactsPart, items: contactItems, more: moreOf(more.contacts, townListUrl(town.id, 'anlaufstellen')) },
    phases,
    allPhases,
    quickHelp: { part: quickHelpPart, emergency, groups, link: quickHelpLink },
    publisher: `Herausgegeben mit „${input.siteName}“, dem Familienwegweiser für den Kreis Unna${continues}. Erstellt am ${formatDateDe(today)} aus ${displayUrl(siteUrl)}.`,
    sources: sourceIds.map((id) => {
      const s = dir.sources.get(id);
      return s ? `${s.data.title} – ${s.data.publisher} (${formatDateDe(s.data.date)})` : id;
    }),
    qrPaths: [...new Set([townLink.path, ...[...(jugendamtItem ? [jugendamtItem] : []), ...contactItems].map((c) => c.link.path), ...offerItems.map((o) => o.link.path), quickHelpLink.path])],
  };
}
