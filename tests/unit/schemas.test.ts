/**
 * Each schema rule with a passing and a failing example.
 */
import { describe, expect, it } from 'vitest';
import { email, httpsUrl, isoDate, isRealIsoDate, partialDate, phoneNumber, slug } from '../../src/schemas/primitives.ts';
import { address, geoPoint, postcode } from '../../src/schemas/geo.ts';
import { openingHours } from '../../src/schemas/hours.ts';
import { channel } from '../../src/schemas/contact-channels.ts';
import { contactSchema, networkSchema, offerSchema, townSchema } from '../../src/schemas/index.ts';

const cite = { source: [{ document: 'q', section: '4.1' }], reviewed: '2019-01-01' };

describe('primitives', () => {
  it('slug', () => {
    expect(slug.safeParse('familienbuero-selm').success).toBe(true);
    for (const bad of ['Familienbüro', 'a--b', '-a', 'a b', '']) expect(slug.safeParse(bad).success).toBe(false);
  });
  it('real calendar dates only, as quoted strings', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isoDate.safeParse('2025-02-28').success).toBe(true);
    expect(isoDate.safeParse('2025-02-30').success).toBe(false);
    expect(isoDate.safeParse('2025-13-01').success).toBe(false);
    const unquoted = isoDate.safeParse(new Date('2025-03-02'));
    expect(unquoted.success).toBe(false);
    expect(unquoted.error?.issues[0]?.message).toContain('Anführungszeichen');
  });
  it('partial dates', () => {
    for (const ok of ['2011', '2011-12', '2011-12-14']) expect(partialDate.safeParse(ok).success).toBe(true);
    for (const bad of ['2011-13', '11-12', '2011-02-30']) expect(partialDate.safeParse(bad).success).toBe(false);
  });
  it('https urls and emails', () => {
    expect(httpsUrl.safeParse('https://www.kreis-unna.de/').success).toBe(true);
    expect(httpsUrl.safeParse('http://www.kreis-unna.de/').success).toBe(false);
    expect(httpsUrl.safeParse('www.kreis-unna.de').success).toBe(false);
    expect(email.safeParse('info@kreis-unna.de').success).toBe(true);
    expect(email.safeParse('info(at)kreis-unna.de').success).toBe(false);
  });
  it('phones are validated and kept in one canonical form', () => {
    expect(phoneNumber.parse('0800 111 0 333')).toBe('+498001110333');
    expect(phoneNumber.parse('+49 800 1110333')).toBe('+498001110333');
    expect(phoneNumber.parse('02303 27-0')).toBe('+492303270');
    expect(phoneNumber.parse('116 111')).toBe('116111');
    expect(phoneNumber.parse('110')).toBe('110');
    const bad = phoneNumber.safeParse('69 0');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('"69 0" ist keine gültige Telefonnummer. Bitte mit Vorwahl angeben, z. B. 0231 1234567.');
  });
});

describe('places', () => {
  it('postcodes have five digits', () => {
    expect(postcode.safeParse('59425').success).toBe(true);
    expect(postcode.safeParse('5942').success).toBe(false);
    expect(postcode.safeParse(59425).success).toBe(false);
  });
  it('coordinates must lie in Kreis Unna and carry a precision', () => {
    expect(geoPoint.safeParse({ lat: 51.5347, lng: 7.6889, precision: 'town' }).success).toBe(true);
    expect(geoPoint.safeParse({ lat: 7.6889, lng: 51.5347, precision: 'town' }).success).toBe(false);
    expect(geoPoint.safeParse({ lat: 51.5347, lng: 7.6889 }).success).toBe(false);
    expect(geoPoint.safeParse({ lat: 51.5347, lng: 7.6889, precision: 'exact' }).success).toBe(false);
  });
  it('addresses are strict', () => {
    expect(address.safeParse({ street: 'Hansastraße 4', postcode: '59425', locality: 'Unna' }).success).toBe(true);
    expect(address.safeParse({ street: 'Hansastraße 4', postcode: '59425', locality: 'Unna', plz: '59425' }).success).toBe(false);
  });
});

describe('hours', () => {
  const base = { days: ['Mo', 'Di'], opens: '09:00', closes: '12:00' };
  it('accepts days, times, validity and a note', () => {
    expect(openingHours.safeParse(base).success).toBe(true);
    expect(openingHours.safeParse({ ...base, validFrom: '2026-01-01', validUntil: '2026-06-30', note: 'nur in der Schulzeit' }).success).toBe(true);
    expect(openingHours.safeParse({ days: ['So'], opens: '00:00', closes: '24:00' }).success).toBe(true);
    expect(openingHours.safeParse({ days: ['Fr'], opens: '20:00', closes: '02:00' }).success).toBe(true);
  });
  it('refuses wrong days, times and ranges', () => {
    expect(openingHours.safeParse({ ...base, days: ['Montag'] }).success).toBe(false);
    expect(openingHours.safeParse({ ...base, days: [] }).success).toBe(false);
    expect(openingHours.safeParse({ ...base, opens: '9 Uhr' }).success).toBe(false);
    expect(openingHours.safeParse({ ...base, opens: '24:30' }).success).toBe(false);
    expect(openingHours.safeParse({ ...base, closes: '09:00' }).success).toBe(false);
    expect(openingHours.safeParse({ ...base, validFrom: '2026-06-30', validUntil: '2026-01-01' }).success).toBe(false);
  });
  it('channels need the field that matches their kind', () => {
    expect(channel.safeParse({ kind: 'phone', phone: '116 111' }).success).toBe(true);
    expect(channel.safeParse({ kind: 'phone', url: 'https://www.nummergegenkummer.de/' }).success).toBe(false);
    expect(channel.safeParse({ kind: 'chat', url: 'https://www.nummergegenkummer.de/' }).success).toBe(true);
  });
});

describe('collections', () => {
  const town = { name: 'Unna', kind: 'stadt', postcodes: ['59423'], centre: { lat: 51.53, lng: 7.69, precision: 'town' }, jugendamt: 'jugendamt-unna', ...cite };
  it('towns', () => {
    expect(townSchema.safeParse(town).success).toBe(true);
    expect(townSchema.safeParse({ ...town, kind: 'dorf' }).success).toBe(false);
    expect(townSchema.safeParse({ ...town, reviewed: undefined }).success).toBe(false);
  });
  it('every entry needs source and reviewed, and unknown keys are errors', () => {
    const contact = { name: 'Jugendamt', kind: 'jugendamt', organisation: 'stadt-unna', town: 'unna', summary: 'Text', ...cite };
    expect(contactSchema.safeParse(contact).success).toBe(true);
    expect(contactSchema.safeParse({ ...contact, source: [] }).success).toBe(false);
    expect(contactSchema.safeParse({ ...contact, source: undefined }).success).toBe(false);
    expect(contactSchema.safeParse({ ...contact, telefon: '0231 1234567' }).success).toBe(false);
  });
  it('offers: status required, area "town" needs towns, age range ordered', () => {
    const offer = { title: 'A', summary: 'B', organisation: 'o', area: 'district', topics: ['t'], status: 'active', ...cite };
    expect(offerSchema.safeParse(offer).success).toBe(true);
    expect(offerSchema.safeParse({ ...offer, status: undefined }).success).toBe(false);
    expect(offerSchema.safeParse({ ...offer, status: 'laufend' }).success).toBe(false);
    expect(offerSchema.safeParse({ ...offer, area: 'town' }).success).toBe(false);
    expect(offerSchema.safeParse({ ...offer, ageRange: { from: 10, to: 3 } }).success).toBe(false);
    expect(offerSchema.safeParse({ ...offer, indicators: [{ label: 'x', unit: 'count', values: [{ year: 2018, kind: 'actual', value: null }] }] }).success).toBe(true);
  });
  it('network members are organisations or text', () => {
    const network = { name: 'AK', kind: 'arbeitskreis', summary: 'S', status: 'unknown', ...cite };
    expect(networkSchema.safeParse({ ...network, members: [{ organisation: 'dksb' }, { text: 'Kitas' }] }).success).toBe(true);
    expect(networkSchema.safeParse({ ...network, members: [{}] }).success).toBe(false);
  });
});
