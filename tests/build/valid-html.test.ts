/**
 * Every built page is valid HTML, for two validators that run side by side (the Nu Html Checker is
 * a Java process that runs beside html-validate here; one after the other they took 25 + 27 s on
 * two cores, side by side 45 s, measured 2026-12-01):
 *
 * - html-validate, under the project's rule set (`.htmlvalidate.json`: html-validate's
 *   "recommended" and "document" presets; every deviation is justified in docs/quality.md);
 * - the W3C's reference validator, the Nu Html Checker (`vnu-jar` from npm, run with the system's
 *   Java 17+): 0 errors. Warnings are listed in the test output but do not fail. One JVM checks
 *   the whole of dist/ plus a planted invalid page (proof that errors are caught).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { assertNone } from '../support/report.ts';
import { htmlFiles } from '../../src/lib/dev/site.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The checker's jar, as installed by the npm package. */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const probeDir = mkdtempSync(join(tmpdir(), 'bff-vnu-'));
const probe = join(probeDir, 'planted.html');
// A script after </html>: the error /karte/ once had.
writeFileSync(probe, '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>T</title></head><body><p>x</p></body></html><script src="/a.js"></script>\n');

/** Stops the checker when its test did not wait for it (a filtered or bailed run), before its input is removed. */
const stopVnu = new AbortController();
afterAll(() => {
  stopVnu.abort();
  rmSync(probeDir, { recursive: true, force: true });
});

async function runVnu(paths: string[]): Promise<VnuMessage[]> {
  const java = process.env.JAVA ?? 'java';
  try {
    // vnu writes its JSON report to stderr and exits 1 when it finds errors.
    const { stderr } = await promisify(execFile)(java, ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', ...paths], { maxBuffer: 64 * 1024 * 1024, signal: stopVnu.signal });
    return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  } catch (error) {
    const e = error as { code?: string | number; stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Error('Java nicht gefunden: Der Nu Html Checker (vnu-jar) braucht Java 17 oder neuer ("sudo apt-get install -y default-jre-headless"), oder den Pfad in der Umgebungsvariable JAVA. (Java not found.)');
    }
    if (typeof e.stderr === 'string' && e.stderr.trim().startsWith('{')) return (JSON.parse(e.stderr) as { messages: VnuMessage[] }).messages;
    throw error;
  }
}

/** The Nu Html Checker's run, started before html-validate's tests so that both validators run at once. */
let vnu: Promise<VnuMessage[]> | undefined;
beforeAll(() => {
  assertBuilt();
  vnu = runVnu([DIST, probe]);
  // Awaited by its test below; a failure is reported there, not as an unhandled rejection meanwhile.
  vnu.catch(() => undefined);
});

const where = (m: VnuMessage) => `${m.url ? relative(DIST, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}`;

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
    for (const [i, file] of files.entries()) {
      // html-validate works synchronously: let the event loop read the checker's output now and then.
      if (i % 50 === 0) await new Promise((done) => setImmediate(done));
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

describe('valid HTML (Nu Html Checker, vnu-jar)', () => {
  it('0 errors in every page of dist/ (a planted error is found)', async () => {
    if (!vnu) throw new Error('Der Nu Html Checker wurde nicht gestartet (dist/ fehlt?).');
    const messages = await vnu;
    const isProbe = (m: VnuMessage) => m.url !== undefined && fileURLToPath(m.url) === probe;
    expect(messages.filter((m) => isProbe(m) && m.type === 'error').map((m) => m.message)).toContain('Stray start tag “script”.');
    const site = messages.filter((m) => !isProbe(m));
    const warnings = site.filter((m) => m.type === 'info' && m.subType === 'warning');
    if (warnings.length > 0) {
      const byMessage = new Map<string, string[]>();
      for (const w of warnings) byMessage.set(w.message, [...(byMessage.get(w.message) ?? []), where(w)]);
      console.info(
        `Nu Html Checker: ${warnings.length} Warnungen\n${[...byMessage].map(([msg, at]) => `  ${msg} (${at.length}×, z. B. ${at.slice(0, 3).join(', ')})`).join('\n')}`,
      );
    }
    assertNone(
      site.filter((m) => m.type !== 'info').map((m) => `${where(m)} ${m.message}`),
      'Fehler des Nu Html Checkers',
    );
  }, 600_000);
});
