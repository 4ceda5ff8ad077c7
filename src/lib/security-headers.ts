/**
 * The site's security headers in one place: the Content-Security-Policy (as a
 * `<meta http-equiv>` in every page, for hosts such as GitHub Pages that set
 * no headers, and as a real header), Referrer-Policy, X-Content-Type-Options
 * and Permissions-Policy. The build writes `_headers` (Netlify, Cloudflare
 * Pages) from this module; docs/deploy.md shows the same for nginx and Apache.
 *
 * Scripts: only files from the site itself ('self'), never inline code.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval'). Images: the site and,
 * for the map after consent, the tile server from src/site.config.ts.
 * Styles keep 'unsafe-inline' (Astro inlines small component styles); style
 * attributes in content are refused by the checker and dropped by the build.
 */
import { siteConfig } from '../site.config.ts';

/** Origin of the tile server when it is not the site itself, e.g. "https://tile.openstreetmap.org". */
export function tileOrigin(tileUrl = siteConfig.map.tileUrl, siteUrl = siteConfig.url): string | undefined {
  if (tileUrl.startsWith('/') && !tileUrl.startsWith('//')) return undefined;
  try {
    const origin = new URL(tileUrl.replace(/\{s\}/g, 'a'), siteUrl).origin;
    if (origin === new URL(siteUrl).origin) return undefined;
    // Subdomain templates ({s}.tile…) need every subdomain.
    return tileUrl.includes('{s}') ? origin.replace('://a.', '://*.') : origin;
  } catch {
    return undefined;
  }
}

/** CSP directives. `header` adds those that a `<meta>` element cannot carry. */
export function contentSecurityPolicy({ header = false } = {}): string {
  const tiles = tileOrigin();
  const directives = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (header) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()';

/** Every header a host should send with every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ header: true }),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/** `_headers` file for Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(securityHeaders()).map(([k, v]) => `  ${k}: ${v}`)];
  return `${lines.join('\n')}\n`;
}

/** robots.txt: everything may be indexed; the sitemap is named with the site's origin. */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}
