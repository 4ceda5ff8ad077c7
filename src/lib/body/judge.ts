/**
 * Entry bodies are data, never code. This module parses a body with the
 * parser the build uses (Sätteri, the Markdown/MDX processor of Astro 7 and
 * @astrojs/mdx, with the same features) and judges the syntax tree against an
 * allowlist. The checker reports what it finds; the build's plugins
 * (`./plugins.ts`) run the same judgement and refuse the same nodes.
 *
 * Allowed: paragraphs, headings from level 2, lists, emphasis, strong,
 * strikethrough, links, tables, blockquotes, code, thematic breaks, line
 * breaks, images from the repository, and in `.mdx` the components
 * <Hinweis> and <Telefon> with literal attributes. Refused: raw HTML, ESM,
 * expressions, any other component or element, footnotes, and any link that
 * is not https:, mailto:, tel: or a page of this site.
 */
import { markdownToMdast, mdxToMdast, type Features } from 'satteri';
import { judgeUrl } from './urls.ts';
import { entryUrl } from '../urls.ts';

/** The parser features Astro 7 uses for `.md` and `.mdx` (see astro.config.mjs). */
export const PARSER_FEATURES: Features = { gfm: true, smartPunctuation: true };

/** Components editors may use in `.mdx` entries, with their literal attributes. */
export const ALLOWED_COMPONENTS: Record<string, { attributes: string[]; example: string }> = {
  Hinweis: { attributes: [], example: '<Hinweis>Bitte vorher anrufen.</Hinweis>' },
  Telefon: { attributes: ['nummer'], example: '<Telefon nummer="0800 111 0 333" />' },
};

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  column: number;
  code: string;
  message: string;
}

export interface JudgeOptions {
  mdx: boolean;
  /** Does this site path (e.g. /angebote/x/) lead to a page or file of the site? Unchecked when absent. */
  pageExists?: (path: string) => boolean;
  /** Does this site path (e.g. "/bilder/x.png") name a file in public/? Unchecked when absent. */
  fileExists?: (path: string) => boolean;
}

/** Minimal mdast shape (Sätteri returns plain mdast objects). */
export interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  value?: unknown;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  identifier?: string;
}

/** Parses a body like the build does. Throws the parser's error for invalid MDX. */
export function parseBody(body: string, mdx: boolean): MdNode {
  return (mdx ? mdxToMdast(body, { features: PARSER_FEATURES }) : markdownToMdast(body, { features: PARSER_FEATURES })) as unknown as MdNode;
}

const ALLOWED_NODES = new Set([
  'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code', 'break', 'thematicBreak',
  'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'link', 'linkReference', 'definition', 'image', 'imageReference',
]);

const COMPONENT_LIST = Object.values(ALLOWED_COMPONENTS).map((c) => c.example).join(', ');

/** Judges one parsed tree; every problem with its line in the body. */
export function judgeTree(tree: MdNode, options: JudgeOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: MdNode, code: string, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, code, message });
  const checkUrl = (node: MdNode, url: string, target: 'link' | 'image') => {
    const verdict = judgeUrl(url, target);
    if (!verdict.ok) return at(node, verdict.code, verdict.message);
    if (verdict.kind !== 'site' || verdict.path === undefined) return;
    if (target === 'image') {
      if (!/\.(png|jpe?g|webp|avif|gif|svg)$/i.test(verdict.path)) at(node, 'image-type', `"${verdict.path}" ist keine Bilddatei (erlaubt: .png, .jpg, .webp, .avif, .gif, .svg).`);
      else if (options.fileExists && !options.fileExists(verdict.path)) at(node, 'missing-image', `Das Bild "${verdict.path}" gibt es nicht. Bilder bitte in den Ordner public/ legen (z. B. public/bilder/…) und mit "/bilder/…" einbinden.`);
    } else if (options.pageExists && !options.pageExists(verdict.path)) {
      at(node, 'dead-link', `Der Link "${verdict.path}" führt zu keiner Seite dieser Website. Bitte die Adresse prüfen (z. B. ${entryUrl('offers', '<kurzname>')}).`);
    }
  };
  const visit = (node: MdNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, 'mdx-esm', '"import" und "export" sind in Einträgen nicht erlaubt: Einträge dürfen keinen Code ausführen. Bitte die Zeile entfernen.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, 'mdx-expression', 'Geschweifte Klammern { } sind in .mdx-Einträgen nicht erlaubt, weil sie Code ausführen. Bitte entfernen, als `{…}` in Backticks schreiben oder die Datei als .md speichern.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = ALLOWED_COMPONENTS[name];
        if (!allowed) {
          const what = /^[a-z]/.test(name) ? `Das HTML-Element <${name}>` : name ? `Die Komponente <${name}>` : 'Ein leeres Element <>';
          at(node, 'component', `${what} ist nicht erlaubt. Erlaubt sind nur Markdown und die Komponenten ${COMPONENT_LIST}.`);
          return;
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute') {
            at(node, 'mdx-expression', `Bei <${name}> sind nur feste Angaben in Anführungszeichen erlaubt, keine { … }. Beispiel: ${allowed.example}`);
          } else if (!allowed.attributes.includes(attr.name ?? '')) {
            at(node, 'component-attribute', `<${name}> kennt die Angabe "${attr.name}" nicht.${allowed.attributes.length ? ` Erlaubt: ${allowed.attributes.join(', ')}.` : ''} Beispiel: ${allowed.example}`);
          } else if (typeof attr.value !== 'string') {
            at(node, 'mdx-expression', `Bei <${name}> muss "${attr.name}" ein fester Text in Anführungszeichen sein, keine { … }. Beispiel: ${allowed.example}`);
          }
        }
        for (const required of allowed.attributes) {
          if (!(node.attributes ?? []).some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) {
            at(node, 'component-attribute', `<${name}> braucht die Angabe "${required}". Beispiel: ${allowed.example}`);
          }
        }
        break;
      }
      case 'html':
        at(node, 'html', `HTML ist in Einträgen nicht erlaubt ("${String(node.value).split('\n')[0]!.slice(0, 40)}"). Bitte Markdown verwenden: **fett**, *kursiv*, [Linktext](https://…), Listen mit "- ". Für einen Zeilenumbruch die Zeile mit einem Backslash \\ beenden.`);
        return;
      case 'heading':
        if ((node.depth ?? 1) < 2) at(node, 'heading-level', 'Überschriften im Text beginnen mit "## " (Ebene 2): die Seite hat schon eine Hauptüberschrift.');
        break;
      case 'link':
      case 'definition':
        checkUrl(node, node.url ?? '', 'link');
        break;
      case 'image':
        checkUrl(node, node.url ?? '', 'image');
        break;
      case 'imageReference':
        imageRefs.add(String(node.identifier ?? '').toLowerCase());
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        at(node, 'footnote', 'Fußnoten ([^1]) sind in Einträgen nicht vorgesehen. Bitte den Hinweis direkt in den Text schreiben.');
        return;
      default:
        if (!ALLOWED_NODES.has(node.type)) {
          at(node, 'node', `Dieses Element ("${node.type}") ist in Einträgen nicht erlaubt. Erlaubt sind Absätze, Überschriften ab ##, Listen, Hervorhebungen, Links, Tabellen, Zitate und Code.`);
          return;
        }
    }
    for (const child of node.children ?? []) visit(child);
  };
  const imageRefs = new Set<string>();
  visit(tree);
  // A definition used by an image reference is an image source: only repository files.
  if (imageRefs.size) {
    const defs = (n: MdNode): MdNode[] => [...(n.type === 'definition' ? [n] : []), ...(n.children ?? []).flatMap(defs)];
    for (const d of defs(tree)) if (imageRefs.has(String(d.identifier ?? '').toLowerCase())) checkUrl(d, d.url ?? '', 'image');
  }
  return problems;
}

/**
 * Parses and judges a body. Invalid MDX (e.g. `<br>` without `/`) is a
 * problem at the parser's position, never an exception.
 */
export function judgeBody(body: string, options: JudgeOptions): BodyProblem[] {
  let tree: MdNode;
  try {
    tree = parseBody(body, options.mdx);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const pos = /^(\d+):(\d+)/.exec(text) ?? /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(text);
    const detail = text.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*/, ' ').replace(/\s+/g, ' ').trim();
    return [
      {
        line: pos ? Number(pos[1]) : 1,
        column: pos ? Number(pos[2]) : 1,
        code: 'mdx-syntax',
        message: `Der Text ist kein gültiges MDX und kann nicht gebaut werden. Häufige Ursachen: ein HTML-Element wie <br> (in .mdx nicht erlaubt), ein einzelnes "<" oder "{" im Text. Tipp: die Datei als .md speichern. (Parser: ${detail})`,
      },
    ];
  }
  return judgeTree(tree, options);
}
