/**
 * Names shared by the editor's configuration (src/lib/cms/config.ts) and the editor script
 * (src/scripts/admin.ts), kept apart from the configuration so that the editor page's script
 * does not carry the schemas and zod.
 */

/** Format name registered by the editor script: writes only changed lines. */
export const CMS_FORMAT = 'bff-frontmatter';
/** Form-only field: the file name of a new entry. Never written into the file. */
export const SLUG_FIELD = 'slug';
