/**
 * Every built page is valid HTML under the project's rule set
 * (`.htmlvalidate.json`: html-validate's "recommended" and "document" presets;
 * every deviation is justified in docs/quality.md).
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { assertBuilt, DIST } from '../support/server.ts';
import { assertNone } from '../support/report.ts';
import { htmlFiles } from '../support/site.ts';

describe('valid HTML (html-validate)', () => {
  it('every page in dist/ passes the documented rule set', async () => {
    assertBuilt();
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const perRule = new Map<string, number>();
    for (const file of files) {
      const report = await validator.validateFile(file);
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
