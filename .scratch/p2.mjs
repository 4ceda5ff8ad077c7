import { mdxToHast, markdownToHast } from 'satteri';
const f = { gfm: true, smartPunctuation: true };
const j = (t) => JSON.stringify(t, (k,v)=> k==='position'? undefined:v);
console.log(j(markdownToHast("## H\n\n- [x] done\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n![alt](/x.png \"t\")\n\n1. a\n\n<b onclick=x>y</b>\n\nText[^1]\n\n[^1]: Fn\n\n```js\nx\n```\n", { features: f })));
console.log(j(mdxToHast("<Hinweis>a</Hinweis>\n\n<Telefon nummer=\"1\" x={y} />", { features: f })));
