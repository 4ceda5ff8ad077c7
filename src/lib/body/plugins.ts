/**
 * The build's half of "bodies are data": Sätteri plugins for Astro's Markdown
 * and MDX pipeline (see astro.config.mjs).
 *
 * 1. `bodyGuard` (mdast) runs the checker's own judgement (`judgeTree`) on
 *    every body before it is compiled. If an entry slipped past the checker,
 *    the build stops with the German list of problems and the file name —
 *    before any ESM or expression of an `.mdx` body is turned into code.
 * 2. `bodySanitizer` (hast) is the second layer: whatever reaches the HTML
 *    tree is reduced to allowlisted elements and attributes; raw HTML,
 *    unknown components, expressions and ESM are dropped; URLs that are not
 *    https:, mailto:, tel: or site-relative (images: site-relative only) are removed.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { ALLOWED_COMPONENTS, judgeTree, type MdNode } from './judge.ts';
import { judgeUrl } from './urls.ts';

export const bodyGuard = defineMdastPlugin({
  name: 'bff-body-guard',
  options: { position: true },
  before(root, ctx) {
    const problems = judgeTree(root as unknown as MdNode, { mdx: ctx.sourceFormat === 'mdx' });
    if (!problems.length) return;
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL).replace(`${process.cwd()}/`, '') : '(unbekannte Datei)';
    throw new Error(
      [
        `Der Text von ${file} enthält nicht erlaubte Inhalte – die Website wird nicht gebaut (npm run check zeigt dasselbe):`,
        ...problems.map((p) => `${file}:${p.line}:${p.column} (Text): ${p.message}`),
      ].join('\n'),
    );
  },
});

/** Elements Markdown produces, and the attributes each may keep. */
const ALLOWED_ELEMENTS: Record<string, string[]> = {
  p: [], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  ul: ['className'], ol: ['start'], li: ['className'], input: ['type', 'checked', 'disabled'],
  em: [], strong: [], del: [], code: ['className'], pre: [], blockquote: [], hr: [], br: [],
  a: ['href', 'title'], img: ['src', 'alt', 'title'],
  table: [], thead: [], tbody: [], tr: [], th: [], td: [],
};

interface HNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HNode[];
}

export const bodySanitizer = defineHastPlugin({
  name: 'bff-body-sanitizer',
  before(root, ctx) {
    const drop = (node: HNode) => ctx.removeNode(node as never);
    const walk = (parent: HNode) => {
      for (const node of [...(parent.children ?? [])]) {
        switch (node.type) {
          case 'text':
            continue;
          case 'element': {
            const tag = node.tagName ?? '';
            const allowed = ALLOWED_ELEMENTS[tag];
            if (!allowed) {
              drop(node);
              continue;
            }
            for (const [key, value] of Object.entries(node.properties ?? {})) {
              if (!allowed.includes(key)) ctx.setProperty(node as never, key, undefined);
              else if ((key === 'href' || key === 'src') && !judgeUrl(String(value), key === 'src' ? 'image' : 'link').ok) ctx.setProperty(node as never, key, undefined);
              else if (key === 'type' && value !== 'checkbox') ctx.setProperty(node as never, key, undefined);
            }
            break;
          }
          case 'mdxJsxFlowElement':
          case 'mdxJsxTextElement': {
            const spec = ALLOWED_COMPONENTS[node.name ?? ''];
            const literal = (node.attributes ?? []).every((a) => a.type === 'mdxJsxAttribute' && spec?.attributes.includes(a.name ?? '') && typeof a.value === 'string');
            if (!spec || !literal) {
              drop(node);
              continue;
            }
            break;
          }
          default:
            // raw HTML, comments, doctype, expressions, ESM: never on a page.
            drop(node);
            continue;
        }
        walk(node);
      }
    };
    walk(root as unknown as HNode);
  },
});
