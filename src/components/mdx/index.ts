/**
 * The components editors may use in entry bodies, passed to `<Content components={mdxComponents} />`.
 * Keep in step with ALLOWED_COMPONENTS in src/lib/body/judge.ts (a test checks it).
 */
import Hinweis from './Hinweis.astro';
import Telefon from './Telefon.astro';

export const mdxComponents = { Hinweis, Telefon };
