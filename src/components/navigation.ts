/** Links of the main navigation and the footer, shared by header, footer and pages. */
import type { DictionaryKey } from '../i18n/de.ts';
import { PAGES } from '../lib/urls.ts';

export interface NavItem {
  label: string;
  href: string;
  /** Dictionary key of the label (src/i18n/). */
  key: DictionaryKey;
  /** The link has a page in every language (it then points to the visitor's language). */
  translated?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Angebote', href: PAGES.offers, key: 'navOffers' },
  { label: 'Anlaufstellen', href: PAGES.contacts, key: 'navContacts' },
  { label: 'Orte', href: PAGES.towns, key: 'navTowns' },
  { label: 'Themen', href: PAGES.topics, key: 'navTopics', translated: true },
  { label: 'Lebensphasen', href: PAGES.lifePhases, key: 'navLifePhases', translated: true },
  { label: 'Netzwerke', href: PAGES.networks, key: 'navNetworks' },
  { label: 'Praxisbeispiele', href: PAGES.practices, key: 'navPractices' },
  { label: 'Karte', href: PAGES.map, key: 'navMap', translated: true },
];

export const FOOTER_LINKS: NavItem[] = [
  { label: 'Impressum', href: PAGES.imprint, key: 'footerImprint' },
  { label: 'Datenschutz', href: PAGES.privacy, key: 'footerPrivacy', translated: true },
  { label: 'Barrierefreiheit', href: PAGES.accessibility, key: 'footerAccessibility', translated: true },
  { label: 'Leichte Sprache', href: PAGES.easyLanguage, key: 'footerEasyLanguage' },
  { label: 'Quellen', href: PAGES.sources, key: 'footerSources' },
  { label: 'Organisationen', href: PAGES.organisations, key: 'footerOrganisations' },
  { label: 'Offene Daten', href: PAGES.openData, key: 'footerOpenData' },
];

/** aria-current for a navigation link: "page" on the page itself, "true" inside its section. */
export function currentFor(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  if (href !== PAGES.home && path.startsWith(href)) return 'true';
  return undefined;
}
