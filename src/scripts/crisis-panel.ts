/**
 * The crisis panel in the browser (markup: src/components/search/CrisisPanel.astro),
 * shared by the German search page (src/scripts/search.ts) and the translated
 * ones (src/scripts/lang-search.ts): shows the heading and text of the most
 * urgent matching situation and the fitting lines, most urgent first; hides
 * the panel when nothing matches.
 */
import { crisisLines, type CrisisTermInfo } from '../lib/search/crisis.ts';

/** Show the panel for the matched situations (most urgent first); false (panel hidden) when there are none. */
export function renderCrisisPanel(matched: readonly CrisisTermInfo[]): boolean {
  const panel = document.getElementById('crisis-panel');
  const list = document.getElementById('crisis-lines');
  if (!panel || !list) return false;
  panel.hidden = matched.length === 0;
  if (matched.length === 0) return false;
  const first = matched[0]!.id;
  for (const node of panel.querySelectorAll<HTMLElement>('[data-crisis-term]')) node.hidden = node.dataset.crisisTerm !== first;
  for (const node of panel.querySelectorAll<HTMLElement>('[data-crisis-text]')) node.hidden = node.dataset.crisisText !== first;
  const lines = crisisLines(matched);
  const items = [...list.querySelectorAll<HTMLLIElement>('[data-crisis-line]')];
  for (const item of items) item.hidden = !lines.includes(item.dataset.crisisLine ?? '');
  // Move the fitting lines to the top in the order of the vocabulary (most urgent first).
  for (const id of [...lines].reverse()) {
    const item = items.find((i) => i.dataset.crisisLine === id);
    if (item) list.prepend(item);
  }
  return true;
}
