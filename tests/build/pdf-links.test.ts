/**
 * A page links a PDF only if the build produced it: every `/wegweiser/<ort>.pdf`
 * linked anywhere in dist/ exists and is a PDF (the build renders them when a
 * Chromium is present, see src/lib/chain/pdf.ts; otherwise pages link the
 * printable HTML guide only). The fixture build (tests/build/fixture-site.test.ts)
 * covers the other case: PDFs rendered and linked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../src/lib/dev/dist.ts';
import { htmlFiles } from '../../src/lib/dev/site.ts';

describe('PDF links', () => {
  it('every linked PDF exists in dist/', () => {
    const missing: string[] = [];
    let links = 0;
    for (const file of htmlFiles()) {
      for (const m of readFileSync(file, 'utf8').matchAll(/href="(\/[^"]+\.pdf)"/g)) {
        links++;
        const pdf = join(DIST, m[1]!);
        if (!existsSync(pdf) || readFileSync(pdf).subarray(0, 5).toString('latin1') !== '%PDF-') missing.push(`${file.replace(`${DIST}/`, '')} → ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
    // npm test builds without PDFs (WEGWEISER_PDF=0, to save minutes): then no page may link one.
    if (!existsSync(join(DIST, 'wegweiser'))) expect(links).toBe(0);
  });
});
