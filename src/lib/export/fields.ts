/**
 * Documentation of the open data, as data: which HSDS field carries which
 * field of our content model, and the licence. The /daten/ page renders it;
 * a unit test checks that every field the export fills is documented here and
 * that HSDS defines every documented field, so the page cannot drift from the
 * mapping in hsds.ts.
 */
import type { HsdsExport } from './hsds.ts';

export interface FieldDoc {
  /** HSDS field, dotted below the object, e.g. "phones.number". */
  field: string;
  /** Where the value comes from, in German, naming our field. */
  from: string;
}

export interface ObjectDoc {
  /** Part of the export the object lives in. */
  part: keyof HsdsExport;
  /** HSDS object name. */
  object: string;
  /** What one object is, in German. */
  what: string;
  fields: FieldDoc[];
}

export const HSDS_FIELD_DOCS: ObjectDoc[] = [
  {
    part: 'services',
    object: 'service',
    what: 'ein Angebot (Beratung, Dienst, Programm, Hilfetelefon)',
    fields: [
      { field: 'id', from: 'feste UUID aus dem Kurznamen des Angebots (siehe unten)' },
      { field: 'organization_id', from: 'Träger (organisation)' },
      { field: 'name', from: 'Titel (title)' },
      { field: 'description', from: 'Kurzbeschreibung (summary)' },
      { field: 'url', from: 'Website des Angebots (website)' },
      { field: 'email', from: 'E-Mail-Adresse (email)' },
      { field: 'status', from: 'Status (status): „läuft“ → active, „beendet“ → defunct; „unbekannt“ → active mit Hinweis in alert' },
      { field: 'alert', from: 'Hinweis, wenn nicht bestätigt ist, dass das Angebot noch besteht' },
      { field: 'fees_description', from: 'Kosten (cost) und Hinweis zu den Kosten (costNote)' },
      { field: 'eligibility_description', from: 'Zielgruppen (audiences) in Worten' },
      { field: 'minimum_age', from: 'Alter von (ageRange.from)' },
      { field: 'maximum_age', from: 'Alter bis (ageRange.to)' },
      { field: 'assured_date', from: 'Stand (reviewed): Datum der letzten Prüfung gegen die Quelle' },
      { field: 'last_modified', from: 'Stand (reviewed), als Zeitpunkt 00:00 UTC' },
      { field: 'phones', from: 'Telefon-Kanäle (channels mit kind: phone), mit Bezeichnung und Erreichbarkeit in Worten' },
      { field: 'schedules', from: 'Erreichbarkeit der Kanäle (channels[].hours und hoursNote); attending_type phone, online oder email' },
      { field: 'service_areas', from: 'Gebiet (area) und Orte (towns): einzelne Orte, „Kreis Unna“ oder „Deutschland“' },
      { field: 'service_at_locations', from: 'Anlaufstellen des Angebots (contacts), mit dem vollständigen Ort' },
      { field: 'languages', from: 'Sprachen (languages), ISO-639-1-Code und deutscher Name' },
      { field: 'organization', from: 'der Träger, ohne seine Orte' },
      { field: 'cost_options', from: 'Kosten (cost): kostenlos (Betrag 0 EUR), kostenpflichtig oder nach Einkommen gestaffelt' },
      { field: 'attributes', from: 'Themen, Zielgruppen, Lebensphasen, Zugangswege und Quellen als Begriffe der Taxonomien' },
    ],
  },
  {
    part: 'organizations',
    object: 'organization',
    what: 'ein Träger: Amt, Stadt, Wohlfahrtsverband, Verein, Klinik',
    fields: [
      { field: 'id', from: 'feste UUID aus dem Kurznamen der Organisation' },
      { field: 'name', from: 'Name (name)' },
      { field: 'alternate_name', from: 'Kurzname, wie man ihn sagt (shortName)' },
      { field: 'description', from: 'Kurzbeschreibung (summary)' },
      { field: 'website', from: 'Website (website)' },
      { field: 'uri', from: 'Seite der Organisation im Familienwegweiser' },
      { field: 'parent_organization_id', from: 'übergeordnete Organisation (parent)' },
      { field: 'locations', from: 'Anlaufstellen, die die Organisation betreibt' },
      { field: 'attributes', from: 'Art der Organisation und Quellen' },
    ],
  },
  {
    part: 'locations',
    object: 'location',
    what: 'eine Anlaufstelle mit Adresse oder Koordinaten',
    fields: [
      { field: 'id', from: 'feste UUID aus dem Kurznamen der Anlaufstelle' },
      { field: 'location_type', from: 'immer physical' },
      { field: 'name', from: 'Name (name)' },
      { field: 'description', from: 'Kurzbeschreibung (summary); bei Koordinaten der Ortsmitte der Hinweis „Lage ungefähr“' },
      { field: 'url', from: 'Website (website)' },
      { field: 'organization_id', from: 'Träger (organisation)' },
      { field: 'latitude', from: 'Breitengrad (geo.lat)' },
      { field: 'longitude', from: 'Längengrad (geo.lng)' },
      { field: 'external_identifier', from: 'Seite der Anlaufstelle im Familienwegweiser' },
      { field: 'external_identifier_type', from: 'immer „Seite im Familienwegweiser Kreis Unna“' },
      { field: 'addresses', from: 'Adresse (address): Straße, Ortsteil, Postleitzahl, Ort; Land DE, Bundesland Nordrhein-Westfalen' },
      { field: 'phones', from: 'Telefonnummern (phones) mit Bezeichnung' },
      { field: 'schedules', from: 'Öffnungszeiten (hours) als wöchentliche Regeln, Hinweis (hoursNote) als Beschreibung' },
      { field: 'languages', from: 'Sprachen, die dort gesprochen werden (languages)' },
      { field: 'accessibility', from: 'Barrierefreiheit (accessibility)' },
      { field: 'attributes', from: 'Art der Anlaufstelle, Genauigkeit der Koordinaten und Quellen' },
    ],
  },
  {
    part: 'serviceAtLocations',
    object: 'service_at_location',
    what: 'ein Angebot an einer Anlaufstelle',
    fields: [
      { field: 'id', from: 'feste UUID aus den Kurznamen von Angebot und Anlaufstelle' },
      { field: 'service_id', from: 'das Angebot' },
      { field: 'location_id', from: 'die Anlaufstelle' },
      { field: 'description', from: 'Titel des Angebots und Name der Anlaufstelle' },
      { field: 'location', from: 'die Anlaufstelle, vollständig' },
    ],
  },
  {
    part: 'taxonomyTerms',
    object: 'taxonomy_term',
    what: 'ein Begriff aus unseren Wortlisten oder eine Quelle',
    fields: [
      { field: 'id', from: 'feste UUID aus Wortliste und Begriff' },
      { field: 'code', from: 'Kurzname des Begriffs (id)' },
      { field: 'name', from: 'Bezeichnung (label) bzw. Titel der Quelle' },
      { field: 'description', from: 'Erklärung (description) bzw. Herausgeber, Datum und Inhalt der Quelle' },
      { field: 'taxonomy', from: 'Name der Wortliste, z. B. „Themen“' },
      { field: 'taxonomy_id', from: 'die Wortliste (taxonomy)' },
      { field: 'language', from: 'immer de (Deutsch)' },
      { field: 'term_uri', from: 'Seite des Begriffs im Familienwegweiser, wo es eine gibt' },
    ],
  },
];

/** The licence of the data. */
export const DATA_LICENCE = {
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  short: 'dl-de/by-2-0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
} as const;

