/**
 * "Änderung vorschlagen" / "Angebot vorschlagen": the issue-form links are
 * pre-filled with the entry's address and current values, the mailto carries
 * the same text, and the issue forms are valid GitHub issue forms whose field
 * ids match the links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  SUGGESTION_FORMS,
  changeIssueUrl,
  changeMailText,
  currentValues,
  mailtoUrl,
  offerIssueUrl,
  offerMailText,
} from '../../src/lib/suggest.ts';

const root = resolve(import.meta.dirname, '../..');
const REPO = 'https://github.com/kreis-unna/bruecken-fuer-familien';

const offer = {
  channels: [
    { kind: 'phone', label: 'Elterntelefon', phone: '+498001110550', hours: [{ days: ['Mo', 'Di', 'Mi', 'Do', 'Fr'], opens: '09:00', closes: '17:00' }] },
  ],
  website: 'https://www.nummergegenkummer.de',
};

describe('suggestion links', () => {
  const suggestion = { title: 'Elterntelefon', pageUrl: 'https://www.bruecken-fuer-familien.de/angebote/elterntelefon/', current: currentValues(offer) };

  it('collects only the contact details the entry has', () => {
    expect(suggestion.current).toEqual({
      telefon: 'Elterntelefon: 0800 1110550',
      zeiten: 'Montag bis Freitag: 9:00 bis 17:00 Uhr',
      website: 'https://www.nummergegenkummer.de',
    });
  });

  it('"Änderung vorschlagen" opens the issue form pre-filled with page and current values', () => {
    const url = new URL(changeIssueUrl(REPO, suggestion));
    expect(url.origin + url.pathname).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('template')).toBe('aenderung-vorschlagen.yml');
    expect(url.searchParams.get('title')).toBe('Änderung: Elterntelefon');
    expect(url.searchParams.get('eintrag')).toBe(suggestion.pageUrl);
    expect(url.searchParams.get('telefon')).toBe('Elterntelefon: 0800 1110550');
    expect(url.searchParams.get('zeiten')).toBe('Montag bis Freitag: 9:00 bis 17:00 Uhr');
    expect(url.searchParams.get('website')).toBe('https://www.nummergegenkummer.de');
    expect(url.searchParams.has('email')).toBe(false);
    expect(url.searchParams.has('quelle')).toBe(false);
  });

  it('the mailto carries the same text, with the source question', () => {
    const href = mailtoUrl('redaktion@example.org', changeMailText(suggestion));
    expect(href.startsWith('mailto:redaktion@example.org?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Änderung: Elterntelefon');
    const body = params.get('body')!;
    expect(body).toContain(`Seite: ${suggestion.pageUrl}\r\n`);
    expect(body).toContain('Telefon: Elterntelefon: 0800 1110550');
    expect(body).toContain('Woher stammt die Angabe?');
    expect(href).not.toMatch(/\+/); // spaces are %20 in mailto (RFC 6068)
  });

  it('"Angebot vorschlagen" opens the offer form with the list address', () => {
    const url = new URL(offerIssueUrl(REPO, { listUrl: 'https://www.bruecken-fuer-familien.de/angebote/' }));
    expect(url.searchParams.get('template')).toBe('angebot-vorschlagen.yml');
    expect(url.searchParams.get('liste')).toBe('https://www.bruecken-fuer-familien.de/angebote/');
    expect(offerMailText({ listUrl: 'x' }).body).toContain('Woher stammt die Angabe?');
  });
});

/** GitHub's issue-form syntax (docs: "Syntax for issue forms"), the parts these forms use. */
const id = z.string().regex(/^[A-Za-z0-9_-]+$/);
const textAttrs = z.strictObject({
  label: z.string().min(1),
  description: z.string().optional(),
  placeholder: z.string().optional(),
  value: z.string().optional(),
  render: z.string().optional(),
});
const element = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('markdown'), attributes: z.strictObject({ value: z.string().min(1) }) }),
  z.strictObject({ type: z.literal('input'), id, attributes: textAttrs.omit({ render: true }), validations: z.strictObject({ required: z.boolean() }).optional() }),
  z.strictObject({ type: z.literal('textarea'), id, attributes: textAttrs, validations: z.strictObject({ required: z.boolean() }).optional() }),
]);
const issueForm = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().min(1),
    title: z.string().min(1).optional(),
    labels: z.array(z.string().min(1)).min(1).optional(),
    assignees: z.array(z.string()).optional(),
    body: z.array(element).min(1),
  })
  .superRefine((f, ctx) => {
    const ids = f.body.flatMap((e) => ('id' in e ? [e.id] : []));
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'ids must be unique' });
    const labels = f.body.flatMap((e) => (e.type !== 'markdown' ? [e.attributes.label] : []));
    if (new Set(labels).size !== labels.length) ctx.addIssue({ code: 'custom', message: 'labels must be unique' });
  });

describe('issue forms', () => {
  const dir = join(root, '.github/ISSUE_TEMPLATE');
  const forms = readdirSync(dir).filter((f) => f.endsWith('.yml') && f !== 'config.yml');

  it.each(forms)('%s is a valid issue form', (file) => {
    const result = issueForm.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it.each(Object.values(SUGGESTION_FORMS))('$template has the fields the links fill, and requires a source', ({ template, fields }) => {
    const form = issueForm.parse(parse(readFileSync(join(dir, template), 'utf8')));
    const byId = new Map(form.body.flatMap((e) => ('id' in e ? [[e.id, e] as const] : [])));
    for (const f of fields) expect(byId.has(f), `${template}: Feld "${f}" fehlt`).toBe(true);
    const source = byId.get('quelle')!;
    expect(source.attributes.label).toBe('Woher stammt die Angabe?');
    expect(source.validations?.required).toBe(true);
  });

  it('an offer page links "Änderung vorschlagen" with its address (built site)', () => {
    const file = join(root, 'dist/angebote/nummer-gegen-kummer-elterntelefon/index.html');
    const any = join(root, 'dist/angebote');
    if (!existsSync(any)) return; // unit runs without a build; npm test builds first
    const page = existsSync(file) ? file : join(any, readdirSync(any).find((d) => existsSync(join(any, d, 'index.html')))!, 'index.html');
    const html = readFileSync(page, 'utf8');
    const href = /<a href="([^"]+)">Änderung vorschlagen<\/a>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBeDefined();
    const url = new URL(href!);
    expect(url.searchParams.get('template')).toBe('aenderung-vorschlagen.yml');
    expect(url.searchParams.get('eintrag')).toMatch(/\/angebote\/[a-z0-9-]+\/$/);
  });
});
