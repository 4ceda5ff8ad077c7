/**
 * The map's texts in a language from the dictionaries, for PlaceMap (the JSON
 * block the map scripts read) and the map page's counts. Server side only:
 * the scripts import src/lib/map/strings.ts, which carries no dictionary.
 */
import { fill, formatNumber, LANGUAGE_INFO, ui, type Lang } from '../../i18n/index.ts';
import type { DictionaryKey } from '../../i18n/de.ts';
import { MAP_STRING_FIELDS, type MapStrings } from './strings.ts';

/** Dictionary key of every map text (locale comes from the language). */
const MAP_STRING_KEYS = {
  countOne: 'mapCountOne',
  countMany: 'mapCountMany',
  approxMark: 'mapApproxMark',
  phone: 'phone',
  popupTownCentre: 'mapPopupTownCentre',
  popupApprox: 'mapPopupApprox',
  popupMoreTown: 'mapPopupMoreTown',
  popupEntry: 'mapPopupEntry',
  clusterIn1: 'mapClusterIn1',
  clusterIn2: 'mapClusterIn2',
  clusterInN: 'mapClusterInN',
  clusterExpand: 'mapClusterExpand',
  closePopup: 'mapClosePopup',
  popup: 'mapPopup',
  zoomIn: 'mapZoomIn',
  zoomOut: 'mapZoomOut',
  role: 'mapRole',
  shows: 'mapShows',
  loading: 'mapLoading',
  loaded: 'mapLoaded',
  failed: 'mapFailed',
  statusAll: 'mapStatusAll',
  statusNone: 'mapStatusNone',
  statusSome: 'mapStatusSome',
} as const satisfies Record<Exclude<keyof MapStrings, 'locale'>, DictionaryKey>;

/**
 * The map scripts' texts in a language. `nouns` replaces the counted noun
 * (German maps of offers count "Orte"): "{n} Ort" / "{n} Orte".
 */
export function mapStrings(lang: Lang, nouns?: { one: string; many: string }): MapStrings {
  const t = ui(lang);
  const out = { locale: LANGUAGE_INFO[lang].locale } as Record<keyof MapStrings, string>;
  for (const field of MAP_STRING_FIELDS) if (field !== 'locale') out[field] = t[MAP_STRING_KEYS[field]];
  if (nouns) {
    out.countOne = `{n} ${nouns.one}`;
    out.countMany = `{n} ${nouns.many}`;
  }
  return out;
}

/** A count in words in a language: "12 Anlaufstellen", "Мест: 12". */
export function placeCount(lang: Lang, n: number): string {
  const t = ui(lang);
  return fill(n === 1 ? t.mapCountOne : t.mapCountMany, { n: formatNumber(lang, n) });
}
