/**
 * Site configuration: the one place for the operator's details, the public
 * address of the site, the repository (for "Eintrag bearbeiten") and the map
 * tile server. Change these values before deploying; nothing else needs editing.
 */
export interface SiteConfig {
  /** Name of the site as shown in the header and titles. */
  name: string;
  tagline: string;
  /** Public origin of the deployed site, used for canonical URLs and the sitemap. Overridden by env SITE_URL. */
  url: string;
  /**
   * Operator for the Impressum. Only what a source gives is filled in; empty
   * fields are shown as "wird vor der Veröffentlichung ergänzt".
   */
  operator: {
    name?: string;
    department?: string;
    street?: string;
    postcode?: string;
    locality?: string;
    website?: string;
    email?: string;
    phone?: string;
    /** Where these details come from. */
    sourceNote: string;
  };
  /** Git repository with the content; used for "Eintrag bearbeiten" and "Fehler melden". */
  repository: {
    /** Web address of the repository, without trailing slash. */
    url: string;
    branch: string;
    /** Link to open a new issue; `{title}` and `{body}` are replaced. */
    newIssueUrl: string;
  };
  /** Web editor (/admin/) and suggestions from visitors ("Änderung vorschlagen"). */
  cms: {
    /**
     * OAuth helper for the GitHub login of the web editor, e.g.
     * "https://cms-login.kreis-unna.de" (see docs/cms.md). Empty: login only via
     * the local backend (`npm run admin`) until the helper is set up.
     */
    authBaseUrl?: string;
    /**
     * Editorial e-mail address for suggestions without a GitHub account. Empty
     * until the operator names one (nothing is invented); then only the GitHub
     * form is offered.
     */
    editorialEmail?: string;
    /** File name of the suggestion form in `.github/ISSUE_TEMPLATE/`. */
    suggestionTemplate: string;
  };
  /** Map tiles. Tiles load only after the visitor's consent. */
  map: {
    /**
     * Tile URL template. Another origin (e.g. OpenStreetMap) needs consent first;
     * a self-hosted server on the site's own origin ("/tiles/{z}/{x}/{y}.png")
     * transfers nothing to third parties, so the map loads without asking.
     */
    tileUrl: string;
    attribution: string;
    /** Human-readable name of the tile provider for the consent text. */
    providerName: string;
    /** Privacy policy of the tile provider. */
    providerPrivacyUrl: string;
    maxZoom: number;
  };
}

export const siteConfig: SiteConfig = {
  name: 'Brücken für Familien',
  tagline: 'Hilfe und Beratung für Familien im Kreis Unna',
  url: process.env.SITE_URL ?? 'https://www.bruecken-fuer-familien.de',
  operator: {
    name: 'Kreis Unna',
    department: 'Fachbereich Familie und Jugend',
    street: 'Hansastraße 4',
    postcode: '59425',
    locality: 'Unna',
    website: 'https://www.kreis-unna.de/',
    sourceNote:
      'Anschrift laut Projektantrag „Brücken für Familien“ (Dezember 2011), Abschnitt 4.1. Vertretungsberechtigte Person, E-Mail und Telefon werden vor der Veröffentlichung ergänzt.',
  },
  repository: {
    url: 'https://github.com/kreis-unna/bruecken-fuer-familien',
    branch: 'main',
    newIssueUrl: 'https://github.com/kreis-unna/bruecken-fuer-familien/issues/new?title={title}&body={body}',
  },
  cms: {
    suggestionTemplate: 'aenderung-vorschlagen.yml',
  },
  map: {
    tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
    providerName: 'OpenStreetMap Foundation (Kartenserver tile.openstreetmap.org)',
    providerPrivacyUrl: 'https://osmfoundation.org/wiki/Privacy_Policy',
    maxZoom: 18,
  },
};
