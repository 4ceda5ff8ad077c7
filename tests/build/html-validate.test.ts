/**
 * Every built page is valid HTML under the project's rule set
 * (`.htmlvalidate.json`: html-validate's "recommended" and "document" presets;
 * every deviation is justified in docs/quality.md).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { assertNone } from '../support/report.ts';
import { htmlFiles } from '../../src/lib/dev/site.ts';

function validator(): HtmlValidate {
  // The repository's rule set, wherever dist/ was built (DIST_DIR).
  const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
  return new HtmlValidate(new StaticConfigLoader(config));
}

describe('valid HTML (html-validate)', () => {
  it('the rule set is active: a planted error is found, a disabled rule stays quiet', async () => {
    const long = 'Ein sehr langer Seitentitel, der deutlich mehr als siebzig Zeichen hat – Brücken für Familien';
    const report = await validator().validateString(
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${long}</title></head><body><main><h1>T</h1><img src="a.png"><ul role="list"><li>x</li></ul></main></body></html>`,
      'probe.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('wcag/h37');
    expect(rules).not.toContain('long-title');
    expect(rules).not.toContain('no-redundant-role');
  });

  it('every page in dist/ passes the documented rule set', { timeout: 600_000 }, async () => {
    assertBuilt();
    const html = validator();
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const perRule = new Map<string, number>();
    for (const file of files) {
      const report = await html.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity < 2) continue;
          perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1);
          problems.push(`${relative(DIST, file)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
        }
      }
    }
    const summary = [...perRule.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}: ${n}`);
    assertNone(problems, `HTML-Fehler in ${files.length} Seiten, je Regel: ${summary.join(', ')}`);
  });
});
