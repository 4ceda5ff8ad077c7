/**
 * The directory as one table for professionals: every contact point and every
 * offer, one row each, as CSV that Excel and LibreOffice in German open
 * correctly (UTF-8 with byte-order mark, `;` between fields, CRLF line ends).
 * Written with csv-stringify; one file for the district and one per town.
 */
import { stringify } from 'csv-stringify/sync';
import type { Contact, Offer } from '../../schemas/index.ts';
import { areaText, scopeFor } from '../area.ts';
import { PAGES } from '../urls.ts';
import { formatPhone, joinDe } from '../format.ts';
import { hoursInWords, pageUrl } from './hsds.ts';
import type { ExportDirectory, ExportOptions, Item } from './types.ts';

/** Columns in order: header as shown, and what the column holds (for the field documentation on /daten/). */
export const CSV_COLUMNS = [
  { key: 'name', header: 'Name', doc: 'Name der Anlaufstelle oder Titel des Angebots.' },
  { key: 'type', header: 'Eintrag', doc: '„Anlaufstelle“ (ein Ort, an den man gehen oder wo man anrufen kann) oder „Angebot“ (Beratung, Dienst, Programm).' },
  { key: 'kind', header: 'Art', doc: 'Bei Anlaufstellen die Art (z. B. Jugendamt, Familienbüro), bei Angeboten die Themen.' },
  { key: 'organisation', header: 'Träger', doc: 'Organisation, die die Anlaufstelle betreibt oder das Angebot macht.' },
  { key: 'town', header: 'Ort', doc: 'Ort der Anlaufstelle; bei Angeboten die Orte, in denen es das Angebot gibt.' },
  { key: 'address', header: 'Adresse', doc: 'Straße, Postleitzahl und Ort, soweit eine Quelle sie nennt.' },
  { key: 'phone', header: 'Telefon', doc: 'Telefonnummern mit Bezeichnung, mehrere durch „ / “ getrennt.' },
  { key: 'email', header: 'E-Mail', doc: 'E-Mail-Adresse, soweit eine Quelle sie nennt.' },
  { key: 'web', header: 'Website', doc: 'Eigene Website der Stelle oder des Angebots.' },
  { key: 'hours', header: 'Öffnungszeiten', doc: 'Öffnungs- oder Sprechzeiten in Worten, dazu Hinweise wie „nach Vereinbarung“.' },
  { key: 'area', header: 'Gebiet', doc: 'Für welche Orte die Stelle zuständig ist oder wo es das Angebot gibt (Orte, ganzer Kreis, bundesweit).' },
  { key: 'source', header: 'Quelle', doc: 'Dokument und Abschnitt, aus denen die Angaben stammen.' },
  { key: 'reviewed', header: 'Stand', doc: 'Datum, an dem die Angaben zuletzt mit der Quelle abgeglichen wurden (JJJJ-MM-TT).' },
  { key: 'url', header: 'Seite', doc: 'Die Seite des Eintrags im Familienwegweiser.' },
] as const;
export type CsvKey = (typeof CSV_COLUMNS)[number]['key'];
export type CsvRow = Record<CsvKey, string>;

/**
 * Spreadsheets treat a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula. No entry should, but the export must never let one run:
 * such a cell gets a leading apostrophe, the usual guard (OWASP "CSV injection").
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const names = (dir: ExportDirectory, ids: readonly string[]) => ids.map((t) => dir.towns.get(t)?.data.name ?? t);

function sourceText(dir: ExportDirectory, source: readonly { document: string; section: string }[]): string {
  const sections = new Map<string, string[]>();
  for (const s of source) sections.set(s.document, [...(sections.get(s.document) ?? []), s.section]);
  return [...sections]
    .map(([doc, secs]) => `${dir.sources.get(doc)?.data.title ?? doc}, ${secs.length > 1 ? 'Abschnitte' : 'Abschnitt'} ${secs.join(', ')}`)
    .join(' / ');
}

function phoneText(phones: readonly { number: string; label?: string | undefined }[]): string {
  return phones.map((p) => (p.label ? `${p.label}: ${formatPhone(p.number)}` : formatPhone(p.number))).join(' / ');
}

export function contactRow(c: Item<Contact>, dir: ExportDirectory, opts: ExportOptions): CsvRow {
  const d = c.data;
  return {
    name: d.name,
    type: 'Anlaufstelle',
    kind: dir.contactKinds.get(d.kind)?.data.label ?? d.kind,
    organisation: dir.organisations.get(d.organisation)?.data.name ?? d.organisation,
    town: dir.towns.get(d.town)?.data.name ?? d.town,
    address: d.address ? `${d.address.street}, ${d.address.postcode} ${d.address.locality}` : '',
    phone: phoneText(d.phones),
    email: d.email ?? '',
    web: d.website ?? '',
    hours: hoursInWords(d.hours, d.hoursNote),
    area: d.responsibleFor.length > 0 ? `zuständig für ${joinDe(names(dir, d.responsibleFor))}` : '',
    source: sourceText(dir, d.source),
    reviewed: d.reviewed,
    url: pageUrl(opts.site, 'contacts', c.id),
  };
}

function offerArea(dir: ExportDirectory, o: Offer): string {
  return areaText(o, (id) => names(dir, [id])[0] ?? id);
}

export function offerRow(o: Item<Offer>, dir: ExportDirectory, opts: ExportOptions): CsvRow {
  const d = o.data;
  const phones = d.channels.filter((c) => c.kind === 'phone' && c.phone).map((c) => ({ number: c.phone!, label: c.label }));
  const hours = d.channels
    .map((c) => {
      const words = hoursInWords(c.hours, c.hoursNote);
      return words ? (c.label ? `${c.label}: ${words}` : words) : '';
    })
    .filter(Boolean)
    .join(' / ');
  return {
    name: d.title,
    type: 'Angebot',
    kind: d.topics.map((t) => dir.topics.get(t)?.data.label ?? t).join(', '),
    organisation: dir.organisations.get(d.organisation)?.data.name ?? d.organisation,
    town: d.area === 'town' ? names(dir, d.towns).join(', ') : '',
    address: '',
    phone: phoneText(phones),
    email: d.email ?? d.channels.find((c) => c.kind === 'email')?.email ?? '',
    web: d.website ?? d.channels.find((c) => c.url)?.url ?? '',
    hours,
    area: offerArea(dir, d),
    source: sourceText(dir, d.source),
    reviewed: d.reviewed,
    url: pageUrl(opts.site, 'offers', o.id),
  };
}

/** Rows for the whole directory, or for one town: contact points there or responsible for it, offers available there. */
export function csvRows(dir: ExportDirectory, opts: ExportOptions, town?: string): CsvRow[] {
  const contacts = [...dir.contacts.values()].filter((c) => !town || c.data.town === town || c.data.responsibleFor.includes(town));
  const offers = [...dir.offers.values()].filter((o) => !town || scopeFor(o.data, town) !== undefined);
  const rows = [...contacts.map((c) => contactRow(c, dir, opts)), ...offers.map((o) => offerRow(o, dir, opts))];
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, guardCell(v)])) as CsvRow);
}

/** CSV options shared by writer and tests. */
export const CSV_DELIMITER = ';';

/** The CSV text (starting with the UTF-8 byte-order mark). */
export function toCsv(rows: readonly CsvRow[]): string {
  return stringify(rows as CsvRow[], {
    bom: true,
    delimiter: CSV_DELIMITER,
    record_delimiter: 'windows',
    header: true,
    columns: CSV_COLUMNS.map((c) => ({ key: c.key, header: c.header })),
  });
}

/** URL path of the CSV files. */
export const CSV_BASE = PAGES.openDataCsv;
export const CSV_ALL = 'familienwegweiser-kreis-unna.csv';
export const csvTownPath = (town: string): string => `orte/${town}.csv`;
