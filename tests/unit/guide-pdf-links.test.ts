/** `missingGuidePdfs`: every PDF guide a built town or guide page links must exist. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingGuidePdfs } from '../../src/lib/chain/pdf.ts';
import { localizePath } from '../../src/i18n/urls.ts';
import { entryUrl, guidePdfUrl, guideUrl } from '../../src/lib/urls.ts';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, html: string): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
}

describe('missingGuidePdfs', () => {
  it('names a linked PDF that was not written, in any language, and nothing else', () => {
    dist = mkdtempSync(join(tmpdir(), 'bff-pdf-links-'));
    page(entryUrl('towns', 'selm'), `<a href="${guidePdfUrl('selm')}">PDF</a>`);
    page(localizePath('en', guideUrl('unna')), `<a href="${guidePdfUrl('unna')}">PDF</a>`);
    page(entryUrl('towns', 'unna'), '<p>no link</p>');
    page(entryUrl('towns', 'werne'), '<p>no link</p>');
    expect(missingGuidePdfs(dist)).toEqual([guidePdfUrl('selm'), guidePdfUrl('unna')].sort());
    mkdirSync(join(dist, guidePdfUrl('selm'), '..'), { recursive: true });
    writeFileSync(join(dist, guidePdfUrl('selm')), '%PDF-');
    expect(missingGuidePdfs(dist)).toEqual([guidePdfUrl('unna')]);
  });

  it('is empty for a site without town pages', () => {
    dist = mkdtempSync(join(tmpdir(), 'bff-pdf-links-'));
    expect(missingGuidePdfs(dist)).toEqual([]);
  });
});
