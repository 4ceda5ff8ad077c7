import { describe, expect, it } from 'vitest';
import type { Guide } from '../../src/components/chain/guide.ts';
import { limitGuide } from '../../src/components/chain/guide-limit.ts';

const offer = (id: string) => ({ offer: { id, data: { title: id } }, scope: 'town' }) as unknown as Guide['allPhases'][number];
const contact = (id: string) => ({ id }) as unknown as Guide['contacts'][number];

function guide(): Guide {
  return {
    town: {} as Guide['town'],
    contacts: ['ja', 'c1', 'c2', 'c3'].map(contact),
    phases: [
      { phase: { id: 'p1' } as Guide['phases'][number]['phase'], offers: ['a', 'b', 'c'].map(offer), seeAlso: [] },
      {
        phase: { id: 'p2' } as Guide['phases'][number]['phase'],
        offers: ['d'].map(offer),
        seeAlso: [
          { offer: offer('a').offer, section: 0 },
          { offer: offer('c').offer, section: 0 },
        ],
      },
    ],
    allPhases: ['x', 'y'].map(offer),
    hotlines: [],
    sources: [],
    reviewedRange: undefined,
  };
}

describe('limitGuide', () => {
  it('keeps everything under the limits', () => {
    const { guide: g, more } = limitGuide(guide());
    expect(g).toEqual(guide());
    expect(more).toEqual({ contacts: 0, phases: [0, 0], allPhases: 0 });
  });

  it('cuts each part, counts what is left out and drops references to offers no longer described', () => {
    const { guide: g, more } = limitGuide(guide(), { contacts: 2, perPhase: 2, allPhases: 1, seeAlso: 5 });
    expect(g.contacts.map((c) => c.id)).toEqual(['ja', 'c1']);
    expect(g.phases[0]!.offers.map((o) => o.offer.id)).toEqual(['a', 'b']);
    expect(g.phases[1]!.seeAlso.map((x) => x.offer.id)).toEqual(['a']);
    expect(g.allPhases.map((o) => o.offer.id)).toEqual(['x']);
    expect(more).toEqual({ contacts: 2, phases: [1, 1], allPhases: 1 });
  });
});
