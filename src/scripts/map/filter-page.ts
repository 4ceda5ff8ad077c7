/**
 * Live filter of /karte/: town and kind selects change the list and the map
 * together and keep the state in the URL (?ort=…&art=…), so filtered views
 * can be shared and the back button works. Without JavaScript the form stays
 * hidden and the whole list shows.
 */
import { matchesFilter, parseFilter, serializeFilter, withFilter, type FilterState } from '../../lib/map/filter.ts';
import { mapCount, mapText, readMapStrings } from '../../lib/map/strings.ts';

const form = document.querySelector<HTMLFormElement>('form[data-map-filter]');
const townSelect = form?.querySelector<HTMLSelectElement>('select[name="ort"]');
const kindSelect = form?.querySelector<HTMLSelectElement>('select[name="art"]');
const status = document.querySelector<HTMLElement>('[data-filter-status]');
const mapRoot = document.querySelector<HTMLElement>('[data-place-map]');
const items = [...document.querySelectorAll<HTMLElement>('li[data-place]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-town-group]')];
// Texts in the page's language, from the map's JSON block.
const strings = readMapStrings(mapRoot ?? document);

function optionValues(select: HTMLSelectElement | null | undefined): Set<string> {
  return new Set([...(select?.options ?? [])].map((o) => o.value).filter(Boolean));
}
const allowed = { towns: optionValues(townSelect), kinds: optionValues(kindSelect) };

function fromUrl(): FilterState {
  return parseFilter(window.location.search, allowed);
}

function fromForm(): FilterState {
  return {
    towns: townSelect?.value ? [townSelect.value] : [],
    kinds: kindSelect?.value ? [kindSelect.value] : [],
  };
}

function toForm(state: FilterState): void {
  if (townSelect) townSelect.value = state.towns[0] ?? '';
  if (kindSelect) kindSelect.value = state.kinds[0] ?? '';
}

function apply(state: FilterState, announce: boolean): void {
  let shown = 0;
  for (const li of items) {
    const ok = matchesFilter({ town: li.dataset.town ?? '', kind: li.dataset.kind ?? '', districtWide: li.dataset.districtWide === 'true' }, state);
    li.hidden = !ok;
    if (ok) shown += 1;
  }
  for (const g of groups) {
    const visible = g.querySelectorAll('li[data-place]:not([hidden])').length;
    // A town without places of known location keeps its note, unless another town is chosen.
    const keepEmpty = g.dataset.empty === 'true' && (state.towns.length === 0 || state.towns.includes(g.dataset.townGroup ?? ''));
    g.hidden = visible === 0 && !keepEmpty;
    const count = g.querySelector('[data-town-count]');
    if (count) count.textContent = `(${visible})`;
    const link = document.querySelector<HTMLElement>(`[data-town-link="${g.dataset.townGroup}"]`);
    if (link) link.hidden = g.hidden;
  }
  const filtered = state.towns.length > 0 || state.kinds.length > 0;
  if (status && strings && (announce || filtered)) {
    const total = mapCount(strings, items.length);
    const some = mapText(strings.statusSome, { shown: shown.toLocaleString(strings.locale), total });
    status.textContent = !announce ? some : !filtered ? mapText(strings.statusAll, { total }) : shown === 0 ? strings.statusNone : some;
  }
  if (mapRoot) {
    mapRoot.dataset.filter = serializeFilter(state).replace(/^\?/, '');
    mapRoot.dispatchEvent(new CustomEvent<FilterState>('bff:filter', { detail: state }));
  }
}

function update(): void {
  const state = fromForm();
  const next = withFilter(window.location.href, state);
  if (next !== window.location.href) history.replaceState(history.state, '', next);
  apply(state, true);
}

if (form) {
  form.hidden = false;
  const initial = fromUrl();
  toForm(initial);
  apply(initial, false);
  townSelect?.addEventListener('change', update);
  kindSelect?.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  form.querySelector('[data-filter-reset]')?.addEventListener('click', (e) => {
    e.preventDefault();
    toForm({ towns: [], kinds: [] });
    update();
  });
  window.addEventListener('popstate', () => {
    const state = fromUrl();
    toForm(state);
    apply(state, true);
  });
}
