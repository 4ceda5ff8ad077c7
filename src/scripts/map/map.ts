/**
 * The interactive map. Loaded with `import()` only after the visitor agreed to
 * load map tiles (see loader.ts), together with its stylesheet, so pages carry
 * none of Leaflet's weight until then.
 *
 * - Leaflet and leaflet.markercluster come from npm and are bundled by Vite.
 * - The stylesheet (Leaflet + markercluster + our overrides) is emitted as one
 *   CSS file (`?url`) and linked when the map mounts. Importing CSS directly in
 *   a lazily imported module makes Astro hoist it into every page that has the
 *   loader (withastro/astro#9495), which is what we want to avoid.
 * - Marker images are imported with `?url` and merged into `L.Icon.Default`,
 *   because Leaflet's own image path detection breaks under Vite.
 * - Control texts come from the page (JSON block data-map-strings, in the
 *   page's language); markers and clusters are focusable buttons with
 *   unique names; Enter or Space opens a popup or expands a cluster; Escape
 *   closes the popup and returns focus to the marker.
 */
import L from './leaflet-global.ts';
import 'leaflet.markercluster';
import cssUrl from './map.css?url';
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';
import type { MapPlace } from '../../lib/map/places.ts';
import { matchesFilter, parseFilter, type FilterState } from '../../lib/map/filter.ts';
import { clusterName, mapCount, mapText, readMapStrings, type MapStrings } from '../../lib/map/strings.ts';

delete (L.Icon.Default.prototype as unknown as { _getIconUrl?: unknown })._getIconUrl;
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

/** District of Kreis Unna, the view when there is nothing to show. */
const DISTRICT_CENTRE: L.LatLngTuple = [51.57, 7.65];

export interface MapHandle {
  map: L.Map;
  /** The marker cluster group (all markers that pass the filter). */
  cluster: L.MarkerClusterGroup;
  /** Shows only the places that pass the filter. */
  setFilter(state: FilterState): void;
  /** Number of markers currently on the map (inside clusters or not). */
  markerCount(): number;
}

interface PlaceMarkerOptions extends L.MarkerOptions {
  place: MapPlace;
  /** Accessible name of the marker. */
  name: string;
}

/** A marker whose icon carries the place's unique accessible name. */
const PlaceMarker = L.Marker.extend({
  _initIcon(this: L.Marker & { _icon?: HTMLElement; options: PlaceMarkerOptions }) {
    (L.Marker.prototype as unknown as { _initIcon: () => void })._initIcon.call(this);
    const icon = this._icon;
    const place = this.options.place;
    const name = this.options.name;
    if (icon && place) {
      icon.setAttribute('aria-label', name);
      icon.setAttribute('aria-haspopup', 'dialog');
      icon.dataset.placeId = place.id;
      if (icon.tagName === 'IMG') (icon as HTMLImageElement).alt = name;
    }
  },
}) as unknown as new (latlng: L.LatLngExpression, options: PlaceMarkerOptions) => L.Marker & { options: PlaceMarkerOptions };

/** A div icon with an accessible name (for clusters). */
const LabelledDivIcon = L.DivIcon.extend({
  createIcon(this: L.DivIcon & { options: L.DivIconOptions & { label?: string } }, old?: HTMLElement) {
    const el = (L.DivIcon.prototype as unknown as { createIcon: (o?: HTMLElement) => HTMLElement }).createIcon.call(this, old);
    if (this.options.label) {
      el.setAttribute('aria-label', this.options.label);
      el.title = this.options.label;
    }
    return el;
  },
}) as unknown as new (options: L.DivIconOptions & { label?: string }) => L.DivIcon;

/** Town-precision places: a dashed ring instead of a pin, so "approximate" does not rely on colour. */
const approxIcon = L.divIcon({
  className: 'bff-marker-approx',
  html: '<span aria-hidden="true"></span>',
  iconSize: [30, 30],
  iconAnchor: [15, 15],
  popupAnchor: [0, -14],
});

const defaultIcon = new L.Icon.Default();

const asPlaces = (data: unknown): MapPlace[] => (Array.isArray(data) ? (data as MapPlace[]) : []);

/** The places: fetched from the site's own data-places-url (large maps), else the JSON block in the page. */
async function loadPlaces(root: HTMLElement): Promise<MapPlace[]> {
  const url = root.dataset.placesUrl;
  if (url) {
    const response = await fetch(new URL(url, window.location.origin), { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`places: HTTP ${response.status}`);
    return asPlaces(await response.json());
  }
  const node = root.querySelector('script[data-map-places]');
  if (!node?.textContent) return [];
  try {
    return asPlaces(JSON.parse(node.textContent));
  } catch {
    return [];
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | undefined, parent: HTMLElement, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

/** Popup content, built from text nodes only (no HTML from content files). */
/** A German name inside right-to-left text, isolated (FSI … PDI) so brackets and quotes stay in place. */
const isolate = (text: string, rtl: boolean): string => (rtl ? `\u2068${text}\u2069` : text);

function popupContent(p: MapPlace, s: MapStrings, rtl: boolean): HTMLElement {
  const box = document.createElement('div');
  box.className = 'bff-popup';
  // Names, kinds and addresses are German; on a page in another language they say so.
  const german = <E extends HTMLElement>(node: E): E => {
    if (!s.locale.startsWith('de')) {
      node.lang = 'de';
      node.dir = 'ltr';
    }
    return node;
  };
  const title = el('p', 'bff-popup-name', box);
  german(el('strong', undefined, title, p.name));
  if (p.kind !== 'ort') german(el('span', 'bff-popup-kind', box, p.kindLabel));
  if (p.address) german(el('p', 'bff-popup-address', box, p.address));
  if (p.phone) {
    const line = el('p', 'bff-popup-phone', box, `${s.phone}: `);
    const a = el('a', undefined, line, p.phone.text);
    a.href = p.phone.href;
  }
  if (p.approximate) {
    el(
      'p',
      'bff-popup-approx',
      box,
      mapText(p.kind === 'ort' ? s.popupTownCentre : s.popupApprox, { town: isolate(p.townName, rtl) }),
    );
  }
  const more = el('p', 'bff-popup-more', box);
  const link = el('a', undefined, more, mapText(p.kind === 'ort' ? s.popupMoreTown : s.popupEntry, { name: isolate(p.name, rtl) }));
  link.href = p.url;
  return box;
}

let cssPromise: Promise<void> | undefined;

/** Links the map stylesheet once and waits for it, so Leaflet measures a styled container. */
export function loadMapCss(): Promise<void> {
  cssPromise ??= new Promise<void>((resolve) => {
    const existing = document.querySelector<HTMLLinkElement>('link[data-map-css]');
    if (existing) return resolve();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    link.dataset.mapCss = '';
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.appendChild(link);
  });
  return cssPromise;
}

function clusterLabel(cluster: L.MarkerCluster, s: MapStrings): string {
  const towns = new Set<string>();
  for (const m of cluster.getAllChildMarkers()) {
    const t = (m.options as PlaceMarkerOptions).place?.townName;
    if (t) towns.add(t);
  }
  return clusterName(s, cluster.getChildCount(), [...towns]);
}

/** Texts of Leaflet's controls and popups in the page's language. */
function localise(map: L.Map, s: MapStrings): void {
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/" hreflang="en">Leaflet</a>');
  map.on('popupopen', (e: L.PopupEvent) => {
    const close = e.popup.getElement()?.querySelector<HTMLAnchorElement>('.leaflet-popup-close-button');
    if (close) {
      close.setAttribute('aria-label', s.closePopup);
      close.title = s.closePopup;
    }
    e.popup.getElement()?.setAttribute('role', 'dialog');
    e.popup.getElement()?.setAttribute('aria-label', s.popup);
  });
}

export async function mountMap(root: HTMLElement): Promise<MapHandle> {
  const started = performance.now();
  root.dataset.mapState = 'loading';
  const [places] = await Promise.all([loadPlaces(root), loadMapCss()]);
  performance.mark('bff-map-data');
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]');
  if (!canvas) throw new Error('map canvas missing');
  const strings = readMapStrings(root);
  if (!strings) throw new Error('map strings missing');
  const s: MapStrings = strings;
  const ds = root.dataset;
  const maxZoom = Number(ds.maxZoom ?? 18);
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const map = L.map(canvas, {
    zoomControl: false,
    keyboard: true,
    // Small maps on detail pages must not trap the page's scrolling.
    scrollWheelZoom: ds.size === 'large',
    dragging: ds.size === 'large' || !L.Browser.mobile,
    zoomAnimation: !reduceMotion,
    fadeAnimation: !reduceMotion,
    markerZoomAnimation: !reduceMotion,
    maxZoom,
  });
  // Right-to-left pages mirror the controls: zoom at the top right, attribution at the bottom left.
  const rtl = getComputedStyle(root).direction === 'rtl';
  L.control.zoom({ position: rtl ? 'topright' : 'topleft', zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut, zoomInText: '+', zoomOutText: '−' }).addTo(map);
  if (rtl) map.attributionControl.setPosition('bottomleft');
  localise(map, s);
  // Leaflet sets tabindex on the container; give it a role and a name.
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-roledescription', s.role);
  canvas.setAttribute('aria-label', ds.label ?? s.role);

  L.tileLayer(ds.tileUrl ?? '', {
    attribution: ds.attribution ?? '',
    maxZoom,
    detectRetina: false,
  }).addTo(map);

  const cluster = L.markerClusterGroup({
    chunkedLoading: true,
    chunkInterval: 50,
    chunkDelay: 16,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    animate: !reduceMotion,
    maxClusterRadius: 50,
    iconCreateFunction: (c) => {
      const n = c.getChildCount();
      const size = n < 10 ? 36 : n < 100 ? 42 : n < 1000 ? 48 : 56;
      return new LabelledDivIcon({
        html: `<span aria-hidden="true">${n.toLocaleString(s.locale)}</span>`,
        className: 'bff-cluster',
        iconSize: L.point(size, size),
        label: mapText(s.clusterExpand, { label: clusterLabel(c, s) }),
      });
    },
  });
  map.addLayer(cluster);

  const markers = places.map((p) => {
    const name = p.approximate ? mapText(s.approxMark, { label: p.label }) : p.label;
    const m = new PlaceMarker([p.lat, p.lng], {
      place: p,
      name,
      icon: p.approximate ? approxIcon : defaultIcon,
      keyboard: true,
      riseOnHover: true,
      title: name,
      alt: p.label,
    });
    m.bindPopup(() => popupContent(p, s, rtl), { maxWidth: 280, autoPanPadding: L.point(16, 16) });
    return m;
  });

  performance.mark('bff-map-markers');

  // Keyboard: Space also activates markers and clusters (they are buttons);
  // focus moves into an opened popup and back to its marker on Escape/close.
  let opener: HTMLElement | null = null;
  canvas.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if ((e.key === ' ' || e.key === 'Spacebar') && target.classList.contains('leaflet-marker-icon')) {
      e.preventDefault();
      target.click();
    } else if (e.key === 'Escape' && canvas.querySelector('.leaflet-popup')) {
      e.preventDefault();
      map.closePopup();
    }
  });
  // A cluster expanded from the keyboard disappears with the focus on it:
  // give the focus back to the map, so Tab continues with the new markers.
  let keyboardInMap = false;
  canvas.addEventListener('keydown', () => (keyboardInMap = true), true);
  canvas.addEventListener('pointerdown', () => (keyboardInMap = false), true);
  const refocus = (): void => {
    const active = document.activeElement;
    if (keyboardInMap && (!active || active === document.body || !active.isConnected)) canvas.focus({ preventScroll: true });
  };
  cluster.on('animationend spiderfied', refocus);
  map.on('zoomend', () => setTimeout(refocus, 0));
  canvas.addEventListener('focusin', (e) => {
    const t = e.target as HTMLElement;
    if (t.classList.contains('leaflet-marker-icon')) opener = t;
  });
  map.on('popupopen', (e: L.PopupEvent) => {
    const fromKeyboard = opener !== null && document.activeElement === opener;
    if (fromKeyboard) e.popup.getElement()?.querySelector<HTMLElement>('.bff-popup a')?.focus({ preventScroll: true });
  });
  map.on('popupclose', (e: L.PopupEvent) => {
    const popupEl = e.popup.getElement();
    if (popupEl && (popupEl.contains(document.activeElement) || document.activeElement === document.body) && opener?.isConnected) {
      opener.focus({ preventScroll: true });
    }
  });

  let shown: L.Marker[] = [];
  let ready = false;

  function fit(list: MapPlace[]): void {
    if (list.length === 0) {
      map.setView(DISTRICT_CENTRE, 10);
    } else if (list.length === 1) {
      map.setView([list[0]!.lat, list[0]!.lng], list[0]!.approximate ? 13 : 15);
    } else {
      const bounds = L.latLngBounds(list.map((p) => [p.lat, p.lng] as L.LatLngTuple));
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false });
    }
  }

  function announce(count: number): void {
    const status = root.querySelector<HTMLElement>('[data-map-status]');
    if (status) status.textContent = count === places.length ? '' : mapText(s.shows, { shown: count.toLocaleString(s.locale), total: mapCount(s, places.length) });
  }

  function apply(state: FilterState, onDone?: () => void): void {
    const visible: L.Marker[] = [];
    const visiblePlaces: MapPlace[] = [];
    markers.forEach((m, i) => {
      if (matchesFilter(places[i]!, state)) {
        visible.push(m);
        visiblePlaces.push(places[i]!);
      }
    });
    map.closePopup();
    cluster.clearLayers();
    shown = visible;
    fit(visiblePlaces);
    announce(visible.length);
    if (visible.length === 0) {
      onDone?.();
      return;
    }
    const opts = cluster.options as L.MarkerClusterGroupOptions;
    opts.chunkProgress = (processed: number, total: number) => {
      if (processed >= total) {
        opts.chunkProgress = undefined;
        requestAnimationFrame(() => onDone?.());
      }
    };
    cluster.addLayers(visible);
  }

  const initial = parseFilter(ds.filter ?? '');
  await new Promise<void>((resolve) => apply(initial, resolve));
  ready = true;

  root.addEventListener('bff:filter', (e) => {
    const detail = (e as CustomEvent<FilterState>).detail;
    if (detail && ready) apply(detail);
  });

  root.dataset.mapState = 'ready';
  root.dataset.mapMs = String(Math.round(performance.now() - started));
  performance.mark('bff-map-ready');
  root.dispatchEvent(new CustomEvent('bff:map-ready', { bubbles: true }));

  return {
    map,
    cluster,
    setFilter: (state) => apply(state),
    markerCount: () => shown.length,
  };
}
