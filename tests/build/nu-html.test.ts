/**
 * Every built page is valid HTML for the W3C's reference validator, the Nu
 * Html Checker (`vnu-jar` from npm, run with the system's Java 17+): 0 errors.
 * Warnings are listed in the test output but do not fail. One JVM checks the
 * whole of dist/ plus a planted invalid page (proof that errors are caught).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { assertNone } from '../support/report.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';

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

afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

async function runVnu(paths: string[]): Promise<VnuMessage[]> {
  const java = process.env.JAVA ?? 'java';
  try {
    // vnu writes its JSON report to stderr and exits 1 when it finds errors.
    const { stderr } = await promisify(execFile)(java, ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', ...paths], { maxBuffer: 64 * 1024 * 1024 });
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

const where = (m: VnuMessage) => `${m.url ? relative(DIST, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}`;

describe('valid HTML (Nu Html Checker, vnu-jar)', () => {
  it('0 errors in every page of dist/ (a planted error is found)', async () => {
    assertBuilt();
    const messages = await runVnu([DIST, probe]);
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
