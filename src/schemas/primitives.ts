/**
 * Small building blocks shared by every collection schema.
 *
 * All messages are German because editors read them. Every primitive is
 * pure zod, so the same definitions run in Astro, in the content checker
 * (`npm run check`) and in the unit tests.
 */
import { z } from 'astro/zod';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { httpsProblem, isDangerousScheme } from '../lib/body/urls.ts';

/** A slug: lower case letters, digits and single hyphens, as used in file names and URLs. */
export const slug = z
  .string({ error: 'Hier wird ein Kurzname (Slug) erwartet, z. B. "jugendamt-unna".' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Kurznamen bestehen nur aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen, z. B. "familienbuero-selm".',
  });

/**
 * Every collection a reference can point to: the entry folders and the vocabularies.
 * (Kept here, next to `refTo`, so that the schemas can name targets without an import cycle.)
 */
export type RefTarget =
  | 'sources'
  | 'towns'
  | 'organisations'
  | 'contacts'
  | 'offers'
  | 'networks'
  | 'practices'
  | 'topics'
  | 'audiences'
  | 'lifePhases'
  | 'contactKinds'
  | 'networkKinds'
  | 'organisationKinds'
  | 'accessModes'
  | 'crisis';

/** The registry of reference fields: every schema built by `refTo` is in it, with its target. */
export const referenceRegistry = z.registry<{ target: RefTarget }>();

/** Every schema `refTo` has built, in order (a registry cannot be listed; the completeness test needs the list). */
export const REF_SCHEMAS: z.ZodType[] = [];

/**
 * A slug that must name an entry (or term) of `target`. The field is registered,
 * so `REFERENCES` (src/schemas/index.ts) is derived from the schemas and the
 * checker resolves it; nobody keeps a list of reference fields by hand.
 */
export function refTo(target: RefTarget) {
  const schema = slug.clone().register(referenceRegistry, { target });
  REF_SCHEMAS.push(schema);
  return schema;
}

/** Non-empty, trimmed German text with at least one visible letter or digit (no title of only invisible characters). */
export const text = z
  .string({ error: 'Hier wird ein Text erwartet.' })
  .trim()
  .min(1, { error: 'Dieses Feld darf nicht leer sein.' })
  .refine((v) => /[\p{L}\p{N}]/u.test(v), { error: 'Dieses Feld enthält keinen sichtbaren Buchstaben und keine Ziffer. Bitte einen lesbaren Text eingeben.' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (no roll-over such as 2025-02-30). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date as a quoted ISO string, e.g. `reviewed: "2019-01-01"`.
 * Unquoted YAML dates arrive as `Date` objects (and 2025-02-30 silently becomes
 * 2 March), so anything that is not a string is refused.
 */
export const isoDate = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'Datum bitte in Anführungszeichen schreiben, z. B. "2019-05-01" (sonst wird ein unmögliches Datum stillschweigend verschoben).'
        : 'Hier wird ein Datum im Format "JJJJ-MM-TT" erwartet, z. B. "2019-05-01".',
  })
  .refine(isRealIsoDate, {
    error: (issue) => `"${String(issue.input)}" ist kein gültiges Datum. Bitte im Format "JJJJ-MM-TT" angeben, z. B. "2019-05-01".`,
  });

/** A date that may be given to year or month precision: "2011", "2011-12" or "2011-12-14". */
export const partialDate = z
  .string({ error: 'Hier wird ein Datum erwartet: "JJJJ", "JJJJ-MM" oder "JJJJ-MM-TT".' })
  .refine(
    (v) => /^\d{4}$/.test(v) || (/^\d{4}-\d{2}$/.test(v) && Number(v.slice(5)) >= 1 && Number(v.slice(5)) <= 12) || isRealIsoDate(v),
    { error: (issue) => `"${String(issue.input)}" ist kein gültiges Datum. Erlaubt sind "JJJJ", "JJJJ-MM" oder "JJJJ-MM-TT".` },
  );

/** An https web address. */
export const httpsUrl = z
  .string({ error: 'Hier wird eine Webadresse erwartet, z. B. "https://www.kreis-unna.de/".' })
  .superRefine((v, ctx) => {
    // Same judgement as links in bodies: no javascript:/data:/vbscript: in any encoding, no user info before "@".
    const shown = v.slice(0, 80).replace(/[\u0000-\u001f]/g, ' ');
    const problem = isDangerousScheme(v) ? `"${shown}" ist keine Webadresse, sondern würde Code ausführen oder Daten einbetten. Bitte eine https-Adresse angeben.` : !/^https:\/\//i.test(v) ? `"${shown}" ist keine gültige https-Adresse. Bitte vollständig mit "https://" angeben.` : httpsProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** An email address. */
export const email = z.email({
  error: (issue) => `"${String(issue.input)}" ist keine gültige E-Mail-Adresse, z. B. "info@beispiel.de".`,
});

/**
 * A telephone number. Editors may write it as they read it ("0800 111 0 333",
 * "02303 27-0", "+49 2303 270"); it is checked with libphonenumber-js and kept
 * in one canonical form, E.164 (`+498001110333`). Short numbers such as 110,
 * 112 and 116 111 are kept as they are.
 */
export const phoneNumber = z
  .union([z.string(), z.number()], { error: 'Hier wird eine Telefonnummer erwartet, z. B. "0231 1234567".' })
  .transform((raw, ctx) => {
    const value = String(raw).trim();
    if (/\p{L}/u.test(value)) {
      // libphonenumber turns letters into digits ("69-ABC" → 69222): a typo would become a wrong number.
      ctx.addIssue({ code: 'custom', message: `"${value}" enthält Buchstaben. Telefonnummern bitte nur mit Ziffern angeben, z. B. 0231 1234567.` });
      return z.NEVER;
    }
    const digits = value.replace(/[\s/-]/g, '');
    if (/^(110|112|116\d{3})$/.test(digits)) return digits;
    const parsed = parsePhoneNumberFromString(value, 'DE');
    if (!parsed || !parsed.isValid()) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" ist keine gültige Telefonnummer. Bitte mit Vorwahl angeben, z. B. 0231 1234567.`,
      });
      return z.NEVER;
    }
    return parsed.number;
  });

/** Tomorrow as "YYYY-MM-DD" (UTC), so that a date written today counts in every time zone. */
function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** The date facts were last checked ("Stand"): a real date, never in the future. */
export const reviewedDate = isoDate.refine((v) => v <= tomorrow(), {
  error: (issue) => `Der Stand "${String(issue.input)}" liegt in der Zukunft. Bitte das Datum angeben, an dem die Angaben geprüft wurden.`,
});

/** Citation: which source document an entry is taken from, and where in it. */
export const citation = z.strictObject(
  {
    /** Slug of an entry in `content/sources/`. */
    document: refTo('sources'),
    /** Section, page or table of the document, e.g. "6.5.5" or "Abschnitt 4 b". */
    section: text,
  },
  { error: 'Eine Quellenangabe braucht "document" (Kurzname der Quelle) und "section" (Abschnitt).' },
);

/**
 * Provenance, required on every entry: at least one citation. Two citations when
 * two sections of the sources describe the same thing.
 */
export const provenance = {
  source: z.array(citation, { error: 'Bitte die Quelle angeben: eine Liste mit "document" und "section".' }).min(1, {
    error: 'Mindestens eine Quelle angeben.',
  }),
  /** The date the entry's facts were last checked against the source ("Stand"); never in the future. */
  reviewed: reviewedDate,
  /** Earlier slugs of this entry; the build emits redirects from their URLs. */
  formerSlugs: z.array(slug).optional(),
};

/** Lifecycle of offers and networks. */
export const status = z.enum(['active', 'ended', 'unknown'], {
  error: 'Status muss "active" (läuft), "ended" (beendet) oder "unknown" (unbekannt) sein.',
});

/** Languages as ISO 639-1 codes ("de", "tr", "ar"), as actually spoken at the place. */
export const languageCode = z
  .string({ error: 'Sprache als zweistelliger Code angeben, z. B. "de", "tr", "ar".' })
  .regex(/^[a-z]{2}$/, { error: 'Sprache als zweistelliger Code angeben, z. B. "de", "tr", "ar".' });
