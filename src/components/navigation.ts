/** Links of the main navigation and the footer, shared by header, footer and pages. */
export interface NavItem {
  label: string;
  href: string;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Angebote', href: '/angebote/' },
  { label: 'Anlaufstellen', href: '/anlaufstellen/' },
  { label: 'Orte', href: '/orte/' },
  { label: 'Themen', href: '/themen/' },
  { label: 'Lebensphasen', href: '/lebensphasen/' },
  { label: 'Netzwerke', href: '/netzwerke/' },
  { label: 'Praxisbeispiele', href: '/praxisbeispiele/' },
  { label: 'Karte', href: '/karte/' },
];

export const FOOTER_LINKS: NavItem[] = [
  { label: 'Impressum', href: '/impressum/' },
  { label: 'Datenschutz', href: '/datenschutz/' },
  { label: 'Barrierefreiheit', href: '/barrierefreiheit/' },
  { label: 'Leichte Sprache', href: '/leichte-sprache/' },
  { label: 'Quellen', href: '/quellen/' },
  { label: 'Organisationen', href: '/organisationen/' },
  { label: 'Offene Daten', href: '/daten/' },
];

/** aria-current for a navigation link: "page" on the page itself, "true" inside its section. */
export function currentFor(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(href)) return 'true';
  return undefined;
}
