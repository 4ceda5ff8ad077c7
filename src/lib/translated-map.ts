/**
 * Route data of the map page in another language (/<lang>/karte/): the German
 * route data (`mapPage`) with headings, counts and the map scripts' texts from
 * the language's dictionary. Names of places, addresses and kinds of places
 * stay German (they are marked lang="de" on the page).
 */
import { fill, formatNumber, ui, type Lang } from '../i18n/index.ts';
import { localizePath } from '../i18n/urls.ts';
import type { Directory } from './entries.ts';
import type { Crumb } from './jsonld.ts';
import { mapPage, type MapPage } from './routes/map.ts';
import { PAGES } from './urls.ts';

export interface TranslatedMapPage {
  page: MapPage;
  breadcrumbs: Crumb[];
  lead: string;
  approx?: string | undefined;
  withoutGeo?: string | undefined;
}

/**
 * The map page in `lang`: group headings and jump links in the language,
 * town links to the town pages in the language (they exist in every language),
 * contact links to the German pages (contacts have no translated pages).
 */
export function translatedMapPage(dir: Directory, lang: Lang): TranslatedMapPage {
  const t = ui(lang);
  const base = mapPage(dir);
  const districtText = (g: { townName: string; district: boolean }) => ({
    title: g.district ? fill(t.mapDistrictTitle, { district: g.townName }) : g.townName,
    linkText: g.district ? fill(t.mapDistrictLink, { district: g.townName }) : g.townName,
  });
  const localize = <G extends MapPage['groups'][number]>(g: G): G => ({ ...g, ...districtText(g), townUrl: localizePath(lang, g.townUrl) });
  const page: MapPage = {
    ...base,
    breadcrumbs: [{ name: t.navMap, path: localizePath(lang, PAGES.map) }],
    groups: base.groups.map(localize),
    district: base.district ? localize(base.district) : undefined,
  };
  const n = (v: number) => formatNumber(lang, v);
  return {
    page,
    breadcrumbs: page.breadcrumbs,
    lead: fill(t.mapLead, { n: n(base.places.length) }),
    approx: base.approxCount > 0 ? fill(t.mapLeadApprox, { n: n(base.approxCount) }) : undefined,
    withoutGeo: base.withoutGeo > 0 ? fill(t.mapLeadWithoutGeo, { n: n(base.withoutGeo) }) : undefined,
  };
}
