/**
 * Search on the translated search pages (`/tr/suche/` …). Pagefind chooses
 * the index of the page's `<html lang>`, so a Turkish page searches the
 * Turkish pages only. Loaded from /pagefind/ (same origin) on demand; the
 * result texts come from data attributes in the page's language.
 * The crisis panel (src/scripts/crisis-panel.ts) follows the words as they are
 * typed and the query of a submitted search, in the page's language and German.
 */
import { PAGEFIND_OPTIONS } from '../lib/search/ranking.ts';
import { PAGES } from '../lib/urls.ts';
import { matchCrisis, type CrisisTermInfo } from '../lib/search/crisis.ts';
import { renderCrisisPanel } from './crisis-panel.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-lang-search-wrap] form');
const list = document.querySelector<HTMLOListElement>('#ergebnisse');
const status = document.querySelector<HTMLElement>('#suchstatus');
const crisisTerms = JSON.parse(document.getElementById('crisis-config')?.textContent ?? '[]') as CrisisTermInfo[];

/** Crisis panel for the words `q`; true when it shows. */
const crisis = (q: string) => renderCrisisPanel(matchCrisis(q, crisisTerms));

async function run(): Promise<void> {
  if (!form || !list || !status) return;
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) {
    input.value = q;
    input.addEventListener('input', () => crisis(input.value));
  }
  if (!q) return;
  const help = crisis(q) ? `${status.dataset.crisis ?? ''} ` : '';
  const pf = (await import(/* @vite-ignore */ PAGES.pagefindScript)) as Pagefind;
  await pf.options(PAGEFIND_OPTIONS);
  await pf.init();
  const res = await pf.search(q);
  const hits = await Promise.all(res.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...hits.map((h) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = h.url;
      a.textContent = h.meta.title ?? h.url;
      const p = document.createElement('p');
      // Pagefind's excerpt is HTML with <mark>; keep the text only. A <template> parses it inertly
      // (no image loads, no handlers), unlike a detached <div>.
      const tmp = document.createElement('template');
      tmp.innerHTML = h.excerpt;
      p.textContent = tmp.content.textContent ?? '';
      li.append(a, p);
      return li;
    }),
  );
  status.textContent = help + (hits.length > 0 ? (status.dataset.count ?? '{n}').replace('{n}', String(res.results.length)) : (status.dataset.none ?? ''));
}

void run();
