import { describe, expect, it } from 'vitest';
import {
  costLabel,
  displayUrl,
  formatAgeRange,
  formatDateDe,
  formatDays,
  formatPhone,
  formatTimeRange,
  hoursLine,
  joinDe,
  languageName,
  phoneText,
  statusLabel,
  telHref,
} from '../../src/lib/format.ts';

describe('formatPhone', () => {
  it('shows E.164 numbers in German national form', () => {
    expect(formatPhone('+498001110333')).toBe('0800 1110333');
    expect(formatPhone('+492303270')).toBe('02303 270');
  });
  it('keeps emergency numbers and groups 116 numbers', () => {
    expect(formatPhone('110')).toBe('110');
    expect(formatPhone('112')).toBe('112');
    expect(formatPhone('116111')).toBe('116 111');
    expect(formatPhone('116 117')).toBe('116 117');
  });
  it('shows foreign numbers internationally', () => {
    expect(formatPhone('+431234567')).toMatch(/^\+43 /);
  });
});

describe('telHref', () => {
  it('links E.164 numbers', () => {
    expect(telHref('+498001110333')).toBe('tel:+498001110333');
  });
  it('links short numbers without country code', () => {
    expect(telHref('116111')).toBe('tel:116111');
    expect(telHref('110')).toBe('tel:110');
  });
  it('normalises national input', () => {
    expect(telHref('02303 27-0')).toBe('tel:+492303270');
  });
});

describe('formatDateDe', () => {
  it('formats full, month and year dates', () => {
    expect(formatDateDe('2011-12-14')).toBe('14. Dezember 2011');
    expect(formatDateDe('2019-01-01')).toBe('1. Januar 2019');
    expect(formatDateDe('2019-03')).toBe('März 2019');
    expect(formatDateDe('2019')).toBe('2019');
  });
  it('returns other text unchanged', () => {
    expect(formatDateDe('bald')).toBe('bald');
    expect(formatDateDe('2019-13')).toBe('2019-13');
  });
});

describe('languageName', () => {
  it('names languages in German', () => {
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('tr')).toBe('Türkisch');
    expect(languageName('ar')).toBe('Arabisch');
    expect(languageName('RU')).toBe('Russisch');
  });
  it('falls back to the code for unknown languages', () => {
    expect(languageName('qq')).toBe('QQ');
  });
});

describe('labels', () => {
  it('status', () => {
    expect(statusLabel('active')).toBe('läuft');
    expect(statusLabel('ended')).toBe('beendet');
    expect(statusLabel('unknown')).toBe('unbekannt — bitte beim Anbieter nachfragen');
  });
  it('cost', () => {
    expect(costLabel('free')).toBe('kostenlos');
  });
  it('age range', () => {
    expect(formatAgeRange({ from: 0, to: 3 })).toBe('0 bis 3 Jahre');
    expect(formatAgeRange({ from: 14 })).toBe('ab 14 Jahren');
    expect(formatAgeRange({ to: 27 })).toBe('bis 27 Jahre');
    expect(formatAgeRange(undefined)).toBeUndefined();
  });
  it('days collapse into ranges', () => {
    expect(formatDays(['Mo', 'Di', 'Mi', 'Do', 'Fr'])).toBe('Montag bis Freitag');
    expect(formatDays(['Mi', 'Mo'])).toBe('Montag und Mittwoch');
    expect(formatDays(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'])).toBe('täglich');
    expect(formatDays(['Mo', 'Di', 'Mi', 'Fr'])).toBe('Montag bis Mittwoch und Freitag');
  });
  it('time ranges', () => {
    expect(formatTimeRange('09:00', '12:30')).toBe('9:00 bis 12:30 Uhr');
    expect(formatTimeRange('14:00', '20:00')).toBe('14:00 bis 20:00 Uhr');
    expect(formatTimeRange('00:00', '24:00')).toBe('rund um die Uhr');
  });
  it('joins lists the German way', () => {
    expect(joinDe(['a'])).toBe('a');
    expect(joinDe(['a', 'b', 'c'])).toBe('a, b und c');
  });
  it('shows URLs without protocol', () => {
    expect(displayUrl('https://www.kreis-unna.de/')).toBe('www.kreis-unna.de');
    expect(displayUrl('https://www.nummergegenkummer.de/kinder/')).toBe('www.nummergegenkummer.de/kinder');
  });
});

describe('hoursSummary', () => {
  const all = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
  it('says "rund um die Uhr" for 24/7', async () => {
    const { hoursSummary, isAroundTheClock } = await import('../../src/lib/format.ts');
    expect(isAroundTheClock([{ days: all, opens: '00:00', closes: '24:00' }])).toBe(true);
    expect(hoursSummary([{ days: all, opens: '00:00', closes: '24:00' }])).toBe('rund um die Uhr');
    expect(hoursSummary([{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'], opens: '14:00', closes: '20:00' }])).toBe('Montag bis Samstag 14:00 bis 20:00 Uhr');
    expect(hoursSummary(undefined)).toBeUndefined();
  });
});

describe('hoursLine', () => {
  it('puts every line of hours into one line, with their notes', () => {
    expect(hoursLine([{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '09:00', closes: '12:00' }])).toBe('Montag bis Freitag 9:00 bis 12:00 Uhr');
    expect(
      hoursLine([
        { days: ['Mo', 'Mi'], opens: '08:30', closes: '12:00' },
        { days: ['Di'], opens: '14:00', closes: '17:00', note: 'nur mit Termin' },
      ]),
    ).toBe('Montag und Mittwoch 8:30 bis 12:00 Uhr; Dienstag 14:00 bis 17:00 Uhr (nur mit Termin)');
  });
  it('adds the channel note, and says nothing without hours', () => {
    expect(hoursLine([{ days: ['Sa', 'So'], opens: '00:00', closes: '24:00' }], 'an Feiertagen auch')).toBe('Samstag und Sonntag rund um die Uhr; an Feiertagen auch');
    expect(hoursLine([], 'Sprechzeiten nach Vereinbarung')).toBe('Sprechzeiten nach Vereinbarung');
    expect(hoursLine(undefined)).toBeUndefined();
    expect(hoursLine([])).toBeUndefined();
  });
});

describe('phoneText', () => {
  it('never breaks a number across lines', () => {
    expect(phoneText('+498001110333')).toBe('0800\u00a01110333');
    expect(phoneText('116111')).toBe('116\u00a0111');
    expect(phoneText('110')).toBe('110');
  });
});
