import { markdownToHtml, defineHastPlugin } from 'satteri';
const f = { gfm: true, smartPunctuation: true };
for (const v of [undefined, null, false]) {
const san = defineHastPlugin({ name: 'san', before(root, ctx) {
  const walk = (n) => { for (const c of [...(n.children ?? [])]) {
    if (c.type === 'element') { for (const k of Object.keys(c.properties ?? {})) if (k === 'style' || k==='href') ctx.setProperty(c, k, v); }
    walk(c);
  } };
  walk(root);
}});
try { console.log(String(v), markdownToHtml("| a |\n|:-|\n| 1 |\n\n[l](https://x.de)", { features: f, hastPlugins: [san] }).html); } catch (e) { console.log(String(v), 'ERR', e.message); }
}
