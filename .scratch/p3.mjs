import { markdownToHtml, mdxToJs, defineHastPlugin, defineMdastPlugin } from 'satteri';
const f = { gfm: true, smartPunctuation: true };
const san = defineHastPlugin({ name: 'san', before(root, ctx) {
  const walk = (n) => { for (const c of [...(n.children ?? [])]) {
    if (c.type === 'raw') { ctx.removeNode(c); continue; }
    if (c.type === 'element') {
      if (c.tagName === 'b') { ctx.removeNode(c); continue; }
      const p = { ...c.properties }; delete p.style; if (p.href) p.href = 'X' + p.href;
      ctx.setProperty(c, 'properties', p);
    }
    walk(c);
  } };
  walk(root);
}});
const guard = defineMdastPlugin({ name: 'g', options: { position: true }, before(root, ctx) {
  const types = []; const w = (n) => { types.push(n.type + '@' + n.position?.start.line); (n.children ?? []).forEach(w); }; w(root); console.log('mdast', ctx.sourceFormat, String(ctx.fileURL), types.join(' '));
}});
console.log(markdownToHtml("## H\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n[l](https://x.de)\n\n<b onclick=x>y</b> and <i>z</i>\n\n<div>\nblock\n</div>\n", { features: f, hastPlugins: [san], mdastPlugins: [guard] }).html);
try { const r = mdxToJs("a {1+1}\n\nexport const x = 1\n", { features: f, mdastPlugins: [defineMdastPlugin({ name: 'thrower', before() { throw new Error('Nein: Test'); } })] }); console.log('no throw', r.code.slice(0,100)); } catch (e) { console.log('threw:', e.message); }
