/**
 * Decap's own distribution (`decap-cms/dist/decap-cms.js`) as a classic script, and what it puts
 * on `window`: the CMS and React's `createElement` of the React it brings.
 */
import type { DecapCmsApp } from 'decap-cms-app';
import type { createElement } from 'react';

interface DecapGlobals {
  CMS: typeof DecapCmsApp;
  h: typeof createElement;
}

/**
 * Loads the editor without starting it (`CMS_MANUAL_INIT`: this site registers its file format
 * and previews first). A classic script element, so that webpack finds its chunks beside it.
 */
export function loadDecap(src: string): Promise<void> {
  if (!src) return Promise.reject(new Error('Der Web-Editor konnte nicht geladen werden (kein Skript angegeben).'));
  (window as unknown as { CMS_MANUAL_INIT?: boolean }).CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Der Web-Editor konnte nicht geladen werden (${src}).`)));
    document.head.append(script);
  });
}

/** The loaded editor's globals. */
export function decap(): DecapGlobals {
  const globals = window as unknown as Partial<DecapGlobals>;
  if (!globals.CMS || !globals.h) throw new Error('Der Web-Editor (Decap CMS) wurde nicht geladen.');
  return { CMS: globals.CMS, h: globals.h };
}
