/**
 * The map's texts in a language from the dictionaries, for PlaceMap (the JSON
 * block the map scripts read) and the map page's counts. Server side only:
 * the scripts import src/lib/map/strings.ts, which carries no dictionary.
 */
import { LANGUAGE_INFO, ui, type Lang } from '../../i18n/index.ts';
import type { DictionaryKey } from '../../i18n/de.ts';
import { MAP_STRING_FIELDS, mapCount, type MapStrings } from './strings.ts';

/** Dictionary key of every map text (locale comes from the language). */
const MAP_STRING_KEYS = {
  countZero: 'mapCountZero',
  countOne: 'mapCountOne',
  countTwo: 'mapCountTwo',
  countFew: 'mapCountFew',
  countMany: 'mapCountMany',
  countOther: 'mapCountOther',
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
    for (const field of ['countZero', 'countTwo', 'countFew', 'countMany', 'countOther'] as const) out[field] = `{n} ${nouns.many}`;
    out.countOne = `{n} ${nouns.one}`;
  }
  return out;
}

/** A count in words in a language: "12 Anlaufstellen", "12 мест". */
export function placeCount(lang: Lang, n: number): string {
  return mapCount(mapStrings(lang), n);
}
