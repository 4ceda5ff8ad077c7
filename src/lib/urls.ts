/**
 * Every URL of the site, in one module. Entry pages derive from `URL_PREFIX`
 * in `src/schemas/index.ts`; the other routes are named here. Pages,
 * components, the map, search, JSON-LD, exports, the guide, the offline worker
 * and the tests take their URLs from here, never from string literals.
 *
 * Free of zod (the prefixes come from `src/schemas/url-prefix.ts`), so browser
 * scripts may import it.
 *
 * All paths are German and stable; a language version puts its code in front
 * (see `localizePath` in `src/i18n/urls.ts`).
 */
import type { EntryCollection } from '../schemas/index.ts';
import { URL_PREFIX } from '../schemas/url-prefix.ts';

export { URL_PREFIX };

/** Sections of the site that are not entry collections. */
const SECTION = {
  topics: '/themen/',
  lifePhases: '/lebensphasen/',
  search: '/suche/',
  map: '/karte/',
  quickHelp: '/schnelle-hilfe/',
  openData: '/daten/',
  easyLanguage: '/leichte-sprache/',
  guidePdf: '/wegweiser/',
  admin: '/admin/',
  pagefind: '/pagefind/',
} as const;

/** Fixed pages (no slug). */
export const PAGES = {
  home: '/',
  offers: URL_PREFIX.offers,
  contacts: URL_PREFIX.contacts,
  towns: URL_PREFIX.towns,
  organisations: URL_PREFIX.organisations,
  networks: URL_PREFIX.networks,
  practices: URL_PREFIX.practices,
  sources: URL_PREFIX.sources,
  topics: SECTION.topics,
  lifePhases: SECTION.lifePhases,
  chainOverview: `${SECTION.lifePhases}uebersicht/`,
  search: SECTION.search,
  searchPlace: `${SECTION.search}ort/`,
  searchKeywords: `${SECTION.search}stichwoerter/`,
  map: SECTION.map,
  /** The places of the map page as JSON, fetched by the map script after consent (not inlined: at 10,000 entries they alone were 85 KB of the page, gzip). */
  mapPlaces: `${SECTION.map}orte.json`,
  quickHelp: SECTION.quickHelp,
  openData: SECTION.openData,
  openDataCsv: `${SECTION.openData}csv/`,
  openDataHsds: `${SECTION.openData}hsds/`,
  about: '/ueber/',
  project: '/projekt/',
  imprint: '/impressum/',
  privacy: '/datenschutz/',
  accessibility: '/barrierefreiheit/',
  offline: '/offline/',
  easyLanguage: SECTION.easyLanguage,
  easyLanguageOffers: `${SECTION.easyLanguage}angebote/`,
  easyLanguageHelp: `${SECTION.easyLanguage}bedienung/`,
  easyLanguageFeedback: `${SECTION.easyLanguage}rueckmeldung/`,
  easyLanguageAccessibility: `${SECTION.easyLanguage}barrierefreiheit/`,
  admin: SECTION.admin,
  adminConfig: `${SECTION.admin}config.yml`,
  /** Decap CMS as its publisher builds it (`decap-cms/dist/`), one folder per version: see `adminEditorUrl`. */
  adminEditor: `${SECTION.admin}decap/`,
  pagefind: SECTION.pagefind,
  pagefindScript: `${SECTION.pagefind}pagefind.js`,
  /** One Pagefind bundle per town, each with only the entries that serve the town: see `pagefindTownBundle`. */
  pagefindTowns: `${SECTION.pagefind}orte/`,
  manifest: '/manifest.webmanifest',
  serviceWorker: '/sw.js',
} as const;

export type PageName = keyof typeof PAGES;

/** Anchors on fixed pages that other pages link to. */
export const ANCHORS = {
  mapConsent: 'karten-einwilligung',
  hsdsProfile: 'hsds-profil',
  transferExchange: 'transferboerse',
} as const;

/** `path#anchor`. */
export const withAnchor = (path: string, anchor: string): string => `${path}#${anchor}`;

/** URL of an entry's detail page, e.g. "/angebote/nummer-gegen-kummer/". */
export function entryUrl(collection: EntryCollection, id: string): string {
  return `${URL_PREFIX[collection]}${id}/`;
}

/** A topic's page: `/themen/<id>/`. */
export const topicUrl = (id: string): string => `${SECTION.topics}${id}/`;
/** A life phase's page: `/lebensphasen/<id>/`. */
export const lifePhaseUrl = (id: string): string => `${SECTION.lifePhases}${id}/`;
/** A phase's offers for one town: the filter without JavaScript. */
export const lifePhaseTownUrl = (phase: string, town: string): string => `${lifePhaseUrl(phase)}${town}/`;
/** The printable guide of a town. */
export const guideUrl = (town: string): string => `${entryUrl('towns', town)}wegweiser/`;
/** The guide as PDF. */
export const guidePdfUrl = (town: string): string => `${SECTION.guidePdf}${town}.pdf`;
/** Practice examples of one town / one topic. */
export const practicesTownUrl = (town: string): string => `${URL_PREFIX.practices}ort/${town}/`;
export const practicesTopicUrl = (topic: string): string => `${URL_PREFIX.practices}thema/${topic}/`;
/** An offer in Leichte Sprache. */
export const easyLanguageOfferUrl = (id: string): string => `${PAGES.easyLanguageOffers}${id}/`;

/** Kinds of a town's complete lists (the town page shows a preview). */
export type TownListKind = 'anlaufstellen' | 'angebote';
/** URL of a town's list page (page 1 has no number). */
export function townListUrl(town: string, kind: TownListKind, page = 1): string {
  return `${entryUrl('towns', town)}${kind}/${page > 1 ? `${page}/` : ''}`;
}

/** The map, opened on one town. */
export const mapTownUrl = (town: string): string => `${PAGES.map}?ort=${encodeURIComponent(town)}`;

/** The web editor, opened on one entry. */
/**
 * A file of the web editor's program (src/lib/cms/editor-files.ts) in the folder of its version:
 * Decap's chunk names (`103.decap-cms.js`) stay the same across releases, so a cached file of
 * one version must never meet a file of another.
 */
export const adminEditorUrl = (version: string, file: string): string => `${PAGES.adminEditor}${version}/${file}`;
export const adminEntryUrl = (collection: string, id: string): string => `${PAGES.admin}#/collections/${collection}/entries/${id}`;

/** The search index of one town (a Pagefind bundle: `pagefind.js` and its index files). */
export const pagefindTownBundle = (town: string): string => `${PAGES.pagefindTowns}${town}/`;
/** The script of a Pagefind bundle (`/pagefind/` or a town's). */
export const pagefindScriptOf = (bundle: string): string => `${bundle}pagefind.js`;

/** Absolute URL of a site path. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/** Path prefixes of sections that are not content pages (the offline worker passes them by). */
export const NON_CONTENT_PREFIXES = [SECTION.admin, SECTION.pagefind] as const;

/** Anchor of one word list (taxonomy) in the HSDS profile on the open-data page: `taxonomie-<key>`. */
export const taxonomyAnchor = (key: string): string => `taxonomie-${key}`;

/** The id of an entry in `collection` when `path` is its detail page (e.g. /orte/selm/ → selm), else undefined. */
export function entryIdOf(collection: EntryCollection, path: string): string | undefined {
  const prefix = URL_PREFIX[collection];
  if (!path.startsWith(prefix) || !path.endsWith('/')) return undefined;
  const id = path.slice(prefix.length, -1);
  return id && !id.includes('/') ? id : undefined;
}
