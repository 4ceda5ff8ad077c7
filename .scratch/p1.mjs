import { mdxToMdast, markdownToMdast } from 'satteri';
const src = "Hallo\n\n```a`b\n\nexport const x = 1\n\n{1+1}\n\n```a`b\n\n<Hinweis typ=\"x\">Text *fett*</Hinweis>";
try { console.log(JSON.stringify(mdxToMdast(src), (k,v)=> k==='position'? `${v.start.line}:${v.start.column}`:v, 1)); } catch(e) { console.log('ERR', e.message, Object.keys(e), e.line, e.column); }
const md = "[x](java&#115;cript:alert(1))\n\n[y][r]\n\n[r]: javascript:alert(1)\n\n<details open\nontoggle=\"alert(1)\">x</details>\n\n    ```\n<img src=x onerror=alert(1)>\n";
console.log(JSON.stringify(markdownToMdast(md), (k,v)=> k==='position'? `${v.start.line}:${v.start.column}`:v));
