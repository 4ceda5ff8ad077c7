import { describe, expect, it } from 'vitest';
import { escapeXml, formatValue, indicatorDescription, indicatorRows, indicatorSvg, niceMax, type IndicatorLike } from '../../src/lib/charts/index.ts';

// Cooperation agreement Kreis Unna / DKSB, section 2 a): "Sicher gebunden".
const BINDING: IndicatorLike = {
  label: 'Eltern, die nach der Teilnahme ihre Eltern-Kind-Bindung verbesserten, bewertet durch die Fachkräfte',
  unit: 'percent',
  values: [
    { year: 2019, kind: 'plan', value: 66 },
    { year: 2018, kind: 'actual', value: 59 },
    { year: 2020, kind: 'plan', value: 66 },
    { year: 2021, kind: 'plan', value: 66 },
    { year: 2022, kind: 'plan', value: 66 },
  ],
};
const HOLD: IndicatorLike = {
  label: 'Eltern, die 6 Monate nach Beendigung des Projektes die Bindung zum Kind halten',
  unit: 'percent',
  values: [
    { year: 2018, kind: 'actual', value: null },
    { year: 2019, kind: 'plan', value: 66 },
  ],
};
const COUNSELLING: IndicatorLike = {
  label: 'Inanspruchnahme der Beratungen & Therapie <Kinder und Jugendliche>',
  unit: 'count',
  values: [
    { year: 2018, kind: 'actual', value: 75 },
    { year: 2019, kind: 'plan', value: 80 },
  ],
};

describe('indicator rows', () => {
  it('sorts by year and words the values', () => {
    expect(indicatorRows(BINDING).map((r) => `${r.year} ${r.kindLabel} ${r.text}`)).toEqual([
      '2018 Ist 59 %',
      '2019 Plan 66 %',
      '2020 Plan 66 %',
      '2021 Plan 66 %',
      '2022 Plan 66 %',
    ]);
    expect(formatValue(null, 'percent')).toBe('keine Angabe');
    expect(formatValue(1234.5, 'count')).toBe('1.234,5');
  });
});

describe('indicator SVG', () => {
  it('is an image with title and description that carry every number', () => {
    const svg = indicatorSvg(BINDING, { id: 'sicher-gebunden-0' });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="sicher-gebunden-0-title sicher-gebunden-0-desc"/);
    expect(svg).toContain(`<title id="sicher-gebunden-0-title">${BINDING.label}</title>`);
    const desc = indicatorDescription(BINDING);
    expect(desc).toBe('Säulendiagramm, Anteil in Prozent. 2018 Ist: 59 %; 2019 Plan: 66 %; 2020 Plan: 66 %; 2021 Plan: 66 %; 2022 Plan: 66 %.');
    expect(svg).toContain(`<desc id="sicher-gebunden-0-desc">${desc}</desc>`);
    // One bar per value, the measured one filled, the targets hatched.
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(5);
    expect(svg.match(/fill="url\(#sicher-gebunden-0-hatch\)"/g)).toHaveLength(5); // 4 bars + legend
    // Percent axis runs to 100; the bar for 59 % is 59 % of the plot height.
    const bar = /<rect class="bar" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#1d4e89"/.exec(svg)!;
    expect(Number(bar[2]) / 174).toBeCloseTo(0.59, 2);
  });

  it('marks missing values instead of drawing a zero bar', () => {
    const svg = indicatorSvg(HOLD, { id: 'x' });
    expect(svg).toContain('k. A.');
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(1);
    expect(indicatorDescription(HOLD)).toContain('2018 Ist: keine Angabe');
  });

  it('escapes text and scales counts to a round maximum', () => {
    const svg = indicatorSvg(COUNSELLING, { id: 'a b' });
    expect(svg).toContain('&amp; Therapie &lt;Kinder und Jugendliche&gt;');
    expect(svg).toContain('id="a-b-title"');
    expect(niceMax(80)).toBe(100);
    expect(niceMax(19)).toBe(20);
    expect(niceMax(7)).toBe(10);
    expect(escapeXml(`"'`)).toBe('&quot;&#39;');
  });
});
