import { serveDist } from '../tests/support/server.ts';
import { loadPagefind } from '../tests/search/pagefind-node.ts';
const server = await serveDist('/work/wt/i13/dist');
const pf = await loadPagefind('/work/wt/i13/dist', server.origin);
for (const q of process.argv.slice(2)) {
  const r = await pf.search(q, {}, 5);
  console.log(q, r.total, r.hits.map((h) => h.url.split('/').slice(1,3).join('/')).join(' | '));
}
await server.close();
