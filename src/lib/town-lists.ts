/**
 * Town pages stay small at any size of the directory: the town page
 * (/orte/<town>/) shows at most TOWN_PREVIEW contact points and TOWN_PREVIEW
 * local offers; when a town has more, the page links to the complete list,
 * paginated at TOWN_LIST_PAGE_SIZE entries:
 *   /orte/<town>/anlaufstellen/, /orte/<town>/anlaufstellen/2/, …
 *   /orte/<town>/angebote/, /orte/<town>/angebote/2/, …
 * The town page stays the entry point; the list pages exist only for towns
 * that need them.
 */

/** Entries per section shown on the town page itself. */
export const TOWN_PREVIEW = 24;
/** Entries per list page. */
export const TOWN_LIST_PAGE_SIZE = 60;

export { townListUrl, type TownListKind } from './urls.ts';

/** True when a section of the town page is longer than the preview and gets its own list pages. */
export function needsTownList(count: number): boolean {
  return count > TOWN_PREVIEW;
}

