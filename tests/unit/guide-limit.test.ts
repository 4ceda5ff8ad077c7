import { describe, expect, it } from 'vitest';
import { guideContent } from '../../src/lib/guide/content.ts';
import { limitGuide } from '../../src/lib/guide/limit.ts';
import { directory, guideInput } from './guide-fixtures.ts';

const content = () => guideContent(guideInput(directory(), 'selm'));
const ids = (items: { offer: { id: string } }[]) => items.map((o) => o.offer.id);

describe('limitGuide', () => {
  it('keeps everything under the limits', () => {
    const { guide: g, more } = limitGuide(content());
    expect(g).toEqual(content());
    expect(more).toEqual({ contacts: 0, phases: [0, 0, 0], allPhases: 0 });
  });

  it('cuts each part, counts what is left out and drops references to offers no longer described', () => {
    const full = content();
    expect(full.contacts.map((c) => c.id)).toEqual(['jugendamt-selm', 'eb-unna', 'familienbuero-selm']);
    expect(ids(full.phases[0]!.offers)).toEqual(['hebammen-selm']);
    expect(ids(full.phases[1]!.seeAlso)).toEqual(['hebammen-selm']);
    expect(ids(full.allPhases)).toEqual(['familienberatungsfuehrer-selm', 'ohne-kontakt', 'elternkurs']);

    const { guide: g, more } = limitGuide(full, { contacts: 2, perPhase: 0, allPhases: 1, seeAlso: 5 });
    expect(g.contacts.map((c) => c.id)).toEqual(['jugendamt-selm', 'eb-unna']);
    expect(g.phases.map((s) => s.offers.length)).toEqual([0, 0, 0]);
    // Hebammensprechstunde is no longer described in part 3, so part 4 cannot refer to it.
    expect(g.phases[1]!.seeAlso).toEqual([]);
    expect(ids(g.allPhases)).toEqual(['familienberatungsfuehrer-selm']);
    expect(more).toEqual({ contacts: 1, phases: [1, 2, 0], allPhases: 2 });
  });
});
