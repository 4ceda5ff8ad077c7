/** decap-cms-locales ships no types; the editor only passes the German phrases on to Decap. */
declare module 'decap-cms-locales' {
  export const de: Record<string, unknown>;
}
