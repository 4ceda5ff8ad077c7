/**
 * What the exports read: the loaded directory, reduced to the collections and
 * vocabularies they need. The build passes the `Directory` of `src/lib/entries.ts`;
 * tests pass the same shape read straight from `content/` (see `from-files.ts`).
 */
import type { Contact, LifePhaseTerm, Offer, Organisation, Source, Term, Town } from '../../schemas/index.ts';

export interface Item<T> {
  id: string;
  data: T;
}

export interface ExportDirectory {
  sources: ReadonlyMap<string, Item<Source>>;
  towns: ReadonlyMap<string, Item<Town>>;
  organisations: ReadonlyMap<string, Item<Organisation>>;
  contacts: ReadonlyMap<string, Item<Contact>>;
  offers: ReadonlyMap<string, Item<Offer>>;
  topics: ReadonlyMap<string, Item<Term>>;
  audiences: ReadonlyMap<string, Item<Term>>;
  lifePhases: ReadonlyMap<string, Item<LifePhaseTerm>>;
  contactKinds: ReadonlyMap<string, Item<Term>>;
  organisationKinds: ReadonlyMap<string, Item<Term>>;
  accessModes: ReadonlyMap<string, Item<Term>>;
}

export interface ExportOptions {
  /** Public origin of the site, e.g. "https://www.bruecken-fuer-familien.de". */
  site: string;
}
