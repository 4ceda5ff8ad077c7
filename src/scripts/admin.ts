/**
 * The web editor (/admin/): Decap CMS as its publisher builds it (`decap-cms`, served from the
 * site's own origin, see src/lib/cms/editor-files.ts; the page names the script in
 * `data-editor-script` and preloads it). This script loads it without letting it start
 * (`CMS_MANUAL_INIT`), configures it and then starts it; no inline script is needed. Its
 * configuration is /admin/config.yml, generated from the schemas (src/lib/cms/config.ts).
 *
 * Two things are added to Decap:
 * - a file format that writes only what the editor changed (small diffs, see
 *   src/lib/cms/frontmatter.ts); Decap's `preSave` event hands it the file as it
 *   was in the repository;
 * - previews for offers and contact points with the site's own CSS.
 */
import siteCss from '../styles/global.css?url';
import { CMS_FORMAT, SLUG_FIELD } from '../lib/cms/names.ts';
import { readEntry, writeEntry } from '../lib/cms/frontmatter.ts';
import { slugify } from '../lib/cms/slug.ts';
import { ContactPreview, OfferPreview, previewCss } from './admin-preview.ts';
import { decap, loadDecap } from './decap-global.ts';

interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

/** The file as it is in the repository, for the entry being saved (empty for a new one). */
let baseFile = '';

/** Registers this site's additions with the loaded editor and starts it. */
function start(CMS: ReturnType<typeof decap>['CMS']): void {
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
}

loadDecap(document.body.dataset.editorScript ?? '')
  .then(() => start(decap().CMS))
  .catch((error: unknown) => {
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = `${error instanceof Error ? error.message : String(error)} Bitte laden Sie die Seite neu; ohne Editor können Sie Änderungen über „Änderung vorschlagen“ auf jeder Seite melden.`;
    document.body.append(note);
  });
