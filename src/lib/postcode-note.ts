/**
 * The note after an address whose postcode is one of a town's
 * `otherPostcodes` (issue 13): a postcode a source uses for an office (e.g. the
 * seed's "Rathausplatz 1, 59172 Kamen") that the reference data does not list
 * for the town. The address stays as the source gives it; the page says that
 * the postcode is not among the town's postcodes in the postcode directory and
 * names the town's own ones.
 *
 * Pure: decides from the address and the town data only. The address
 * component (src/components/PostalAddress.astro) and the labelled route
 * (src/components/contact/ContactRoute.astro) render it.
 */
import type { Address } from '../schemas/geo.ts';
import type { Town } from '../schemas/town.ts';
import { joinDe } from './format.ts';

export interface PostcodeNote {
  /** The address's postcode, e.g. "59172". */
  postcode: string;
  /** Name of the town whose `otherPostcodes` list it, e.g. "Kamen". */
  town: string;
  /** The town's postcodes in the reference data, e.g. ["59174"]. */
  townPostcodes: string[];
  /** The note after a full address, in German. */
  text: string;
  /** A shorter form for compact lists (the labelled route), in German. */
  short: string;
}

type TownData = Pick<Town, 'name' | 'postcodes' | 'otherPostcodes'>;

/** "Fröndenberg/Ruhr" → "fröndenberg"; "Kamen" → "kamen". */
function baseName(name: string): string {
  return name.split('/')[0]!.trim().toLocaleLowerCase('de');
}

/**
 * The note for an address, or undefined when its postcode is an ordinary one.
 * `towns` are the towns of the directory (their data); a postcode listed as
 * `otherPostcodes` by several towns is attributed to the one whose name is the
 * address's locality.
 */
export function postcodeNote(address: Pick<Address, 'postcode' | 'locality'>, towns: Iterable<TownData>): PostcodeNote | undefined {
  const candidates = [...towns].filter((t) => (t.otherPostcodes ?? []).includes(address.postcode) && !t.postcodes.includes(address.postcode));
  if (candidates.length === 0) return undefined;
  const locality = baseName(address.locality);
  const town = candidates.find((t) => baseName(t.name) === locality) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!town) return undefined;
  const own = [...town.postcodes].sort();
  const list = own.length === 1 ? `die Postleitzahl ${own[0]}` : `die Postleitzahlen ${joinDe(own)}`;
  const text =
    `Hinweis zur Postleitzahl: ${address.postcode} steht so in unserer Quelle. ` +
    `Im Postleitzahlenverzeichnis ist ${address.postcode} keine Postleitzahl von ${town.name}` +
    (own.length > 0 ? `; dort hat ${town.name} ${list}.` : '.');
  const short =
    `Postleitzahl ${address.postcode} laut Quelle` + (own.length > 0 ? `; im Postleitzahlenverzeichnis hat ${town.name} ${list}.` : '.');
  return { postcode: address.postcode, town: town.name, townPostcodes: own, text, short };
}
