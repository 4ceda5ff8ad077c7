/**
 * A dictionary template with links inside ("Mehr dazu in unserer {privacy}
 * und in der {providerPrivacy}.") split into text and slots, so a component
 * can put an element where a slot is: templateParts(t.mapConsentMore, {}, ['privacy', 'providerPrivacy']).
 * Other placeholders are filled with `values`.
 */
export type TemplatePart = { kind: 'text'; text: string } | { kind: 'slot'; name: string };

export function templateParts(template: string, values: Readonly<Record<string, string>>, slots: readonly string[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1] ?? '';
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (slots.includes(name)) {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'slot', name });
    } else {
      text += Object.hasOwn(values, name) ? values[name] : m[0];
    }
  }
  text += template.slice(last);
  if (text) parts.push({ kind: 'text', text });
  return parts;
}
