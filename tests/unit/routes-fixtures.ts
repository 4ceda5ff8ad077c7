/**
 * A small directory for the route-data tests, every entry and term parsed
 * by the real zod schemas of src/schemas/ (defaults filled, invalid data
 * refused), so the fixtures have exactly the shape the build gives pages.
 * Offers come from the organisation "traeger", contact points belong to "amt":
 * a contact point gives an offer only where the offer lists it.
 */
import { ENTRY_COLLECTIONS, VOCABULARY_SCHEMAS } from '../../src/schemas/index.ts';
import type {
  ContactEntry,
  Directory,
  NetworkEntry,
  OfferEntry,
  OrganisationEntry,
  PracticeEntry,
  SourceEntry,
  TermEntry,
  TownEntry,
} from '../../src/lib/entries.ts';

type Raw = Record<string, unknown>;
const cite = { source: [{ document: 'antrag', section: '4.1' }], reviewed: '2025-01-01' };

export const source = (id: string, raw: Raw = {}): SourceEntry => ({
  id,
  collection: 'sources',
  data: ENTRY_COLLECTIONS.sources.schema.parse({ title: `Quelle ${id}`, publisher: 'Kreis Unna', date: '2019', kind: 'document', summary: 'Eine Quelle.', reviewed: '2025-01-01', ...raw }),
});
export const town = (id: string, name: string, raw: Raw = {}): TownEntry => ({
  id,
  collection: 'towns',
  data: ENTRY_COLLECTIONS.towns.schema.parse({ name, kind: 'stadt', centre: { lat: 51.6, lng: 7.6, precision: 'town' }, jugendamt: 'ja-kreis', ...cite, ...raw }),
});
export const organisation = (id: string, raw: Raw = {}): OrganisationEntry => ({
  id,
  collection: 'organisations',
  data: ENTRY_COLLECTIONS.organisations.schema.parse({ name: `Träger ${id}`, kind: 'traeger', summary: 'Ein Träger.', ...cite, ...raw }),
});
export const contact = (id: string, townId: string, raw: Raw = {}): ContactEntry => ({
  id,
  collection: 'contacts',
  data: ENTRY_COLLECTIONS.contacts.schema.parse({ name: `Stelle ${id}`, kind: 'beratungsstelle', organisation: 'amt', town: townId, summary: 'Eine Stelle.', ...cite, ...raw }),
});
export const offer = (id: string, raw: Raw): OfferEntry => ({
  id,
  collection: 'offers',
  data: ENTRY_COLLECTIONS.offers.schema.parse({ title: `Angebot ${id}`, summary: 'Ein Angebot.', organisation: 'traeger', topics: ['beratung'], status: 'active', ...cite, ...raw }),
});
export const network = (id: string, raw: Raw): NetworkEntry => ({
  id,
  collection: 'networks',
  data: ENTRY_COLLECTIONS.networks.schema.parse({ name: `Netzwerk ${id}`, kind: 'arbeitskreis', summary: 'Ein Netzwerk.', status: 'active', ...cite, ...raw }),
});
export const practice = (id: string, raw: Raw = {}): PracticeEntry => ({
  id,
  collection: 'practices',
  data: ENTRY_COLLECTIONS.practices.schema.parse({ title: `Praxis ${id}`, summary: 'Ein Beispiel.', startingPoint: 'Anlass.', goals: 'Ziele.', results: 'Ergebnisse.', ...cite, ...raw }),
});
export const lifePhase = (id: string, order: number, ages?: { ageFrom: number; ageTo: number }): TermEntry<'lifePhases'> => ({
  id,
  collection: 'lifePhases',
  data: VOCABULARY_SCHEMAS.lifePhases.parse({ id, label: `Phase ${id}`, description: 'Eine Phase.', order, ...ages }),
});
export const topic = (id: string, label: string): TermEntry<'topics'> => ({
  id,
  collection: 'topics',
  data: VOCABULARY_SCHEMAS.topics.parse({ id, label, description: 'Ein Thema.' }),
});
const termData = (id: string, label: string) => VOCABULARY_SCHEMAS.contactKinds.parse({ id, label, description: 'Ein Begriff.' });
const contactKind = (id: string, label: string): TermEntry<'contactKinds'> => ({ id, collection: 'contactKinds', data: termData(id, label) });
const networkKind = (id: string, label: string): TermEntry<'networkKinds'> => ({ id, collection: 'networkKinds', data: termData(id, label) });
const organisationKind = (id: string, label: string): TermEntry<'organisationKinds'> => ({ id, collection: 'organisationKinds', data: termData(id, label) });

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((e) => [e.id, e]));

/** A directory: the given entries, plus the vocabulary terms the fixtures use. */
export function directory(parts: {
  towns: TownEntry[];
  contacts?: ContactEntry[];
  offers?: OfferEntry[];
  networks?: NetworkEntry[];
  practices?: PracticeEntry[];
  sources?: SourceEntry[];
  lifePhases?: TermEntry<'lifePhases'>[];
  topics?: TermEntry<'topics'>[];
}): Directory {
  return {
    sources: byId(parts.sources ?? [source('antrag')]),
    towns: byId(parts.towns),
    organisations: byId([organisation('traeger'), organisation('amt')]),
    contacts: byId(parts.contacts ?? []),
    offers: byId(parts.offers ?? []),
    networks: byId(parts.networks ?? []),
    practices: byId(parts.practices ?? []),
    topics: byId(parts.topics ?? [topic('beratung', 'Beratung')]),
    audiences: new Map(),
    lifePhases: byId(parts.lifePhases ?? []),
    contactKinds: byId([contactKind('beratungsstelle', 'Beratungsstelle'), contactKind('jugendamt', 'Jugendamt')]),
    networkKinds: byId([networkKind('arbeitskreis', 'Arbeitskreis')]),
    organisationKinds: byId([organisationKind('traeger', 'Freier Träger')]),
    accessModes: new Map(),
    crisis: new Map(),
  };
}
