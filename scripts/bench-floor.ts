/**
 * The floor for `npm run bench`: a minimal Astro project that renders the same
 * content files as the real build (every Markdown/MDX entry of content/, one
 * page each, with a one-element layout) and runs the same Pagefind step
 * (scripts/after-build.ts of the real project after `astro build`, as ours;
 * the floor has no guides, so no PDFs). What the real build needs
 * beyond this is the cost of our templates, relations, checks and extra pages.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Entry folders of content/ (Markdown/MDX); vocabularies and reference data are YAML and not pages. */
export const FLOOR_COLLECTIONS = ['sources', 'towns', 'organisations', 'contacts', 'offers', 'networks', 'practices'] as const;

/**
 * Creates the floor project in a new temporary folder, reading its entries
 * from `content` (an absolute path, normally the benchmark project's content/).
 * `root` is the real project (for node_modules and the Pagefind integration).
 */
export function makeFloorProject(root: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bff-bench-floor-'));
  const nm = join(dir, 'node_modules');
  mkdirSync(nm);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.cache', '.vitest'].includes(name)) continue;
    symlinkSync(join(root, 'node_modules', name), join(nm, name));
  }
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bff-bench-floor', private: true, type: 'module', scripts: { build: `astro build && node ${JSON.stringify(join(root, 'scripts/after-build.ts'))} dist` } }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, integrations: [mdx()] });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const base = ${JSON.stringify(content)};
const entries = (folder: string) => defineCollection({ loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: base + '/' + folder }) });
export const collections = { ${FLOOR_COLLECTIONS.map((c) => `${c}: entries('${c}')`).join(', ')} };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[collection]/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ${JSON.stringify(FLOOR_COLLECTIONS)};
  const out = [];
  for (const collection of names) for (const entry of await getCollection(collection)) out.push({ params: { collection, slug: entry.id }, props: { entry } });
  return out;
}
const { entry } = Astro.props;
const title = entry.data.title ?? entry.data.name ?? entry.id;
const { Content } = await render(entry);
---
<html lang="de"><head><meta charset="utf-8" /><title>{title}</title></head><body><main data-pagefind-body><h1>{title}</h1><Content /></main></body></html>
`,
  );
  return dir;
}
