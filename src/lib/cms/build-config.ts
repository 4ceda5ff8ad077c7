/**
 * Builds the editor configuration from the schemas, the vocabularies in
 * `content/vocabularies/` and `src/site.config.ts`, as YAML. Used by the
 * editor configuration page (PAGES.adminConfig) and by the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { VOCABULARIES, type VocabularyName } from '../../schemas/index.ts';
import { siteConfig } from '../../site.config.ts';
import { cmsConfig, type CmsConfigInput, type VocabularyTerm } from './config.ts';

/** Terms of every vocabulary, read from `<contentRoot>/vocabularies/`. */
export function loadVocabularies(contentRoot: string): Record<VocabularyName, VocabularyTerm[]> {
  const out = {} as Record<VocabularyName, VocabularyTerm[]>;
  for (const [name, file] of Object.entries(VOCABULARIES) as [VocabularyName, string][]) {
    const terms = parse(readFileSync(join(contentRoot, 'vocabularies', file), 'utf8')) as VocabularyTerm[];
    out[name] = terms.map((t) => ({ id: t.id, label: t.label }));
  }
  return out;
}

/** "https://github.com/owner/name" → "owner/name". */
export function repoOf(url: string): string {
  return new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\.git$/, '');
}

/** The configuration for this site. */
export function siteCmsConfig(overrides: Partial<CmsConfigInput> = {}): Record<string, unknown> {
  const contentRoot = process.env.CONTENT_ROOT ?? './content';
  const port = process.env.DECAP_SERVER_PORT;
  return cmsConfig({
    vocabularies: loadVocabularies(contentRoot),
    repo: repoOf(siteConfig.repository.url),
    branch: siteConfig.repository.branch,
    authBaseUrl: siteConfig.cms.authBaseUrl,
    siteUrl: siteConfig.url,
    ...(port ? { localBackendUrl: `http://localhost:${port}/api/v1` } : {}),
    ...overrides,
  });
}

export function toYaml(config: Record<string, unknown>): string {
  return `# Erzeugt aus src/schemas/ (src/lib/cms/config.ts). Nicht von Hand ändern.\n${stringify(config, { lineWidth: 0 })}`;
}
