import { describe, expect, it } from 'vitest';
import { isStale, staleNotice } from '../../src/lib/freshness.ts';

describe('isStale', () => {
  it('flags facts older than 12 months', () => {
    expect(isStale('2011-12-14', '2026-11-21')).toBe(true);
    expect(isStale('2019-01-01', new Date(Date.UTC(2026, 10, 21)))).toBe(true);
  });
  it('keeps facts of the last 12 months fresh', () => {
    expect(isStale('2026-01-10', '2026-11-21')).toBe(false);
    expect(isStale('2025-11-21', '2026-11-21')).toBe(false);
  });
  it('turns stale the day after 12 months', () => {
    expect(isStale('2025-11-20', '2026-11-21')).toBe(true);
  });
  it('handles month ends and leap days', () => {
    expect(isStale('2024-02-29', '2025-02-28')).toBe(false);
    expect(isStale('2024-02-29', '2025-03-01')).toBe(true);
  });
  it('refuses malformed dates', () => {
    expect(() => isStale('14.12.2011', '2026-11-21')).toThrow(/JJJJ-MM-TT/);
  });
});

describe('staleNotice', () => {
  it('names the year', () => {
    expect(staleNotice('2011-12-14')).toBe(
      'Diese Angaben stammen aus dem Jahr 2011 und warten auf Bestätigung. Bitte fragen Sie vor einem Besuch nach.',
    );
  });
});
