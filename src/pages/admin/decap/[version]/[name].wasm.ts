/** Decap CMS's own distribution, byte for byte, from the site's origin: its .wasm files (src/lib/cms/editor-files.ts). */
import { editorRoute } from '../../../../lib/cms/editor-files.ts';

const route = editorRoute('wasm');
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
