import { serveDist } from '../tests/support/server.ts';
import { loadPagefindModule } from '../tests/search/pagefind-node.ts';
import { readFileSync } from 'node:fs';
import { runQuery } from '../src/lib/search/run.ts';
const server = await serveDist('/work/wt/i13/dist');
const pf = await loadPagefindModule('/work/wt/i13/dist', server.origin);
const html = readFileSync('/work/wt/i13/dist/suche/index.html', 'utf8');
const config = JSON.parse(/id="search-config">([\s\S]*?)<\/script>/.exec(html)![1]!);
const aids = { dictionary: config.dict, known: new Set<string>(config.dict), townNames: new Map<string, string>(config.towns.map((t: any) => [t.id, t.name])) };
for (const w of ['Qqxqj', 'Yyqxquatsch', 'Xylqua']) { const rr = await pf.search(w, { filters: { ort: { any: ['selm'] } } }); console.log(w, rr.results.length); }
const r1 = await pf.search('Zzyzxquatsch', { filters: { ort: { any: ['selm'] } } }); console.log('raw', r1.results.length); const r0 = await pf.search('Zzyzxquatsch', {}); console.log('raw nofilter', r0.results.length); for (const r of r0.results) { const d: any = await r.data(); console.log(d.url, (d.excerpt||'').slice(0,300), JSON.stringify(d.locations).slice(0,80)); }
const out = await runQuery(pf as any, { q: 'Zzyzxquatsch', filters: { ort: ['selm'] } }, aids, 10);
console.log(out?.results.length, out?.corrected, out?.relaxed, out?.firstPage.map((d) => d.url));
await server.close();
