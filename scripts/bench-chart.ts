/**
 * The chart of `npm run bench` for docs/performance.md: milliseconds per
 * entry (left) and peak memory (right) against the number of entries
 * (logarithmic), our build against the floor. Plain SVG with a title and a
 * description; the table in docs/performance.md carries the same numbers.
 */
import { escapeXml, formatNumber, niceMax } from '../src/lib/charts/index.ts';

export interface ChartPoint {
  entries: number;
  msPerEntry: number;
  peakMb: number;
  floorMsPerEntry?: number | undefined;
  floorPeakMb?: number | undefined;
}

const W = 360;
const H = 260;
const PAD = { left: 56, right: 52, top: 40, bottom: 44 };
const COLOURS = { ours: '#0e5e6f', floor: '#b3541e' };

function panel(points: ChartPoint[], x0: number, title: string, unit: string, ours: (p: ChartPoint) => number, floor: (p: ChartPoint) => number | undefined): string {
  const sizes = points.map((p) => p.entries);
  const lo = Math.log10(Math.min(...sizes));
  const hi = Math.log10(Math.max(...sizes));
  const span = hi - lo || 1;
  const max = niceMax(Math.max(...points.flatMap((p) => [ours(p), floor(p) ?? 0])));
  const px = (n: number) => x0 + PAD.left + ((Math.log10(n) - lo) / span) * (W - PAD.left - PAD.right);
  const py = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const out: string[] = [`<text x="${x0 + PAD.left}" y="22" font-weight="700">${escapeXml(title)}</text>`];
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    out.push(`<line x1="${x0 + PAD.left}" x2="${x0 + W - PAD.right}" y1="${py(v)}" y2="${py(v)}" stroke="#ddd"/>`);
    out.push(`<text x="${x0 + PAD.left - 6}" y="${py(v) + 4}" text-anchor="end">${formatNumber(v)}</text>`);
  }
  for (const n of sizes) out.push(`<text x="${px(n)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${formatNumber(n)}</text>`);
  out.push(`<text x="${x0 + (W + PAD.left - PAD.right) / 2}" y="${H - 8}" text-anchor="middle">Einträge (logarithmisch); ${escapeXml(unit)}</text>`);
  const line = (get: (p: ChartPoint) => number | undefined, colour: string, dash: string) => {
    const pts = points.filter((p) => get(p) !== undefined).map((p) => [px(p.entries), py(get(p)!)] as const);
    if (pts.length === 0) return;
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2.5"${dash} points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`);
    for (const [i, [x, y]] of pts.entries()) {
      out.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" fill="${colour}"/>`);
      const v = get(points.filter((p) => get(p) !== undefined)[i]!)!;
      out.push(`<text x="${(x + 6).toFixed(1)}" y="${(y - 6).toFixed(1)}" fill="${colour}">${formatNumber(v >= 100 ? Math.round(v) : Math.round(v * 10) / 10)}</text>`);
    }
  };
  line(floor, COLOURS.floor, ' stroke-dasharray="6 4"');
  line(ours, COLOURS.ours, '');
  return out.join('\n');
}

/** SVG of the benchmark: two panels side by side, a legend on top. */
export function benchChart(points: ChartPoint[], subtitle: string): string {
  const sorted = [...points].sort((a, b) => a.entries - b.entries);
  const desc = sorted
    .map((p) => `${formatNumber(p.entries)} Einträge: ${formatNumber(p.msPerEntry)} ms je Eintrag, ${formatNumber(p.peakMb)} MB` + (p.floorMsPerEntry !== undefined ? ` (Untergrenze ${formatNumber(p.floorMsPerEntry)} ms, ${formatNumber(p.floorPeakMb ?? NaN)} MB)` : ''))
    .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${2 * W} ${H + 48}" width="${2 * W}" height="${H + 48}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" font-size="12" fill="#222">
<title id="t">Bauzeit je Eintrag und Spitzenspeicher nach Größe des Verzeichnisses</title>
<desc id="d">${escapeXml(subtitle)}. ${escapeXml(desc)}.</desc>
<rect width="100%" height="100%" fill="#fff"/>
<g transform="translate(0 40)">
${panel(sorted, 0, 'ms je Eintrag', 'ms', (p) => p.msPerEntry, (p) => p.floorMsPerEntry)}
${panel(sorted, W, 'Spitzenspeicher in MB', 'MB', (p) => p.peakMb, (p) => p.floorPeakMb)}
</g>
<g font-size="12"><line x1="${PAD.left}" x2="${PAD.left + 24}" y1="12" y2="12" stroke="${COLOURS.ours}" stroke-width="2.5"/><text x="${PAD.left + 30}" y="16">unser Build</text>
<line x1="${PAD.left + 130}" x2="${PAD.left + 154}" y1="12" y2="12" stroke="${COLOURS.floor}" stroke-width="2.5" stroke-dasharray="6 4"/><text x="${PAD.left + 160}" y="16">Untergrenze (Astro + Pagefind, ein Element je Seite)</text>
<text x="${PAD.left}" y="34" fill="#555">${escapeXml(subtitle)}</text></g>
</svg>
`;
}
