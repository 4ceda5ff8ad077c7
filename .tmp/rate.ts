import { serveDist } from '../tests/support/server.ts';
import { pageLikeSearch } from '../tests/search/like-page.ts';
import { QUERY_SET } from '../tests/search/query-set.ts';
const server = await serveDist('/work/wt/i13/dist');
const search = await pageLikeSearch('/work/wt/i13/dist', server.origin);
let t1 = 0, t5 = 0;
for (const r of QUERY_SET) {
  const res = await search(r.q);
  const top = res.urls.slice(0, 5);
  if (r.expect.includes(top[0] ?? '')) t1++;
  if (r.expect.some((u) => top.includes(u))) t5++; else console.log('MISS', r.q, '→', top.map((u) => u.split('/')[2]).join(' | '));
}
console.log(`top1 ${t1}/${QUERY_SET.length} top5 ${t5}/${QUERY_SET.length}`);
await server.close();
