import { describe, expect, it } from 'vitest';
import { needsTownList, TOWN_PREVIEW, townListUrl } from '../../src/lib/town-lists.ts';

describe('town list pages', () => {
  it('exist only for sections longer than the preview', () => {
    expect(needsTownList(TOWN_PREVIEW)).toBe(false);
    expect(needsTownList(TOWN_PREVIEW + 1)).toBe(true);
  });
  it('have stable URLs below the town page; page 1 has no number', () => {
    expect(townListUrl('unna', 'angebote')).toBe('/orte/unna/angebote/');
    expect(townListUrl('unna', 'angebote', 1)).toBe('/orte/unna/angebote/');
    expect(townListUrl('unna', 'anlaufstellen', 3)).toBe('/orte/unna/anlaufstellen/3/');
  });
});
