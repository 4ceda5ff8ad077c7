/**
 * The search page (/suche/): reads its state from the URL, runs Pagefind
 * (loaded on demand, never bundled: a town's own index from /pagefind/orte/<town>/
 * when the search is in one town, else the whole one from /pagefind/; see
 * src/lib/search/bundles.ts), renders the
 * results, keeps filters and URL in step without reloading, and announces the
 * number of results to screen readers.
 */
import { FILTER_KEYS, isFilterKey, type FilterKey } from '../lib/search/filters.ts';
import { PAGE_SIZE, PAGEFIND_OPTIONS } from '../lib/search/ranking.ts';
import { PAGES, pagefindScriptOf } from '../lib/urls.ts';
import { searchBundle } from '../lib/search/bundles.ts';
import { matchTerms, type GlossaryTerm } from '../lib/search/terms.ts';
import { matchCrisis, type CrisisTermInfo } from '../lib/search/crisis.ts';
import { renderCrisisPanel } from './crisis-panel.ts';
import { decodeState, encodeState, isEmptyState, pagefindFilters, toggleFilter, type SearchState } from '../lib/search/url-state.ts';
import { townFromWords, type TownRef } from '../lib/search/query-aids.ts';
import { runQuery } from '../lib/search/run.ts';
import { queryAidsOf, SEARCH_CONFIG_ID } from '../lib/search/page-config.ts';

interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: object }): Promise<PagefindResponse | null>;
  preload(q: string, o?: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Config {
  labels: Record<FilterKey, Record<string, string>>;
  groups: Record<FilterKey, string>;
  glossary: { v: string; id: string; l: string; d: string; s: string[]; u?: string }[];
  crisis: CrisisTermInfo[];
  /** Known words (vocabulary and titles), lower case, sorted. */
  dict: string[];
  towns: TownRef[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const filtersBox = $<HTMLElement>('search-filters');
const output = $<HTMLElement>('search-output');
const status = $<HTMLElement>('search-status');
const termsBox = $<HTMLElement>('search-terms');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');
const empty = $<HTMLElement>('search-empty');
const errorBox = $<HTMLElement>('search-error');
const clearFilters = $<HTMLButtonElement>('search-clear-filters');
const activeCount = $<HTMLElement>('search-active-count');
const moreFilters = $<HTMLDetailsElement>('search-filter-more');
const config = JSON.parse($(SEARCH_CONFIG_ID).textContent ?? '{}') as Config;
const glossary: GlossaryTerm[] = config.glossary.map((t) => ({ vocabulary: t.v, id: t.id, label: t.l, description: t.d, synonyms: t.s, url: t.u }));
const aids = queryAidsOf(config);
const activeBox = $<HTMLElement>('search-active');
const didYouMean = $<HTMLElement>('search-didyoumean');
const checkboxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][form="search-form"]')];

/** Pagefind's module per bundle folder: the whole index, or one town's (src/lib/search/bundles.ts). */
const bundles = new Map<string, Promise<Pagefind>>();
function loadPagefind(bundle: string = PAGES.pagefind): Promise<Pagefind> {
  let pf = bundles.get(bundle);
  if (!pf) {
    pf = (async () => {
      const module = (await import(/* @vite-ignore */ pagefindScriptOf(bundle))) as Pagefind;
      await module.options(PAGEFIND_OPTIONS);
      await module.init();
      return module;
    })();
    // A bundle that failed to load stays failed for this page view: browsers keep a failed import()
    // of a module for the life of the page, so the error message asks to reload.
    pf.catch(() => undefined);
    bundles.set(bundle, pf);
  }
  return pf;
}
/**
 * Load early, while the visitor types, the bundle the words will search (a town among them becomes
 * the town filter, as in `search`) — but never the whole index just in case: a town typed next
 * ("Hebamme Unna") would need its own bundle, and the whole index is the larger download.
 */
function warm(words: string): void {
  const next = townFromWords({ ...state, q: words.trim() }, config.towns);
  const bundle = searchBundle(next, aids.townNames);
  if (!bundle.town && !bundles.has(bundle.base)) return;
  void loadPagefind(bundle.base).then((pf) => (next.q ? pf.preload(next.q, { filters: bundle.filters }) : undefined), () => undefined);
}

let state: SearchState = decodeState(location.search);
let results: PagefindResult[] = [];
let shown = 0;
let run = 0;
let filtersLoaded = false;
/**
 * The hit counts beside the filter values are loaded only once a filter group is opened: all of
 * Pagefind's filter files come with them (141 KB at 10,000 entries, more than the first query).
 */
let countsWanted = false;
/** The search whose results are shown (its run and the query searched, the corrected one if any): the counts belong to it. */
let shownSearch: { run: number; query: string | null } | undefined;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function label(key: FilterKey, value: string): string {
  return config.labels[key]?.[value] ?? value;
}

/** Put the state into the form controls. */
function syncControls(): void {
  if (document.activeElement !== input) input.value = state.q;
  for (const box of checkboxes) {
    if (!isFilterKey(box.name)) continue;
    box.checked = (state.filters[box.name] ?? []).includes(box.value);
  }
  let active = 0;
  for (const key of FILTER_KEYS) {
    const n = (state.filters[key] ?? []).length;
    active += n;
    const count = document.querySelector<HTMLElement>(`[data-filter-count="${key}"]`);
    if (count) count.textContent = n > 0 ? `(${n} gewählt)` : '';
  }
  clearFilters.hidden = active === 0;
  activeCount.textContent = active > 0 ? `(${active} aktiv)` : '';
  const inMore = FILTER_KEYS.filter((k) => moreFilters.contains(document.querySelector(`[data-filter-group="${k}"]`))).reduce((n, k) => n + (state.filters[k] ?? []).length, 0);
  const moreCount = moreFilters.querySelector<HTMLElement>('[data-filter-count="more"]');
  if (moreCount) moreCount.textContent = inMore > 0 ? `(${inMore} gewählt)` : '';
  renderActive();
}

/** The active filters as removable buttons above the results ("Ort: Lünen ✕"). */
function renderActive(): void {
  activeBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) {
      const button = el('button', { type: 'button', className: 'filter-chip' }, `${config.groups[key]}: ${label(key, value)}`, el('span', { className: 'visually-hidden' }, ' – Filter entfernen'), el('span', { className: 'filter-chip-x' }, ' ✕'));
      button.setAttribute('aria-hidden', 'false');
      button.addEventListener('click', () => commit(toggleFilter({ ...state, q: input.value }, key, value, false), 'push'));
      activeBox.append(button);
    }
  }
  activeBox.hidden = activeBox.childElementCount === 0;
}

function describeFilters(): string {
  const parts: string[] = [];
  for (const key of FILTER_KEYS) {
    const values = state.filters[key] ?? [];
    if (values.length > 0) parts.push(`${config.groups[key]}: ${values.map((v) => label(key, v)).join(' oder ')}`);
  }
  return parts.join('; ');
}

/** Show the crisis panel when the words typed ask for it (src/scripts/crisis-panel.ts). */
function renderCrisis(): boolean {
  return renderCrisisPanel(matchCrisis(state.q, config.crisis));
}

function renderTerms(): void {
  termsBox.replaceChildren();
  for (const term of matchTerms(state.q, glossary)) {
    const p = el('p', {}, el('strong', {}, `${term.label}: `), term.description);
    if (term.url) p.append(' ', el('a', { href: term.url }, `Alles zum Thema „${term.label}“`));
    termsBox.append(el('div', { className: 'term-note' }, p));
  }
}

function resultItem(data: ResultData): HTMLLIElement {
  const m = data.meta;
  const title = m.title ?? data.url;
  const link = el('a', { href: data.url }, title);
  const article = el('article', { className: 'result' }, el('h3', {}, link));
  const metaLine = el('p', { className: 'result-meta' }, el('span', { className: 'badge' }, m.art ?? 'Eintrag'));
  if (m.orte) metaLine.append(` ${m.orte}`);
  article.append(metaLine);
  if (m.summary) article.append(el('p', { className: 'result-summary' }, m.summary));
  if (m.tel) {
    const display = m.tel_anzeige ?? m.tel;
    article.append(el('p', { className: 'result-phone' }, el('a', { href: `tel:${m.tel}` }, `Anrufen: ${display}`)));
  }
  return el('li', {}, article);
}

async function showMore(count: number, focusFirst: boolean): Promise<void> {
  const batch = results.slice(shown, shown + count);
  const mine = run;
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== run) return;
  const items = data.map(resultItem);
  list.append(...items);
  shown += batch.length;
  more.hidden = shown >= results.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/** Show how many results each filter value would leave (only in groups without a selection). */
function updateFilterCounts(response: PagefindResponse): void {
  if (!filtersLoaded) return;
  for (const key of FILTER_KEYS) {
    const active = (state.filters[key] ?? []).length > 0;
    const counts = response.filters?.[key] ?? {};
    for (const box of checkboxes.filter((b) => b.name === key)) {
      const hits = box.parentElement?.querySelector<HTMLElement>('.filter-hits');
      if (!hits) continue;
      const n = counts[box.value] ?? 0;
      hits.textContent = active ? '' : `(${n})`;
      box.parentElement?.classList.toggle('is-empty', !active && n === 0);
    }
  }
}

async function search(opts: { restore?: { shown: number; scrollY: number } } = {}): Promise<void> {
  const mine = ++run;
  // A town or postcode among the words becomes the (visible, removable) town filter.
  const withTown = townFromWords(state, config.towns);
  if (withTown !== state) {
    state = withTown;
    history.replaceState(history.state, '', `${location.pathname}${encodeState(state)}`);
    input.value = state.q;
  }
  syncControls();
  const crisis = renderCrisis();
  renderTerms();
  if (isEmptyState(state)) {
    shownSearch = undefined;
    clearFilterCounts();
    list.replaceChildren();
    empty.hidden = true;
    more.hidden = true;
    status.textContent = 'Geben Sie ein Stichwort ein oder wählen Sie einen Filter.';
    return;
  }
  let outcome: Awaited<ReturnType<typeof runQuery>>;
  try {
    outcome = await runQuery(loadPagefind, state, aids, Math.max(PAGE_SIZE, opts.restore?.shown ?? 0));
    // An earlier search may have failed (e.g. a town's index offline): this one worked.
    errorBox.hidden = true;
    output.hidden = false;
  } catch {
    if (mine !== run) return;
    errorBox.hidden = false;
    errorBox.textContent = 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu oder nutzen Sie die Listen nach Ort, Thema und Lebensphase unten.';
    output.hidden = true;
    return;
  }
  if (mine !== run || !outcome) return;
  results = outcome.results;
  didYouMean.replaceChildren();
  didYouMean.hidden = !outcome.corrected && !outcome.relaxed;
  if (outcome.corrected) {
    didYouMean.append(`Meinten Sie „`, el('strong', {}, outcome.corrected), `“? Wir zeigen die Treffer dafür.`);
  } else if (outcome.relaxed) {
    didYouMean.append(`Für alle Wörter zusammen gibt es keinen Eintrag. Wir zeigen Treffer für „`, el('strong', {}, outcome.relaxed), `“.`);
  }
  shown = 0;
  list.replaceChildren();
  list.append(...outcome.firstPage.map(resultItem));
  shown = outcome.firstPage.length;
  more.hidden = shown >= results.length;
  const n = results.length;
  const what = state.q ? ` für „${outcome.corrected ?? outcome.relaxed ?? state.q}“` : '';
  const filters = describeFilters();
  const help = crisis ? 'Sofort Hilfe: Telefonnummern oben. ' : '';
  status.textContent =
    n === 0
      ? `${help}${crisis ? 'Keine weiteren Einträge' : 'Keine Treffer'}${what}${filters ? ` (${filters})` : ''}.`
      : `${help}${n} ${n === 1 ? 'Treffer' : 'Treffer'}${what}${filters ? ` – ${filters}` : ''}.`;
  empty.hidden = n > 0;
  $('search-empty-town').hidden = (state.filters.ort ?? []).length === 0;
  $('search-empty-filters').hidden = Object.values(state.filters).every((v) => (v ?? []).length === 0);
  if (opts.restore) window.scrollTo(0, opts.restore.scrollY);
  shownSearch = { run: mine, query: outcome.corrected ?? (state.q || null) };
  await refreshCounts().catch(() => undefined);
}

/**
 * Hit counts per filter value for the results shown, once the visitor has opened a filter group.
 * They come from the whole index: a town's own bundle cannot count the other towns.
 */
async function refreshCounts(): Promise<void> {
  const shownNow = shownSearch;
  // A search still running refreshes the counts itself when its results are shown.
  if (!countsWanted || !shownNow || shownNow.run !== run) return;
  const pf = await loadPagefind();
  if (!filtersLoaded) {
    await pf.filters();
    filtersLoaded = true;
  }
  const counts = await pf.search(shownNow.query, { filters: pagefindFilters(state) });
  if (shownNow === shownSearch && shownNow.run === run && counts) updateFilterCounts(counts);
}

function clearFilterCounts(): void {
  for (const box of checkboxes) {
    const hits = box.parentElement?.querySelector<HTMLElement>('.filter-hits');
    if (hits) hits.textContent = '';
    box.parentElement?.classList.remove('is-empty');
  }
}

function wantCounts(): void {
  if (countsWanted) return;
  countsWanted = true;
  void refreshCounts().catch(() => undefined);
}

/** Write the state into the URL: a new history entry for deliberate steps, a replacement while typing. */
function commit(next: SearchState, mode: 'push' | 'replace'): void {
  state = next;
  const url = `${location.pathname}${encodeState(state)}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  void search();
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  const words = input.value.trim();
  if (words) warm(words);
  clearTimeout(typing);
  typing = setTimeout(() => commit({ ...state, q: input.value }, 'replace'), 300);
});
input.addEventListener('focus', () => warm(input.value), { once: true });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  // Typing replaced the URL; a submit makes the step one the back button can return to.
  const next = { ...state, q: input.value };
  const url = `${location.pathname}${encodeState(next)}`;
  if (url === `${location.pathname}${location.search}`) void search();
  else commit(next, 'push');
});

for (const box of checkboxes) {
  box.addEventListener('change', () => {
    if (!isFilterKey(box.name)) return;
    commit(toggleFilter({ ...state, q: input.value }, box.name, box.value, box.checked), 'push');
  });
}

clearFilters.addEventListener('click', () => {
  commit({ q: input.value, filters: {} }, 'push');
  input.focus();
});
$('search-drop-town').addEventListener('click', () => {
  const filters = { ...state.filters };
  delete filters.ort;
  commit({ ...state, filters }, 'push');
});
$('search-drop-filters').addEventListener('click', () => commit({ ...state, filters: {} }, 'push'));
more.addEventListener('click', () => void showMore(PAGE_SIZE, true));
for (const group of document.querySelectorAll<HTMLDetailsElement>('details.filter-group')) {
  group.addEventListener('toggle', () => {
    if (group.open) wantCounts();
  });
}

// Before following a result, remember how many were shown and where the page was.
list.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a[href]')) {
    history.replaceState({ shown, scrollY: window.scrollY }, '');
  }
});

window.addEventListener('popstate', () => {
  state = decodeState(location.search);
  void search();
});

// Start: the page works, so show the filters and the result area.
filtersBox.hidden = false;
output.hidden = false;
const saved = history.state as { shown?: number; scrollY?: number } | null;
void search(saved?.shown ? { restore: { shown: saved.shown, scrollY: saved.scrollY ?? 0 } } : {});
