/**
 * Previews in the web editor that look like the site: the same CSS classes
 * as the entry pages (src/pages/angebote/[slug].astro and
 * src/pages/anlaufstellen/[slug].astro), rendered with React because Decap's
 * preview pane is React.
 */
import type { ReactNode } from 'react';
import { costLabel, formatDays, formatTimeRange, type Cost } from '../lib/format.ts';
import { decap } from './decap-global.ts';

type CreateElement = typeof import('react').createElement;

/**
 * React's createElement of the editor's own React (elements of another copy of React would not
 * render there), looked up when a preview renders, after the editor has loaded.
 */
const h = ((...args: unknown[]) => (decap().h as (...a: unknown[]) => unknown)(...args)) as CreateElement;

interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): ReactNode;
}

type Hours = { days?: string[]; opens?: string; closes?: string; note?: string }[];

function data(props: PreviewProps): Record<string, unknown> {
  const d = props.entry.getIn(['data']) as { toJS?: () => Record<string, unknown> } | undefined;
  return d?.toJS?.() ?? {};
}

function hoursList(hours: Hours | undefined): ReactNode {
  const rows = (hours ?? []).filter((x) => (x.days ?? []).length > 0 && x.opens && x.closes);
  if (rows.length === 0) return null;
  return h(
    'ul',
    { className: 'hours-list' },
    rows.map((x, i) =>
      h('li', { key: i }, `${formatDays(x.days ?? [])}: ${x.opens && x.closes ? formatTimeRange(x.opens, x.closes) : ''}${x.note ? ` (${x.note})` : ''}`),
    ),
  );
}

function provenance(d: Record<string, unknown>): ReactNode {
  const sources = (d.source as { document?: string; section?: string }[] | undefined) ?? [];
  return h(
    'aside',
    { className: 'provenance' },
    h('p', null, `Quelle: ${sources.map((s) => `${s.document ?? '?'}, ${s.section ?? '?'}`).join('; ') || '– bitte angeben –'}`),
    h('p', null, `Stand: ${String(d.reviewed ?? '– bitte angeben –')}`),
  );
}

export function OfferPreview(props: PreviewProps): ReactNode {
  const d = data(props);
  const channels = ((d.channels as { kind?: string; label?: string; phone?: string; email?: string; url?: string; hours?: Hours }[] | undefined) ?? []).filter(
    (c) => c.label || c.phone || c.email || c.url,
  );
  return h(
    'main',
    { className: 'container bff-preview' },
    h('p', { className: 'kicker' }, 'Angebot (Vorschau)'),
    h('h1', null, String(d.title ?? '')),
    h('p', { className: 'lead' }, String(d.summary ?? '')),
    channels.length > 0 &&
      h(
        'section',
        null,
        h('h2', null, 'So erreichen Sie das Angebot'),
        channels.map((c, i) =>
          h(
            'div',
            { className: 'panel', key: i },
            h('p', null, c.label ? h('strong', null, c.label) : null, c.label ? h('br') : null, c.phone ?? c.email ?? c.url ?? ''),
            hoursList(c.hours),
          ),
        ),
      ),
    h('dl', { className: 'facts' }, h('dt', null, 'Kosten'), h('dd', null, costLabel((d.cost as Cost | undefined) ?? 'unknown'))),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    provenance(d),
  );
}

export function ContactPreview(props: PreviewProps): ReactNode {
  const d = data(props);
  const phones = (d.phones as { number?: string; label?: string }[] | undefined) ?? [];
  const address = d.address as { street?: string; postcode?: string; locality?: string } | undefined;
  const reachable = phones.length > 0 || Boolean(address) || Boolean(d.email) || Boolean(d.hours) || Boolean(d.hoursNote);
  return h(
    'main',
    { className: 'container bff-preview' },
    h('p', { className: 'kicker' }, 'Anlaufstelle (Vorschau)'),
    h('h1', null, String(d.name ?? '')),
    h('p', { className: 'lead' }, String(d.summary ?? '')),
    reachable &&
    h(
      'div',
      { className: 'panel' },
      address && h('p', null, address.street ?? '', h('br'), `${address.postcode ?? ''} ${address.locality ?? ''}`),
      phones.map((p, i) => h('p', { key: i }, p.label ? `${p.label}: ` : '', p.number ?? '')),
      d.email ? h('p', null, String(d.email)) : null,
      hoursList(d.hours as Hours | undefined),
      d.hoursNote ? h('p', null, String(d.hoursNote)) : null,
    ),
    h('div', { className: 'prose' }, props.widgetFor('body')),
    provenance(d),
  );
}

/** A little room around the preview; the rest is the site's CSS. */
export const previewCss = '.bff-preview { padding: 1rem; max-width: 48rem; }';
