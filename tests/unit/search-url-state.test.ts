import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, isEmptyState, localFilters, localFirst, pagefindFilters, toggleFilter } from '../../src/lib/search/url-state.ts';

describe('search URL state', () => {
  it('round-trips words and filters in a stable order', () => {
    const state = decodeState('?thema=fruehe-hilfen&q=Hebamme++Selm&ort=selm&thema=kinderschutz');
    expect(state).toEqual({ q: 'Hebamme Selm', filters: { thema: ['fruehe-hilfen', 'kinderschutz'], ort: ['selm'] } });
    expect(encodeState(state)).toBe('?q=Hebamme+Selm&ort=selm&thema=fruehe-hilfen&thema=kinderschutz');
    expect(decodeState(encodeState(state))).toEqual({ q: 'Hebamme Selm', filters: { ort: ['selm'], thema: ['fruehe-hilfen', 'kinderschutz'] } });
  });

  it('keeps umlauts and § in the query', () => {
    const s = decodeState(new URLSearchParams({ q: '§ 8a Frühe Hilfen' }));
    expect(s.q).toBe('§ 8a Frühe Hilfen');
    expect(decodeState(encodeState(s)).q).toBe('§ 8a Frühe Hilfen');
  });

  it('drops unknown parameters, malformed and duplicate values; accepts comma lists', () => {
    const s = decodeState('?q=x&foo=bar&ort=Unna&ort=unna&ort=<script>&zugang=anonym,ohne-termin');
    expect(s.filters).toEqual({ ort: ['unna'], zugang: ['anonym', 'ohne-termin'] });
  });

  it('encodes the empty state as an empty string', () => {
    expect(encodeState({ q: '  ', filters: { ort: [] } })).toBe('');
    expect(isEmptyState(decodeState(''))).toBe(true);
    expect(isEmptyState(decodeState('?ort=selm'))).toBe(false);
  });

  it('builds Pagefind filters: any within a group', () => {
    expect(pagefindFilters(decodeState('?ort=selm&thema=a&thema=b'))).toEqual({ ort: { any: ['selm'] }, thema: { any: ['a', 'b'] } });
  });

  it('toggles filter values without touching others', () => {
    const s = decodeState('?q=Kita&ort=selm');
    const on = toggleFilter(s, 'thema', 'kinderbetreuung', true);
    expect(encodeState(on)).toBe('?q=Kita&ort=selm&thema=kinderbetreuung');
    expect(encodeState(toggleFilter(on, 'ort', 'selm', false))).toBe('?q=Kita&thema=kinderbetreuung');
    expect(s.filters.thema).toBeUndefined();
  });

  it('puts entries of the chosen town before district-wide ones', () => {
    expect(localFilters(decodeState('?q=x'))).toBeUndefined();
    expect(localFilters(decodeState('?q=x&ort=selm&thema=a'))).toEqual({ ort: { any: ['selm'] }, thema: { any: ['a'] }, ortlokal: { any: ['selm'] } });
    const all = [{ id: 'wide1' }, { id: 'local2' }, { id: 'wide2' }, { id: 'local1' }];
    expect(localFirst([{ id: 'local1' }, { id: 'local2' }], all).map((r) => r.id)).toEqual(['local1', 'local2', 'wide1', 'wide2']);
    expect(localFirst([], all)).toEqual(all);
  });
});
