/**
 * URL prefix of each entry collection's detail pages (German, stable).
 * Kept apart from `./index.ts` (which imports every schema and zod) so that
 * the URL module, `src/lib/urls.ts`, stays free of zod in browser bundles;
 * `./index.ts` re-exports it and checks that every collection has a prefix.
 */
export const URL_PREFIX = {
  sources: '/quellen/',
  towns: '/orte/',
  organisations: '/organisationen/',
  contacts: '/anlaufstellen/',
  offers: '/angebote/',
  networks: '/netzwerke/',
  practices: '/praxisbeispiele/',
} as const;

/** Collections that have detail pages (the keys of `ENTRY_COLLECTIONS` in `./index.ts`). */
export type PagedCollection = keyof typeof URL_PREFIX;
