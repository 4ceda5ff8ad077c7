import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromBerlin,
  hoursStatus,
  isNrwHoliday,
  nrwHolidayName,
  statusText,
  toBerlin,
  weekdayOf,
  type HoursLine,
} from '../../src/lib/hours/index.ts';

/** The instant German clocks show "YYYY-MM-DD HH:MM". */
const at = (local: string): Date => {
  const [date, time] = local.split(' ') as [string, string];
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(fromBerlin(date, h * 60 + m));
};

// 2026-11-23 is a Monday; 2026-11-21 (today in the project) a Saturday.
const OFFICE: HoursLine[] = [
  { days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '09:00', closes: '12:00' },
  { days: ['Di', 'Do'], opens: '14:00', closes: '17:00' },
];
// Nummer gegen Kummer, Kinder- und Jugendtelefon: Mo–Sa 14–20 Uhr.
const NGK: HoursLine[] = [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'], opens: '14:00', closes: '20:00' }];
const ROUND_THE_CLOCK: HoursLine[] = [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'], opens: '00:00', closes: '24:00' }];
const NIGHT: HoursLine[] = [{ days: ['Fr', 'Sa'], opens: '20:00', closes: '02:00' }];

describe('German local time', () => {
  it('knows weekdays and calendar arithmetic', () => {
    expect(weekdayOf('2026-11-23')).toBe(0);
    expect(weekdayOf('2026-11-22')).toBe(6);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('converts both ways in winter and summer', () => {
    expect(new Date(fromBerlin('2026-01-15', 9 * 60)).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(new Date(fromBerlin('2026-07-15', 9 * 60)).toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(toBerlin(Date.parse('2026-07-15T22:30:00Z'))).toEqual({ date: '2026-07-16', weekday: 3, minutes: 30 });
    expect(new Date(fromBerlin('2026-01-15', 1440)).toISOString()).toBe('2026-01-15T23:00:00.000Z');
  });

  it('handles the DST switches', () => {
    // 29 March 2026: 02:00 → 03:00. 02:30 does not exist and maps to 03:30 CEST (01:30 UTC).
    expect(new Date(fromBerlin('2026-03-29', 150)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(fromBerlin('2026-03-29', 180)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 25 October 2026: 03:00 → 02:00. 02:30 happens twice; the first one is taken.
    expect(new Date(fromBerlin('2026-10-25', 150)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(toBerlin(Date.parse('2026-10-25T01:30:00Z')).minutes).toBe(150);
  });
});

describe('NRW public holidays', () => {
  it('knows the holidays of NRW and not those of other states', () => {
    expect(isNrwHoliday('2026-12-25')).toBe(true);
    expect(isNrwHoliday('2026-06-04')).toBe(true); // Fronleichnam
    expect(isNrwHoliday('2026-11-01')).toBe(true); // Allerheiligen
    expect(isNrwHoliday('2026-04-03')).toBe(true); // Karfreitag
    expect(isNrwHoliday('2026-12-24')).toBe(false);
    expect(isNrwHoliday('2026-10-31')).toBe(false); // Reformationstag: not in NRW
    expect(isNrwHoliday('2026-11-18')).toBe(false); // Buß- und Bettag: Saxony only
    expect(nrwHolidayName('2026-12-26')).toBe('2. Weihnachtstag');
  });
});

describe('hoursStatus over the week', () => {
  it('is open during office hours and says until when', () => {
    const now = at('2026-11-23 10:00');
    const s = hoursStatus(OFFICE, now);
    expect(s.state).toBe('open');
    expect(statusText(s, now)).toBe('Jetzt geöffnet, bis 12:00 Uhr');
  });

  it('is closed between two periods and opens the same afternoon on Tuesday', () => {
    const now = at('2026-11-24 13:00');
    const s = hoursStatus(OFFICE, now);
    expect(s.state).toBe('closed');
    expect(statusText(s, now)).toBe('Jetzt geschlossen, öffnet heute um 14:00 Uhr');
  });

  it('opens tomorrow after the last period of Monday', () => {
    const now = at('2026-11-23 12:00');
    expect(statusText(hoursStatus(OFFICE, now), now)).toBe('Jetzt geschlossen, öffnet morgen um 9:00 Uhr');
  });

  it('names the weekday over the weekend', () => {
    const now = at('2026-11-21 11:00'); // Saturday
    const s = hoursStatus(OFFICE, now);
    expect(s.state).toBe('closed');
    expect(statusText(s, now)).toBe('Jetzt geschlossen, öffnet Mo um 9:00 Uhr');
  });

  it('treats Sunday as closed for a Mo–Sa hotline', () => {
    const now = at('2026-11-22 15:00');
    expect(statusText(hoursStatus(NGK, now), now)).toBe('Jetzt geschlossen, öffnet morgen um 14:00 Uhr');
  });
});

describe('opening boundaries', () => {
  it('is open at the opening minute and closed at the closing minute', () => {
    expect(hoursStatus(OFFICE, at('2026-11-23 09:00')).state).toBe('open');
    expect(hoursStatus(OFFICE, at('2026-11-23 08:59')).state).toBe('closed');
    expect(hoursStatus(OFFICE, at('2026-11-23 12:00')).state).toBe('closed');
  });

  it('says "closes soon" within the last 30 minutes, not before', () => {
    expect(hoursStatus(OFFICE, at('2026-11-23 11:29')).state).toBe('open');
    const now = at('2026-11-23 11:30');
    const s = hoursStatus(OFFICE, now);
    expect(s.state).toBe('closing-soon');
    expect(statusText(s, now)).toBe('Schließt bald, um 12:00 Uhr (in 30 Minuten)');
    const last = at('2026-11-23 11:59');
    expect(statusText(hoursStatus(OFFICE, last), last)).toBe('Schließt bald, um 12:00 Uhr (in 1 Minute)');
  });

  it('merges touching periods into one', () => {
    const lines: HoursLine[] = [
      { days: ['Mo'], opens: '09:00', closes: '12:00' },
      { days: ['Mo'], opens: '12:00', closes: '15:00' },
    ];
    const now = at('2026-11-23 11:45');
    const s = hoursStatus(lines, now);
    expect(s.state).toBe('open');
    expect(statusText(s, now)).toBe('Jetzt geöffnet, bis 15:00 Uhr');
  });
});

describe('midnight', () => {
  it('runs a period past midnight into the next day', () => {
    const fri = at('2026-11-27 23:00');
    const s = hoursStatus(NIGHT, fri);
    expect(s.state).toBe('open');
    expect(statusText(s, fri)).toBe('Jetzt geöffnet, bis morgen 2:00 Uhr');
    expect(hoursStatus(NIGHT, at('2026-11-28 01:45')).state).toBe('closing-soon');
    expect(hoursStatus(NIGHT, at('2026-11-28 02:00')).state).toBe('closed');
    // Sunday 01:00 belongs to Saturday's period; Monday 01:00 to no period.
    expect(hoursStatus(NIGHT, at('2026-11-29 01:00')).state).toBe('open');
    expect(hoursStatus(NIGHT, at('2026-11-30 01:00')).state).toBe('closed');
  });

  it('reads a period ending at 24:00 as "24:00" of the same day', () => {
    const lines: HoursLine[] = [{ days: ['Mo'], opens: '18:00', closes: '24:00' }];
    const now = at('2026-11-23 23:40');
    const s = hoursStatus(lines, now);
    expect(s.state).toBe('closing-soon');
    expect(statusText(s, now)).toBe('Schließt bald, um 24:00 Uhr (in 20 Minuten)');
    expect(hoursStatus(lines, at('2026-11-24 00:00')).state).toBe('closed');
  });

  it('keeps a round-the-clock line open without an end, also on holidays', () => {
    const now = at('2026-12-25 03:00');
    const s = hoursStatus(ROUND_THE_CLOCK, now);
    expect(s).toMatchObject({ state: 'open', closes: null });
    expect(statusText(s, now)).toBe('Jetzt geöffnet, rund um die Uhr');
  });

  it('joins consecutive whole days and reports the real end', () => {
    const lines: HoursLine[] = [{ days: ['Mo', 'Di'], opens: '00:00', closes: '24:00' }];
    const now = at('2026-11-23 12:00');
    const s = hoursStatus(lines, now);
    expect(s.state).toBe('open');
    expect(statusText(s, now)).toBe('Jetzt geöffnet, bis morgen 24:00 Uhr');
  });
});

describe('public holidays', () => {
  it('keeps a weekday office closed on a holiday and names the next opening', () => {
    // Friday 25 December 2026 (1. Weihnachtstag), Saturday 26 (2. Weihnachtstag).
    const now = at('2026-12-25 10:00');
    const s = hoursStatus(OFFICE, now);
    expect(s).toMatchObject({ state: 'closed', holiday: true });
    expect(statusText(s, now)).toBe('Heute Feiertag, jetzt geschlossen, öffnet Mo um 9:00 Uhr');
  });

  it('skips holidays when looking for the next opening', () => {
    // Thursday 24 December after closing: Friday 25 is a holiday, next opening is Monday 28.
    const now = at('2026-12-24 18:00');
    expect(statusText(hoursStatus(OFFICE, now), now)).toBe('Jetzt geschlossen, öffnet Mo um 9:00 Uhr');
    // Easter: Karfreitag 3 April and Ostermontag 6 April 2026 are closed.
    const easter = at('2026-04-02 18:00');
    const s = hoursStatus(OFFICE, easter);
    expect(s.state).toBe('closed');
    if (s.state === 'closed') expect(s.opens?.date).toBe('2026-04-07');
  });

  it('is closed on Fronleichnam (NRW) for a Mo–Sa hotline, but open on Reformationstag', () => {
    expect(hoursStatus(NGK, at('2026-06-04 15:00')).state).toBe('closed');
    expect(hoursStatus(NGK, at('2026-10-31 15:00')).state).toBe('open');
  });

  it('opens on holidays when the hours say so', () => {
    const withNote: HoursLine[] = [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '09:00', closes: '12:00', note: 'auch an Feiertagen' }];
    expect(hoursStatus(withNote, at('2026-12-25 10:00')).state).toBe('open');
    const withDay: HoursLine[] = [{ days: ['Feiertag'], opens: '10:00', closes: '12:00' }];
    expect(hoursStatus(withDay, at('2026-12-25 10:00')).state).toBe('open');
    expect(hoursStatus(withDay, at('2026-12-23 10:00')).state).toBe('closed');
    const sunday: HoursLine[] = [{ days: ['Sa', 'So'], opens: '10:00', closes: '12:00' }];
    expect(hoursStatus(sunday, at('2026-12-25 10:30')).state).toBe('open');
    const notOnHolidays: HoursLine[] = [{ days: ['Sa', 'So'], opens: '10:00', closes: '12:00', note: 'nicht an Feiertagen' }];
    expect(hoursStatus(notOnHolidays, at('2026-12-25 10:30')).state).toBe('closed');
  });

  it('a period from the evening before a holiday runs on into it', () => {
    // Thursday 31 December 2026 20:00–02:00; 1 January is a holiday.
    const lines: HoursLine[] = [{ days: ['Do'], opens: '20:00', closes: '02:00' }];
    expect(hoursStatus(lines, at('2027-01-01 01:00')).state).toBe('open');
  });
});

describe('daylight saving time', () => {
  it('counts the real minutes left across the spring switch', () => {
    // Sunday 29 March 2026, 01:50 CET; the line closes at 03:00 on the new clock, ten real minutes later.
    const lines: HoursLine[] = [{ days: ['Sa'], opens: '22:00', closes: '03:00' }];
    const s = hoursStatus(lines, at('2026-03-29 01:50'));
    expect(s).toMatchObject({ state: 'closing-soon', minutesLeft: 10 });
  });

  it('counts the real minutes left across the autumn switch', () => {
    // Sunday 25 October 2026, 01:50 CEST; closing at 03:00 is 130 real minutes away.
    const lines: HoursLine[] = [{ days: ['Sa'], opens: '22:00', closes: '03:00' }];
    const s = hoursStatus(lines, at('2026-10-25 01:50'));
    expect(s).toMatchObject({ state: 'open', minutesLeft: 130 });
  });

  it('opens at 9:00 local time on the Monday after each switch', () => {
    expect(hoursStatus(OFFICE, at('2026-03-30 09:00')).state).toBe('open');
    expect(hoursStatus(OFFICE, at('2026-10-26 09:00')).state).toBe('open');
    expect(hoursStatus(OFFICE, new Date('2026-03-30T07:00:00Z')).state).toBe('open'); // 09:00 CEST
    expect(hoursStatus(OFFICE, new Date('2026-03-30T06:59:00Z')).state).toBe('closed'); // 08:59 CEST
    expect(hoursStatus(OFFICE, new Date('2026-10-26T08:00:00Z')).state).toBe('open'); // 09:00 CET
    expect(hoursStatus(OFFICE, new Date('2026-10-26T07:59:00Z')).state).toBe('closed'); // 08:59 CET
  });
});

describe('validity', () => {
  it('applies a line only between validFrom and validUntil', () => {
    const lines: HoursLine[] = [
      { days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '09:00', closes: '12:00', validUntil: '2026-11-30' },
      { days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '10:00', closes: '13:00', validFrom: '2026-12-01' },
    ];
    expect(hoursStatus(lines, at('2026-11-30 09:30')).state).toBe('open');
    expect(hoursStatus(lines, at('2026-12-01 09:30')).state).toBe('closed');
    const now = at('2026-11-30 12:30');
    expect(statusText(hoursStatus(lines, now), now)).toBe('Jetzt geschlossen, öffnet morgen um 10:00 Uhr');
  });

  it('says when no opening is known any more', () => {
    const lines: HoursLine[] = [{ days: ['Mo'], opens: '09:00', closes: '12:00', validUntil: '2026-01-31' }];
    const now = at('2026-11-23 10:00');
    expect(statusText(hoursStatus(lines, now), now)).toBe('Jetzt geschlossen, keine weiteren Öffnungszeiten bekannt');
  });

  it('names a date for an opening more than a week ahead', () => {
    const lines: HoursLine[] = [{ days: ['Mo'], opens: '09:00', closes: '12:00', validFrom: '2027-01-11' }];
    const now = at('2026-12-28 10:00');
    expect(statusText(hoursStatus(lines, now), now)).toBe('Jetzt geschlossen, öffnet am 11.01. um 9:00 Uhr');
  });
});
