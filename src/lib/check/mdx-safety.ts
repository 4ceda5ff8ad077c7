/**
 * Contributor-written MDX is code that runs at build time. Entry bodies may
 * contain Markdown and the few components on the allowlist below — nothing
 * that runs code or loads something from elsewhere.
 */

/**
 * Components editors may use in `.mdx` entries, with what they are for.
 * They are passed to the entry body by the detail pages (src/components/mdx/).
 */
export const ALLOWED_COMPONENTS: Record<string, string> = {
  Hinweis: 'Hervorgehobener Hinweiskasten, z. B. <Hinweis>Bitte vorher anrufen.</Hinweis>',
  Telefon: 'Anklickbare Telefonnummer, z. B. <Telefon nummer="0800 111 0 333" />',
};

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  column: number;
  code: string;
  message: string;
}

const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'form'];

/** Blank out inline code spans so their contents are not mistaken for markup. */
function stripInlineCode(line: string): string {
  return line.replace(/(`+)([^`]|(?!\1)`)*?\1/g, (m) => ' '.repeat(m.length));
}

export function checkBody(body: string, isMdx: boolean): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split(/\r?\n/);
  let fence: string | null = null;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const fenceMatch = /^\s*(```+|~~~+)/.exec(raw);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker[0]!;
      else if (marker[0] === fence) fence = null;
      return;
    }
    if (fence !== null) return;
    const text = stripInlineCode(raw);
    const add = (index: number, code: string, message: string) => problems.push({ line, column: index + 1, code, message });

    if (isMdx && /^\s*(import|export)\b/.test(text)) {
      add(text.search(/\S/), 'mdx-esm', '"import" und "export" sind in Einträgen nicht erlaubt: Einträge dürfen keinen Code ausführen. Bitte die Zeile entfernen.');
    }
    if (isMdx) {
      const brace = text.search(/[{}]/);
      if (brace !== -1) {
        add(brace, 'mdx-expression', 'Geschweifte Klammern { } sind in .mdx-Einträgen nicht erlaubt, weil sie Code ausführen. Bitte entfernen oder die Datei als .md speichern.');
      }
    }
    for (const m of text.matchAll(/<\/?\s*([A-Za-z][\w.:-]*)([^>]*)>?/g)) {
      const name = m[1]!;
      const attrs = m[2] ?? '';
      const index = m.index ?? 0;
      const closing = m[0].startsWith('</');
      if (FORBIDDEN_TAGS.includes(name.toLowerCase())) {
        if (closing) continue;
        add(index, 'html-forbidden', `Das HTML-Element <${name.toLowerCase()}> ist in Einträgen nicht erlaubt. Bitte entfernen.`);
      } else if (/^[A-Z]/.test(name) && !closing && !(name in ALLOWED_COMPONENTS)) {
        add(
          index,
          'component',
          `Die Komponente <${name}> ist nicht erlaubt. Erlaubt sind nur: ${Object.keys(ALLOWED_COMPONENTS).map((c) => `<${c}>`).join(', ')}.`,
        );
      }
      const handler = /\son[a-z]+\s*=/i.exec(attrs);
      if (handler) {
        add(index + m[0].indexOf(handler[0]) + 1, 'event-handler', `Das Attribut "${handler[0].trim().replace(/\s*=$/, '')}" führt Code aus und ist nicht erlaubt.`);
      }
    }
    const js = /javascript\s*:/i.exec(text);
    if (js) {
      add(js.index, 'javascript-url', 'Links mit "javascript:" sind nicht erlaubt. Bitte eine normale Webadresse (https://…) verwenden.');
    }
  });
  if (fence !== null) {
    problems.push({ line: lines.length, column: 1, code: 'fence', message: 'Ein Code-Block mit ``` wurde nicht geschlossen.' });
  }
  return problems;
}
