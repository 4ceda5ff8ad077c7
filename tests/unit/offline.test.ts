import { describe, expect, it } from 'vitest';
import { BYPASS_PREFIXES, IMMUTABLE_PATTERNS, KEEP_PATTERNS, stylesheetsOf } from '../../src/lib/offline.ts';

const kept = (path: string) => KEEP_PATTERNS.some((p) => new RegExp(p).test(path));

describe('offline support', () => {
  it('keeps town pages and their list pages, not the printable guide or other pages', () => {
    expect(kept('/orte/unna/')).toBe(true);
    expect(kept('/orte/unna/angebote/')).toBe(true);
    expect(kept('/orte/unna/angebote/2/')).toBe(true);
    expect(kept('/orte/unna/wegweiser/')).toBe(false);
    expect(kept('/orte/')).toBe(false);
    expect(kept('/angebote/elterncafe/')).toBe(false);
    expect(kept('/orte/unna')).toBe(false);
  });

  it('never touches the editor or the search index', () => {
    expect(BYPASS_PREFIXES).toContain('/admin/');
    expect(BYPASS_PREFIXES).toContain('/pagefind/');
  });

  it('treats only hashed stylesheets as immutable', () => {
    const immutable = (p: string) => IMMUTABLE_PATTERNS.some((re) => new RegExp(re).test(p));
    expect(immutable('/_astro/BaseLayout.BHcmCE7A.css')).toBe(true);
    expect(immutable('/_astro/map.ZhMasJ4A.js')).toBe(false);
    expect(immutable('/pagefind/pagefind.js')).toBe(false);
  });

  it('finds the same-origin stylesheets of a page', () => {
    const html =
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"><link href="/_astro/b.css" rel="stylesheet" media="print">' +
      '<link rel="stylesheet" href="https://cdn.example.org/x.css"><link rel="stylesheet" href="//cdn.example.org/y.css">';
    expect(stylesheetsOf(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
  });
});
