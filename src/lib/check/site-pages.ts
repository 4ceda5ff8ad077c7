/**
 * Which site paths exist, derived from the model: the page files in
 * src/pages (static routes as they are, dynamic routes such as
 * `/themen/[topic]/` when every parameter is the id of an entry or a
 * vocabulary term), every entry's URL, and the files in public/.
 * Used by the checker to refuse links in bodies that lead nowhere.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function listPageFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listPageFiles(full));
    else if (/\.(astro|md|mdx|ts|js)$/.test(name) && !name.startsWith('_')) out.push(full);
  }
  return out;
}

export interface SitePages {
  pageExists(path: string): boolean;
  fileExists(path: string): boolean;
}

/**
 * @param root repository root (src/pages and public/ are read from there)
 * @param entryUrls URL of every entry, e.g. "/angebote/elterntelefon/"
 * @param ids every known id (entry slugs and vocabulary term ids)
 */
export function sitePages(root: string, entryUrls: Iterable<string>, ids: Set<string>): SitePages {
  const pagesDir = join(root, 'src/pages');
  const statics = new Set<string>(entryUrls);
  const patterns: RegExp[] = [];
  for (const file of listPageFiles(pagesDir)) {
    let route = relative(pagesDir, file).split(sep).join('/').replace(/\.(astro|md|mdx|ts|js)$/, '');
    if (/(^|\/)404$|(^|\/)500$/.test(route)) continue;
    route = route.replace(/(^|\/)index$/, '');
    const url = route ? `/${route}/` : '/';
    if (!url.includes('[')) statics.add(url);
    else if (!url.includes('[...')) patterns.push(new RegExp(`^${url.replace(/\[[^\]]+\]/g, '([^/]+)').replace(/\//g, '\\/')}$`));
  }
  const publicDir = join(root, 'public');
  const fileExists = (path: string) => {
    if (path.includes('..') || path.includes('\0')) return false;
    const full = join(publicDir, path);
    return existsSync(full) && statSync(full).isFile();
  };
  return {
    fileExists,
    pageExists(path: string) {
      const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
      if (statics.has(withSlash)) return true;
      for (const re of patterns) {
        const m = re.exec(withSlash);
        if (m && m.slice(1).every((v) => ids.has(v))) return true;
      }
      return fileExists(path);
    },
  };
}
