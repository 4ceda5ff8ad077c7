/** Links of the main navigation and the footer, shared by header, footer and pages. */
import type { DictionaryKey } from '../i18n/de.ts';

export interface NavItem {
  label: string;
  href: string;
  /** Dictionary key of the label (src/i18n/). */
  key: DictionaryKey;
  /** The link has a page in every language (it then points to the visitor's language). */
  translated?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Angebote', href: '/angebote/', key: 'navOffers' },
  { label: 'Anlaufstellen', href: '/anlaufstellen/', key: 'navContacts' },
  { label: 'Orte', href: '/orte/', key: 'navTowns' },
  { label: 'Themen', href: '/themen/', key: 'navTopics' },
  { label: 'Lebensphasen', href: '/lebensphasen/', key: 'navLifePhases' },
  { label: 'Netzwerke', href: '/netzwerke/', key: 'navNetworks' },
  { label: 'Praxisbeispiele', href: '/praxisbeispiele/', key: 'navPractices' },
  { label: 'Karte', href: '/karte/', key: 'navMap' },
];

export const FOOTER_LINKS: NavItem[] = [
  { label: 'Impressum', href: '/impressum/', key: 'footerImprint' },
  { label: 'Datenschutz', href: '/datenschutz/', key: 'footerPrivacy', translated: true },
  { label: 'Barrierefreiheit', href: '/barrierefreiheit/', key: 'footerAccessibility', translated: true },
  { label: 'Leichte Sprache', href: '/leichte-sprache/', key: 'footerEasyLanguage' },
  { label: 'Quellen', href: '/quellen/', key: 'footerSources' },
  { label: 'Organisationen', href: '/organisationen/', key: 'footerOrganisations' },
  { label: 'Offene Daten', href: '/daten/', key: 'footerOpenData' },
];

/** aria-current for a navigation link: "page" on the page itself, "true" inside its section. */
export function currentFor(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(href)) return 'true';
  return undefined;
}
