/**
 * Kamen's seed postcode 59172 (000 §4.3) is shown as the source gives it, and
 * every page that shows it marks it: 59172 is not a postcode of Kamen in the
 * postcode directory (Kamen: 59174). Pages with an ordinary postcode carry no
 * note. The note is decided in src/lib/postcode-note.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';

function main(path: string): string {
  assertBuilt();
  const file = join(DIST, path, 'index.html');
  expect(existsSync(file), path).toBe(true);
  return /<main\b[\s\S]*<\/main>/i.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const NOTE = 'Im Postleitzahlenverzeichnis ist 59172 keine Postleitzahl von Kamen; dort hat Kamen die Postleitzahl 59174.';

describe('the note after a postcode that is not a postcode of its town', () => {
  it('the contact page of the Jugendamt Kamen shows the address and, after it, the note', () => {
    const html = main('anlaufstellen/jugendamt-kamen');
    expect(text(html)).toContain('Rathausplatz 1 59172 Kamen');
    expect(html).toMatch(/class="postal-address"[\s\S]*?data-postcode-note/);
    expect(text(html)).toContain(NOTE);
  });
  it('the town page of Kamen shows the note with the Jugendamt address', () => {
    const html = main('orte/kamen');
    expect(text(html)).toContain('59172 Kamen');
    expect(text(html)).toContain(NOTE);
  });
  it('the labelled route names the Jugendamt Kamen with the short note', () => {
    const html = main('angebote/familienservice-kamen');
    const route = /<section[^>]*data-contact-route[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    if (!route.includes('59172')) return; // the entry gained a phone number of its own: no route
    expect(text(route)).toContain('Postleitzahl 59172 laut Quelle; im Postleitzahlenverzeichnis hat Kamen die Postleitzahl 59174.');
  });
  it('pages with an ordinary postcode carry no note', () => {
    for (const path of ['anlaufstellen/jugendamt-selm', 'anlaufstellen/jugendamt-unna', 'orte/selm']) {
      const html = main(path);
      expect(html, path).toContain('class="postal-address"');
      expect(html, path).not.toContain('data-postcode-note');
      expect(text(html), path).not.toContain('Hinweis zur Postleitzahl');
    }
  });
});
