/**
 * The web editor (/admin/): Decap CMS from npm, bundled by Vite and served
 * from the site's own origin. Its configuration is /admin/config.yml,
 * generated from the schemas (src/lib/cms/config.ts).
 *
 * Two things are added to Decap:
 * - a file format that writes only what the editor changed (small diffs, see
 *   src/lib/cms/frontmatter.ts); Decap's `preSave` event hands it the file as it
 *   was in the repository;
 * - previews for offers and contact points with the site's own CSS.
 */
import CMS from 'decap-cms-app';
import { de } from 'decap-cms-locales';
import siteCss from '../styles/global.css?url';
import { CMS_FORMAT, SLUG_FIELD } from '../lib/cms/config.ts';
import { readEntry, writeEntry } from '../lib/cms/frontmatter.ts';
import { slugify } from '../lib/cms/slug.ts';
import { ContactPreview, OfferPreview, previewCss } from './admin-preview.ts';

interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

/** The file as it is in the repository, for the entry being saved (empty for a new one). */
let baseFile = '';

CMS.registerLocale('de', de);

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableMap }) => {
    baseFile = typeof entry.get('raw') === 'string' ? (entry.get('raw') as string) : '';
    const data = entry.get('data') as ImmutableMap;
    const given = data.get(SLUG_FIELD);
    if (typeof given === 'string' && given.trim() !== '') return data;
    const name = String(data.get('title') ?? data.get('name') ?? '');
    return data.set(SLUG_FIELD, slugify(name));
  },
});

CMS.registerCustomFormat(CMS_FORMAT, 'md', {
  fromFile: (content: string) => readEntry(content),
  toFile: (data: Record<string, unknown>, order?: string[]) => {
    const { [SLUG_FIELD]: _slug, ...rest } = data;
    return writeEntry(rest, baseFile, order ?? []);
  },
});

CMS.registerPreviewStyle(siteCss);
CMS.registerPreviewStyle(previewCss, { raw: true });
CMS.registerPreviewTemplate('offers', OfferPreview);
CMS.registerPreviewTemplate('contacts', ContactPreview);

CMS.init();
