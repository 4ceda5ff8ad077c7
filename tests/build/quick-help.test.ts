/**
 * /schnelle-hilfe/ as built: ordered by urgency (after 110 and 112, the line
 * for children and young people, 116 111), every phone line says when it can
 * be reached or where the operator publishes it, and words do not run into
 * numbers ("unter110").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../../src/lib/dev/dist.ts';
import { fileOf } from '../../src/lib/dev/site.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('/schnelle-hilfe/', () => {
  assertBuilt();
  const html = readFileSync(fileOf('/schnelle-hilfe/'), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));

  it('shows 116 111 right after the emergency numbers, in the first group', () => {
    const firstGroup = main.indexOf('class="sh-group"');
    const secondGroup = main.indexOf('class="sh-group"', firstGroup + 1);
    expect(firstGroup).toBeGreaterThan(0);
    expect(main.indexOf('href="tel:116111"')).toBeGreaterThan(firstGroup);
    expect(main.indexOf('href="tel:116111"')).toBeLessThan(secondGroup);
    expect(main.indexOf('href="tel:110"')).toBeLessThan(firstGroup);
  });

  it('every phone line has its hours or "Zeiten: siehe Betreiber" with a link', () => {
    const channels = main.split('class="sh-channel"').slice(1);
    expect(channels.length).toBeGreaterThan(5);
    const missing = channels
      .map((c) => c.slice(0, c.indexOf('</p>') + 4))
      .filter((c) => {
        const hours = /<p class="sh-hours"[^>]*>([\s\S]*?)<\/p>/.exec(c)?.[1] ?? '';
        if (/Zeiten: siehe Betreiber/.test(hours)) return !/<a href="https:\/\//.test(hours);
        return !/Rund um die Uhr|\d{1,2}(:\d\d)?\s*(–|bis)\s*\d{1,2}/.test(text(hours));
      });
    expect(missing).toEqual([]);
  });

  it('no word runs into a number', () => {
    // A word right before a phone link, or a number glued to a word inside one text.
    expect(main).not.toMatch(/[a-zäöüß]<a\b[^>]*href="tel:/i);
    expect(main).not.toMatch(/>[^<]*[a-zäöüß]\d{3}[^<]*</i);
  });
});
