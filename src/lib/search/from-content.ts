/**
 * From content entries (offers, contact points, networks, practice examples)
 * to the collection-independent `SearchableEntry` that the index uses.
 * Pure: callers pass the data they loaded.
 */
import type { Contact, Network, Offer, Practice } from '../../schemas/index.ts';
import type { SearchableEntry } from './facets.ts';

/** The first phone number of an offer: a phone channel, else the first phone of its first contact point that has one. */
export function offerPhone(offer: Pick<Offer, 'channels' | 'contacts'>, contacts: ReadonlyMap<string, Pick<Contact, 'phones'>>): string | undefined {
  const channel = offer.channels.find((c) => c.kind === 'phone' && c.phone);
  if (channel?.phone) return channel.phone;
  for (const id of offer.contacts) {
    const first = contacts.get(id)?.phones[0];
    if (first) return first.number;
  }
  return undefined;
}

export function fromOffer(offer: Offer, contacts: ReadonlyMap<string, Pick<Contact, 'phones'>>): SearchableEntry {
  return {
    kind: 'angebot',
    area: offer.area,
    towns: offer.towns,
    summary: offer.summary,
    topics: offer.topics,
    audiences: offer.audiences,
    lifePhases: offer.lifePhases,
    access: offer.access,
    languages: offer.languages,
    cost: offer.cost,
    phone: offerPhone(offer, contacts),
  };
}

/**
 * A contact point: its own town and the towns it is responsible for; topics,
 * audiences, life phases and access modes of the offers given there, so that
 * filtering by topic also finds the place.
 */
export function fromContact(contact: Contact, offersHere: readonly Offer[]): SearchableEntry {
  const all = <K extends 'topics' | 'audiences' | 'lifePhases' | 'access'>(key: K) => [...new Set(offersHere.flatMap((o) => o[key]))];
  return {
    kind: 'anlaufstelle',
    area: 'town',
    towns: [...new Set([contact.town, ...contact.responsibleFor])],
    summary: contact.summary,
    topics: all('topics'),
    audiences: all('audiences'),
    lifePhases: all('lifePhases'),
    access: all('access'),
    languages: contact.languages,
    subKind: contact.kind,
    phone: contact.phones[0]?.number,
  };
}

export function fromNetwork(network: Network): SearchableEntry {
  return {
    kind: 'netzwerk',
    area: network.area,
    towns: network.towns,
    summary: network.summary,
    topics: network.topics,
    audiences: [],
    lifePhases: [],
    access: [],
    languages: [],
    subKind: network.kind,
  };
}

/** A practice example without towns belongs to the whole district. */
export function fromPractice(practice: Practice): SearchableEntry {
  return {
    kind: 'praxisbeispiel',
    area: practice.towns.length === 0 ? 'district' : 'town',
    towns: practice.towns,
    summary: practice.summary,
    topics: practice.topics,
    audiences: [],
    lifePhases: [],
    access: [],
    languages: [],
  };
}
