import { describe, expect, it, vi } from 'vitest';

// entries.ts imports astro:content, which only exists inside Astro; the pure helpers do not need it.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const { brokenReferenceMessage, entryUrl, findBrokenReferences, resolveIn, valuesAt } = await import('../../src/lib/entries.ts');

describe('valuesAt', () => {
  const data = {
    organisation: 'kreis-unna',
    source: [{ document: 'antrag-2011', section: '4.1' }, { document: 'kooperation-dksb', section: '3' }],
    coordinator: { organisation: 'dksb' },
    members: [{ organisation: 'awo' }, { text: 'Kitas' }],
    towns: ['selm'],
  };
  it('reads plain, nested and list paths', () => {
    expect(valuesAt(data, 'organisation')).toEqual(['kreis-unna']);
    expect(valuesAt(data, 'source[].document')).toEqual(['antrag-2011', 'kooperation-dksb']);
    expect(valuesAt(data, 'coordinator.organisation')).toEqual(['dksb']);
    expect(valuesAt(data, 'members[].organisation')).toEqual(['awo']);
    expect(valuesAt(data, 'towns[]')).toEqual(['selm']);
    expect(valuesAt(data, 'parent')).toEqual([]);
  });
});

describe('references', () => {
  it('resolveIn returns the entry', () => {
    expect(resolveIn(new Map([['selm', 1]]), 'towns', 'selm')).toBe(1);
  });
  it('resolveIn throws a German error naming entry, field and slug', () => {
    expect(() =>
      resolveIn(new Map(), 'organisations', 'stadt-selm', { collection: 'contacts', id: 'jugendamt-selm', field: 'organisation' }),
    ).toThrow('content/contacts/jugendamt-selm.md, Feld „organisation“: Verweis auf "stadt-selm" ins Leere. Es gibt keine Datei content/organisations/stadt-selm.md.');
  });
  it('names the vocabulary file for terms', () => {
    expect(brokenReferenceMessage('topics', 'xyz')).toContain('content/vocabularies/topics.yaml');
  });
  it('finds every broken reference', () => {
    const problems = findBrokenReferences(
      {
        contacts: [
          {
            id: 'jugendamt-selm',
            data: { kind: 'jugendamt', organisation: 'stadt-selm', town: 'selm', responsibleFor: ['selm'], source: [{ document: 'antrag', section: '4.5' }] },
          },
        ],
      },
      (target, slug) => !(target === 'organisations' && slug === 'stadt-selm') && !(target === 'sources' && slug === 'antrag'),
    );
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('Feld „organisation“');
    expect(problems.join('\n')).toContain('Feld „source[0].document“');
  });
  it('builds entry URLs from URL_PREFIX', () => {
    expect(entryUrl('contacts', 'jugendamt-selm')).toBe('/anlaufstellen/jugendamt-selm/');
    expect(entryUrl('offers', 'x')).toBe('/angebote/x/');
  });
});
