/**
 * Indicator charts rendered at build time as accessible SVG: a bar per year,
 * measured values (Ist) filled, targets (Plan) hatched, the value written on
 * every bar, and a title and description for screen readers. The page shows
 * the same numbers as a table (see `indicatorRows`).
 */

export interface IndicatorValueLike {
  year: number;
  kind: 'actual' | 'plan';
  value: number | null;
}

export interface IndicatorLike {
  label: string;
  unit: 'percent' | 'count';
  values: readonly IndicatorValueLike[];
  note?: string | undefined;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** German number: 1234.5 → "1.234,5". */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(n);
}

/** A value with its unit in words: "59 %", "75", "keine Angabe". */
export function formatValue(value: number | null, unit: IndicatorLike['unit']): string {
  if (value === null) return 'keine Angabe';
  return unit === 'percent' ? `${formatNumber(value)} %` : formatNumber(value);
}

export const KIND_LABEL: Record<IndicatorValueLike['kind'], string> = { actual: 'Ist', plan: 'Plan' };

export interface IndicatorRow {
  year: number;
  kind: IndicatorValueLike['kind'];
  kindLabel: string;
  value: number | null;
  text: string;
}

/** The rows of the table that carries the same numbers as the chart, by year. */
export function indicatorRows(indicator: IndicatorLike): IndicatorRow[] {
  return [...indicator.values]
    .sort((a, b) => a.year - b.year || (a.kind === b.kind ? 0 : a.kind === 'actual' ? -1 : 1))
    .map((v) => ({ year: v.year, kind: v.kind, kindLabel: KIND_LABEL[v.kind], value: v.value, text: formatValue(v.value, indicator.unit) }));
}

/** A round upper end for the value axis. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const exp = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * exp >= max) return step * exp;
  }
  return 10 * exp;
}

/** The sentence a screen reader hears instead of the picture. */
export function indicatorDescription(indicator: IndicatorLike): string {
  const parts = indicatorRows(indicator).map((r) => `${r.year} ${r.kindLabel}: ${r.text}`);
  const unit = indicator.unit === 'percent' ? 'Anteil in Prozent' : 'Anzahl';
  return `Säulendiagramm, ${unit}. ${parts.join('; ')}.`;
}

export interface ChartOptions {
  /** Unique prefix for element ids on the page. */
  id: string;
  width?: number;
  height?: number;
}

const COLORS = {
  actual: '#1d4e89',
  planStroke: '#1d4e89',
  text: '#1a1a1a',
  grid: '#767676',
};

/**
 * The SVG of one indicator. `role="img"` with `aria-labelledby` pointing at
 * its `<title>` and `<desc>`; every text inside is hidden from assistive
 * technology because the description already says it.
 */
export function indicatorSvg(indicator: IndicatorLike, options: ChartOptions): string {
  const width = options.width ?? 560;
  const height = options.height ?? 260;
  const id = options.id.replace(/[^a-zA-Z0-9_-]/g, '-');
  const rows = indicatorRows(indicator);
  const margin = { top: 28, right: 12, bottom: 58, left: 48 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const maxValue = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const top = indicator.unit === 'percent' ? 100 : niceMax(maxValue);
  const y = (v: number) => margin.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, rows.length);
  const barW = Math.min(56, slot * 0.6);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="indicator-chart">`,
  );
  out.push(`<title id="${id}-title">${escapeXml(indicator.label)}</title>`);
  out.push(`<desc id="${id}-desc">${escapeXml(indicatorDescription(indicator))}</desc>`);
  out.push(
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLORS.planStroke}" stroke-width="2"/></pattern></defs>`,
  );
  out.push(`<g aria-hidden="true" font-family="system-ui, sans-serif" font-size="13" fill="${COLORS.text}">`);
  // Grid and value axis.
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    const gy = y(v);
    out.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${gy.toFixed(1)}" y2="${gy.toFixed(1)}" stroke="${COLORS.grid}" stroke-width="${i === 0 ? 1.5 : 0.5}"${i === 0 ? '' : ' stroke-dasharray="3 3"'}/>`);
    out.push(`<text x="${margin.left - 6}" y="${(gy + 4).toFixed(1)}" text-anchor="end">${escapeXml(indicator.unit === 'percent' ? `${formatNumber(v)} %` : formatNumber(v))}</text>`);
  }
  rows.forEach((r, i) => {
    const cx = margin.left + slot * i + slot / 2;
    const x = cx - barW / 2;
    if (r.value === null) {
      out.push(`<text x="${cx.toFixed(1)}" y="${(y(0) - 8).toFixed(1)}" text-anchor="middle" font-size="12">k. A.</text>`);
    } else {
      const by = y(r.value);
      const fill = r.kind === 'actual' ? COLORS.actual : `url(#${id}-hatch)`;
      out.push(
        `<rect class="bar" x="${x.toFixed(1)}" y="${by.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - by).toFixed(1)}" fill="${fill}" stroke="${COLORS.planStroke}" stroke-width="1.5"/>`,
      );
      out.push(`<text x="${cx.toFixed(1)}" y="${(by - 6).toFixed(1)}" text-anchor="middle" font-weight="600">${escapeXml(r.text)}</text>`);
    }
    out.push(`<text x="${cx.toFixed(1)}" y="${(y(0) + 18).toFixed(1)}" text-anchor="middle">${r.year}</text>`);
    out.push(`<text x="${cx.toFixed(1)}" y="${(y(0) + 34).toFixed(1)}" text-anchor="middle" font-size="12">${r.kindLabel}</text>`);
  });
  // Legend.
  const ly = height - 10;
  out.push(`<rect x="${margin.left}" y="${ly - 11}" width="14" height="12" fill="${COLORS.actual}" stroke="${COLORS.planStroke}"/>`);
  out.push(`<text x="${margin.left + 20}" y="${ly}">Ist (gemessen)</text>`);
  out.push(`<rect x="${margin.left + 140}" y="${ly - 11}" width="14" height="12" fill="url(#${id}-hatch)" stroke="${COLORS.planStroke}"/>`);
  out.push(`<text x="${margin.left + 160}" y="${ly}">Plan (Ziel)</text>`);
  out.push('</g></svg>');
  return out.join('');
}
