/**
 * Which URLs content may contain. One judgement for link and image targets in
 * bodies, for URL fields in the frontmatter and for the build's sanitizer.
 *
 * The URL is judged the way a browser reads it: HTML entities are already
 * decoded by the Markdown parser; here leading/trailing C0 controls and spaces
 * are stripped and tabs/newlines removed (WHATWG URL parsing does the same),
 * so `java\tscript:` or ` javascript:` are recognised as the scheme they are.
 * Percent-encoding never forms a scheme in a browser (`java%73cript:` is a
 * relative path), but it is refused too, since no honest link needs it.
 */
import { entryUrl } from '../urls.ts';

export type UrlKind = 'https' | 'mailto' | 'tel' | 'site' | 'fragment';

export type UrlVerdict =
  | { ok: true; kind: UrlKind; /** For site URLs: the path without query and fragment. */ path?: string }
  | { ok: false; code: string; message: string };

/** What a browser would see as the URL after its own clean-up. */
export function browserView(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Decodes percent-escapes as far as they go (tolerant of broken ones). */
function percentDecoded(value: string): string {
  let out = value;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (next === out) break;
    out = next;
  }
  return out;
}

/** True when the value, in any encoding, starts with a scheme that runs code or embeds data. */
export function isDangerousScheme(raw: string): boolean {
  const seen = browserView(percentDecoded(browserView(raw))).toLowerCase();
  return /^(javascript|vbscript|data|livescript|mocha|file|blob|filesystem):/.test(seen.replace(/[\u0000-\u0020]/g, ''));
}

/** Judges a link target (`kind: 'link'`) or an image source (`kind: 'image'`). */
export function judgeUrl(raw: string, target: 'link' | 'image' = 'link'): UrlVerdict {
  const url = browserView(raw);
  if (isDangerousScheme(url)) {
    return { ok: false, code: 'unsafe-url', message: `Die Adresse "${shorten(raw)}" ist nicht erlaubt ("javascript:", "data:", "vbscript:" u. ä. können Code ausführen). Bitte eine normale Webadresse (https://…) verwenden.` };
  }
  if (/%[0-9a-f]{2}/i.test(url.split(/[?#]/)[0]!) && SCHEME.test(percentDecoded(url)) && !SCHEME.test(url)) {
    return { ok: false, code: 'unsafe-url', message: `Die Adresse "${shorten(raw)}" ist verschleiert (Prozent-Kodierung vor dem Doppelpunkt). Bitte die Adresse im Klartext schreiben.` };
  }
  if (target === 'image') {
    if (url.startsWith('/') && !url.startsWith('//')) return { ok: true, kind: 'site', path: decodePath(url) };
    return { ok: false, code: 'foreign-image', message: `Bilder dürfen nur Dateien aus dem Repository sein (Ordner public/, Adresse beginnt mit "/", z. B. /bilder/foto.jpg), nicht "${shorten(raw)}". Fremde Bilder verraten Besucherinnen und Besucher an andere Server.` };
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme) {
    if (scheme === 'https') {
      const problem = httpsProblem(url);
      return problem ? { ok: false, code: 'bad-url', message: problem } : { ok: true, kind: 'https' };
    }
    if (scheme === 'mailto') return { ok: true, kind: 'mailto' };
    if (scheme === 'tel') return /^tel:\+?[0-9]+$/i.test(url.replace(/[\s/-]/g, '')) ? { ok: true, kind: 'tel' } : { ok: false, code: 'bad-url', message: `"${shorten(raw)}" ist keine gültige Telefonnummer-Adresse. Bitte "tel:" und nur Ziffern angeben, z. B. tel:+492303270.` };
    if (scheme === 'http') return { ok: false, code: 'bad-url', message: `"${shorten(raw)}" ist unverschlüsselt. Bitte die https-Adresse verwenden.` };
    return { ok: false, code: 'bad-url', message: `Links mit "${scheme}:" sind nicht erlaubt. Erlaubt sind https://…, mailto:…, tel:… und Seiten dieser Website (/…).` };
  }
  if (url.startsWith('//') || url.startsWith('/\\') || url.startsWith('\\')) {
    return { ok: false, code: 'bad-url', message: `"${shorten(raw)}" ist unvollständig. Bitte vollständig mit "https://" angeben.` };
  }
  if (url.startsWith('#')) return { ok: true, kind: 'fragment' };
  if (url.startsWith('/')) return { ok: true, kind: 'site', path: decodePath(url) };
  return { ok: false, code: 'bad-url', message: `Der Link "${shorten(raw)}" ist weder eine Webadresse (https://…) noch eine Seite dieser Website. Seiten dieser Website bitte mit "/" beginnen, z. B. ${entryUrl('offers', 'elterntelefon')}.` };
}

/** Problem with an https URL (user info, no host), or undefined when it is fine. */
export function httpsProblem(value: string): string | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return `"${shorten(value)}" ist keine gültige https-Adresse. Bitte vollständig mit "https://" angeben.`;
  }
  if (u.protocol !== 'https:' || !u.hostname.includes('.')) return `"${shorten(value)}" ist keine gültige https-Adresse. Bitte vollständig mit "https://" angeben.`;
  if (u.username || u.password) {
    return `"${shorten(value)}" enthält vor dem "@" einen Benutzernamen: der Link führt in Wahrheit zu ${u.hostname}. Bitte die richtige Adresse angeben.`;
  }
  return undefined;
}

function decodePath(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function shorten(s: string): string {
  const clean = [...s].map((c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}
