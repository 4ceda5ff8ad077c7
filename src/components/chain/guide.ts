/** The guide's logic lives in src/lib/guide/; `hoursLine` stays importable from here for the hotline lists. */
export { hoursLine } from '../../lib/guide/hours.ts';
