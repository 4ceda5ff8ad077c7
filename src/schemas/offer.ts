/**
 * An offer (Angebot): a counselling offer, service or programme. Follows HSDS
 * "service": who provides it, where, for whom, at what cost and how to reach it.
 */
import { z } from 'astro/zod';
import { channel } from './contact-channels.ts';
import { email, httpsUrl, languageCode, provenance, status, text, refTo } from './primitives.ts';

/** One value of an indicator in one year. */
export const indicatorValue = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** "actual" for a measured value (Ist), "plan" for a target (Plan). */
  kind: z.enum(['actual', 'plan'], { error: 'Art ("kind") muss "actual" (Ist) oder "plan" (Plan) sein.' }),
  /** The value; `null` where the source gives a dash. */
  value: z.number().nullable(),
});

/** An indicator from a cooperation agreement, e.g. "Inanspruchnahme der Beratungen". */
export const indicator = z.strictObject({
  label: text,
  unit: z.enum(['percent', 'count'], { error: 'Einheit ("unit") muss "percent" (Anteil in %) oder "count" (Anzahl) sein.' }),
  values: z.array(indicatorValue).min(1),
  note: text.optional(),
});
export type Indicator = z.infer<typeof indicator>;

export const offerSchema = z
  .strictObject({
    title: text,
    /** One or two plain sentences: what the offer does, for whom. */
    summary: text,
    /** Slug of the organisation that provides the offer. */
    organisation: refTo('organisations'),
    /** Further providers, e.g. partners of a joint project. */
    partners: z.array(refTo('organisations')).default([]),
    /**
     * Where the offer is available: "town" (the listed towns), "district"
     * (all of Kreis Unna) or "nationwide".
     */
    area: z.enum(['town', 'district', 'nationwide'], {
      error: 'Gebiet ("area") muss "town" (einzelne Orte), "district" (ganzer Kreis) oder "nationwide" (bundesweit) sein.',
    }),
    /** Towns served, when `area` is "town". */
    towns: z.array(refTo('towns')).default([]),
    /** Contact points where the offer is given. */
    contacts: z.array(refTo('contacts')).default([]),
    topics: z.array(refTo('topics')).min(1, { error: 'Mindestens ein Thema angeben.' }),
    audiences: z.array(refTo('audiences')).default([]),
    lifePhases: z.array(refTo('lifePhases')).default([]),
    ageRange: z
      .strictObject({ from: z.number().min(0).optional(), to: z.number().min(0).optional() })
      .optional(),
    /** "free", "paid", "reduced" (income-related) or "unknown". */
    cost: z.enum(['free', 'paid', 'reduced', 'unknown'], {
      error: 'Kosten ("cost") müssen "free", "paid", "reduced" oder "unknown" sein.',
    }).default('unknown'),
    costNote: text.optional(),
    /** Terms of the vocabulary `access-modes`: anonym, ohne-termin, hausbesuch, telefonisch, online. */
    access: z.array(refTo('accessModes')).default([]),
    languages: z.array(languageCode).default([]),
    /** Hotlines and other channels with their own hours. */
    channels: z.array(channel).default([]),
    email: email.optional(),
    website: httpsUrl.optional(),
    /** Legal basis, e.g. "§ 8a SGB VIII". */
    legalBasis: z.array(text).default([]),
    status,
    /** Year the offer started, where the source says so. */
    since: z.number().int().min(1900).max(2100).optional(),
    /** Goals as the source words them. */
    goals: z.array(text).default([]),
    indicators: z.array(indicator).default([]),
    ...provenance,
  })
  .superRefine((o, ctx) => {
    if (o.area === 'town' && o.towns.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['towns'], message: 'Bei "area: town" bitte mindestens einen Ort in "towns" angeben.' });
    }
    if (o.ageRange?.from !== undefined && o.ageRange.to !== undefined && o.ageRange.from > o.ageRange.to) {
      ctx.addIssue({ code: 'custom', path: ['ageRange', 'to'], message: 'Das Höchstalter liegt unter dem Mindestalter.' });
    }
  });
export type Offer = z.infer<typeof offerSchema>;
