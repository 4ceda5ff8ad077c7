import { serveDist } from '../tests/support/server.ts';
import { pageLikeSearch } from '../tests/search/like-page.ts';
const server = await serveDist('/work/wt/i13/dist');
const search = await pageLikeSearch('/work/wt/i13/dist', server.origin);
for (const q of process.argv.slice(2)) {
  const r = await search(q);
  console.log(`${q} [${r.total}${r.town ? ' ort=' + r.town : ''}${r.corrected ? ' →' + r.corrected : ''}]: ${r.urls.slice(0, 5).map((u) => u.split('/').slice(1, 3).join('/')).join(' | ')}`);
}
await server.close();
