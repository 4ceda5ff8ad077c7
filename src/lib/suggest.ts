/**
 * "Änderung vorschlagen" and "Angebot vorschlagen": links that open a GitHub
 * issue form (`.github/ISSUE_TEMPLATE/*.yml`) pre-filled through query
 * parameters, and the same text as a `mailto:` link for people without a
 * GitHub account. Plain links: they work without JavaScript.
 *
 * GitHub fills a form field from the query parameter named like the field's
 * `id`; the ids below must match the forms (a unit test reads them).
 */
import { formatDays, formatPhone, formatTimeRange } from './format.ts';

/** Form files and field ids. */
export const SUGGESTION_FORMS = {
  change: {
    template: 'aenderung-vorschlagen.yml',
    fields: ['eintrag', 'telefon', 'email', 'zeiten', 'adresse', 'website', 'aenderung', 'quelle'],
  },
  offer: {
    template: 'angebot-vorschlagen.yml',
    fields: ['liste', 'name', 'traeger', 'orte', 'telefon', 'email', 'zeiten', 'adresse', 'website', 'beschreibung', 'quelle'],
  },
} as const;

/** Current contact details of an entry, as shown on its page. */
export interface CurrentValues {
  telefon?: string;
  email?: string;
  zeiten?: string;
  adresse?: string;
  website?: string;
}

type Hours = readonly { days: readonly string[]; opens: string; closes: string; note?: string | undefined }[];

interface EntryLike {
  phones?: readonly { number: string; label?: string | undefined }[];
  channels?: readonly { kind: string; phone?: string | undefined; label?: string | undefined; hours?: Hours | undefined }[];
  email?: string | undefined;
  website?: string | undefined;
  address?: { street: string; postcode: string; locality: string } | undefined;
  hours?: Hours | undefined;
  hoursNote?: string | undefined;
}

function hoursText(hours: Hours | undefined, note?: string): string | undefined {
  const lines = (hours ?? []).map((h) => `${formatDays(h.days)}: ${formatTimeRange(h.opens, h.closes)}${h.note ? ` (${h.note})` : ''}`);
  if (note) lines.push(note);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The contact details an entry has today (only what exists; nothing is guessed). */
export function currentValues(data: EntryLike): CurrentValues {
  const phones = [
    ...(data.phones ?? []).map((p) => `${p.label ? `${p.label}: ` : ''}${formatPhone(p.number)}`),
    ...(data.channels ?? []).filter((c) => c.phone).map((c) => `${c.label ? `${c.label}: ` : ''}${formatPhone(c.phone!)}`),
  ];
  const channelHours = (data.channels ?? []).map((c) => hoursText(c.hours)).filter(Boolean);
  const out: CurrentValues = {};
  if (phones.length > 0) out.telefon = phones.join('; ');
  if (data.email) out.email = data.email;
  const hours = hoursText(data.hours, data.hoursNote) ?? (channelHours.length > 0 ? channelHours.join('\n') : undefined);
  if (hours) out.zeiten = hours;
  if (data.address) out.adresse = `${data.address.street}, ${data.address.postcode} ${data.address.locality}`;
  if (data.website) out.website = data.website;
  return out;
}

export interface ChangeSuggestion {
  /** Title of the entry. */
  title: string;
  /** Absolute URL of the entry's page. */
  pageUrl: string;
  current: CurrentValues;
}

export interface OfferSuggestion {
  /** Absolute URL of the list the visitor came from. */
  listUrl: string;
}

const LABELS: Record<string, string> = {
  eintrag: 'Seite',
  liste: 'Gefunden auf',
  telefon: 'Telefon',
  email: 'E-Mail',
  zeiten: 'Öffnungs- oder Sprechzeiten',
  adresse: 'Adresse',
  website: 'Website',
};

function withParams(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') url.searchParams.set(k, v);
  return url.toString();
}

/** Link to the issue form "Änderung vorschlagen", pre-filled with the entry's URL and current values. */
export function changeIssueUrl(repoUrl: string, s: ChangeSuggestion): string {
  return withParams(`${repoUrl}/issues/new`, {
    template: SUGGESTION_FORMS.change.template,
    title: `Änderung: ${s.title}`,
    eintrag: s.pageUrl,
    ...s.current,
  });
}

/** Link to the issue form "Angebot vorschlagen". */
export function offerIssueUrl(repoUrl: string, s: OfferSuggestion): string {
  return withParams(`${repoUrl}/issues/new`, { template: SUGGESTION_FORMS.offer.template, title: 'Neues Angebot: ', liste: s.listUrl });
}

const SOURCE_QUESTION = 'Woher stammt die Angabe? (Pflicht, z. B. Website der Stelle, Aushang, Telefonat am …)';

/** The e-mail text with the same content as the form. */
export function changeMailText(s: ChangeSuggestion): { subject: string; body: string } {
  const lines = [`Seite: ${s.pageUrl}`, '', 'Heute steht dort:'];
  const current = Object.entries(s.current);
  if (current.length === 0) lines.push('(keine Kontaktangaben)');
  for (const [k, v] of current) lines.push(`${LABELS[k] ?? k}: ${v.replace(/\n/g, '; ')}`);
  lines.push('', 'Richtig ist:', 'Telefon:', 'E-Mail:', 'Öffnungs- oder Sprechzeiten:', 'Adresse:', 'Website:', 'Sonstiges:', '', `${SOURCE_QUESTION}:`, '');
  return { subject: `Änderung: ${s.title}`, body: lines.join('\n') };
}

export function offerMailText(s: OfferSuggestion): { subject: string; body: string } {
  const lines = [
    `Gefunden auf: ${s.listUrl}`,
    '',
    'Name des Angebots:',
    'Träger:',
    'Orte:',
    'Telefon:',
    'E-Mail:',
    'Öffnungs- oder Sprechzeiten:',
    'Adresse:',
    'Website:',
    'Was bietet das Angebot, für wen?',
    '',
    `${SOURCE_QUESTION}:`,
    '',
  ];
  return { subject: 'Neues Angebot vorschlagen', body: lines.join('\n') };
}

/** `mailto:` link; RFC 6068 wants %20 for spaces and CRLF line breaks. */
export function mailtoUrl(address: string, text: { subject: string; body: string }): string {
  const enc = (v: string) => encodeURIComponent(v.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${enc(text.subject)}&body=${enc(text.body)}`;
}
