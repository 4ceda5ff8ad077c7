/**
 * The search quality set (issue 13): what parents, young people and
 * professionals type, with the entries a good answer contains. A query is a hit
 * when one of `expect` is among the first five results (top 5), or the first
 * result (top 1). Crisis phrases also name the crisis situation whose panel
 * must show (content/vocabularies/crisis.yaml).
 *
 * Kinds: compound part, colloquial, misspelling, town + topic, crisis, professional, name.
 * The expected entries are real content; tests/search/query-set.test.ts fails
 * and names an entry that no longer exists.
 */
import { entryUrl } from '../../urls.ts';

export interface QueryCase {
  q: string;
  kind: 'compound' | 'colloquial' | 'typo' | 'town' | 'crisis' | 'professional' | 'name';
  /** Entry paths, any of which counts as a good answer. */
  expect: string[];
  /** Crisis situation id whose panel must show first. */
  crisis?: string;
}

const o = (slug: string) => entryUrl('offers', slug);
const c = (slug: string) => entryUrl('contacts', slug);
const n = (slug: string) => entryUrl('networks', slug);

export const QUERY_SET: QueryCase[] = [
  // Names and plain words
  { q: 'Nummer gegen Kummer', kind: 'name', expect: [o('nummer-gegen-kummer-elterntelefon'), o('nummer-gegen-kummer-kinder-jugendtelefon')] },
  { q: 'Elterntelefon', kind: 'name', expect: [o('nummer-gegen-kummer-elterntelefon')] },
  { q: 'Stadtteileltern', kind: 'name', expect: [o('stadtteileltern-luenen')] },
  { q: 'wellcome', kind: 'name', expect: [o('wellcome')] },
  { q: 'Kinderschutzbund', kind: 'name', expect: [c('kinderschutzbund-beratungsstelle'), o('dksb-beratung-therapie')] },
  { q: 'Schuldnerberatung', kind: 'name', expect: [c('schuldnerberatung-awo-unna')] },
  { q: 'Erziehungsberatung', kind: 'name', expect: [c('erziehungsberatung-kreis-unna'), c('erziehungsberatung-unna'), o('erziehungsberatung')] },
  { q: 'Frühförderung', kind: 'name', expect: [o('fruehfoerderung'), c('fruehfoerderstelle')] },
  { q: 'Bildungs- und Teilhabepaket', kind: 'name', expect: [o('bildungs-und-teilhabepaket')] },
  { q: 'TelefonSeelsorge', kind: 'name', expect: [o('telefonseelsorge')] },
  { q: 'Jobcenter', kind: 'name', expect: [c('jobcenter-kreis-unna'), o('jobcenter-beratung-familien')] },
  { q: 'Familienhebamme', kind: 'name', expect: [o('familienhebammen')] },
  // Compound parts (head or tail of a compound in the site)
  { q: 'Hebamme', kind: 'compound', expect: [o('familienhebammen'), c('katharinen-hospital-geburtshilfe')] },
  { q: 'hebammen', kind: 'compound', expect: [o('familienhebammen')] },
  { q: 'Zentrum', kind: 'compound', expect: [o('familienzentren'), o('keep-familienzentrum'), o('sozialpaediatrisches-zentrum')] },
  { q: 'Beratungsstelle', kind: 'compound', expect: [c('erziehungsberatung-kreis-unna'), c('kinderschutzbund-beratungsstelle'), c('schulpsychologische-beratungsstelle')] },
  { q: 'Konfliktberatung', kind: 'compound', expect: [o('schwangerschaftskonfliktberatung'), c('schwangerschaftskonfliktberatung')] },
  { q: 'Familien', kind: 'compound', expect: [o('familienhebammen'), o('familienzentren'), o('familienpaten')] },
  { q: 'Paten', kind: 'compound', expect: [o('familienpaten')] },
  { q: 'Telefon', kind: 'compound', expect: [o('nummer-gegen-kummer-elterntelefon'), o('nummer-gegen-kummer-kinder-jugendtelefon'), o('telefonseelsorge')] },
  { q: 'Gesundheitsdienst', kind: 'compound', expect: [c('kinder-jugendgesundheitsdienst'), o('sprechstunden-kinder-jugendgesundheitsdienst')] },
  { q: 'Kindergesundheit', kind: 'compound', expect: [c('kontaktstelle-kindergesundheit-kamen'), o('kontaktstelle-kindergesundheit-kamen')] },
  { q: 'Lernhilfe', kind: 'compound', expect: [o('hausaufgaben-lernhilfen')] },
  // Colloquial: what parents and young people type
  { q: 'Baby schreit', kind: 'colloquial', expect: [o('nummer-gegen-kummer-elterntelefon'), o('familienhebammen'), o('wellcome')] },
  { q: 'schreien', kind: 'colloquial', expect: [o('nummer-gegen-kummer-elterntelefon'), o('familienhebammen'), o('wellcome')] },
  { q: 'Schreibaby', kind: 'colloquial', expect: [o('nummer-gegen-kummer-elterntelefon'), o('familienhebammen'), o('wellcome')] },
  { q: 'überfordert', kind: 'colloquial', expect: [o('nummer-gegen-kummer-elterntelefon'), o('erziehungsberatung'), o('telefonseelsorge')] },
  { q: 'Streit mit meiner Tochter', kind: 'colloquial', expect: [o('erziehungsberatung'), c('erziehungsberatung-kreis-unna'), c('erziehungsberatung-unna'), o('nummer-gegen-kummer-elterntelefon')] },
  { q: 'Wutanfall', kind: 'colloquial', expect: [o('nummer-gegen-kummer-elterntelefon'), o('erziehungsberatung'), c('erziehungsberatung-unna')] },
  { q: 'Pubertät', kind: 'colloquial', expect: [o('nummer-gegen-kummer-elterntelefon'), o('erziehungsberatung'), o('nummer-gegen-kummer-kinder-jugendtelefon')] },
  { q: 'Mobbing', kind: 'colloquial', expect: [o('cybermobbing-grundschulen'), o('nummer-gegen-kummer-kinder-jugendtelefon')] },
  { q: 'Kummer', kind: 'colloquial', expect: [o('nummer-gegen-kummer-kinder-jugendtelefon'), o('telefonseelsorge')] },
  { q: 'kein Geld für Klassenfahrt', kind: 'colloquial', expect: [o('bildungs-und-teilhabepaket')] },
  { q: 'Schulden', kind: 'colloquial', expect: [c('schuldnerberatung-awo-unna')] },
  { q: 'schwanger', kind: 'colloquial', expect: [o('schwangerschaftskonfliktberatung'), o('hilfetelefon-schwangere-in-not'), c('schwangerschaftskonfliktberatung')] },
  { q: 'Kind krank am Wochenende', kind: 'colloquial', expect: [o('aerztlicher-bereitschaftsdienst-116117')] },
  { q: 'Tagesmutter', kind: 'colloquial', expect: [o('fachberatung-kindertagespflege'), o('kindertagesbetreuung')] },
  { q: 'Kitaplatz', kind: 'colloquial', expect: [o('kindertagesbetreuung')] },
  { q: 'Kind spricht nicht', kind: 'colloquial', expect: [o('fruehfoerderung'), o('sprachfoerderung'), o('sozialpaediatrisches-zentrum')] },
  { q: 'alleinerziehend', kind: 'colloquial', expect: [o('keep-alleinerziehendenberatung'), o('beratung-alleinerziehende-junge-familien'), o('gute-arbeit-fuer-alleinerziehende')] },
  { q: 'Deutsch lernen', kind: 'colloquial', expect: [o('sprachfoerderung'), o('griffbereit'), o('rucksack'), o('stadtteileltern-luenen')] },
  { q: 'Trennung', kind: 'colloquial', expect: [o('erziehungsberatung'), c('erziehungsberatung-kreis-unna'), c('erziehungsberatung-unna')] },
  // Misspellings
  { q: 'Kinderschutzbunt', kind: 'typo', expect: [c('kinderschutzbund-beratungsstelle'), o('dksb-beratung-therapie')] },
  { q: 'Erziehungsberatnug', kind: 'typo', expect: [c('erziehungsberatung-kreis-unna'), c('erziehungsberatung-unna'), o('erziehungsberatung')] },
  { q: 'Hebame', kind: 'typo', expect: [o('familienhebammen'), c('katharinen-hospital-geburtshilfe')] },
  { q: 'Jugenamt', kind: 'typo', expect: [o('allgemeiner-sozialer-dienst'), c('jugendamt-kreis-unna'), c('jugendamt-unna')] },
  { q: 'Schuldnerberatng', kind: 'typo', expect: [c('schuldnerberatung-awo-unna')] },
  { q: 'Frühfördrung', kind: 'typo', expect: [o('fruehfoerderung'), c('fruehfoerderstelle')] },
  // Town + topic, town written as a word or a postcode
  { q: 'Erziehungsberatung Lünen', kind: 'town', expect: [o('erziehungsberatung'), c('erziehungsberatung-kreis-unna')] },
  { q: 'Hebamme Selm', kind: 'town', expect: [o('familienhebammen')] },
  { q: 'alleinerziehend Unna', kind: 'town', expect: [o('keep-alleinerziehendenberatung'), o('gute-arbeit-fuer-alleinerziehende')] },
  { q: 'Jugendamt Selm', kind: 'town', expect: [c('jugendamt-selm')] },
  { q: 'Familienbüro Lünen', kind: 'town', expect: [c('familienbuero-luenen')] },
  { q: 'Familienzentrum Kamen', kind: 'town', expect: [o('familienzentren'), c('familienservice-kamen')] },
  { q: 'Hilfe Bönen', kind: 'town', expect: [o('dksb-beratung-therapie'), o('allgemeiner-sozialer-dienst'), c('jugendamt-kreis-unna')] },
  { q: 'Schule Lünen', kind: 'town', expect: [o('hausaufgaben-lernhilfen'), o('kompetenzagentur-luenen-selm'), o('schueler-online')] },
  { q: 'Erziehungsberatung 59379', kind: 'town', expect: [o('erziehungsberatung')] },
  { q: 'Kita Holzwickede', kind: 'town', expect: [o('kindertagesbetreuung'), o('familienzentren')] },
  { q: 'Kinderschutzbund Unna', kind: 'town', expect: [c('kinderschutzbund-beratungsstelle'), o('dksb-beratung-therapie')] },
  // Crisis phrases: the panel first, and no empty answer
  { q: 'mein vater schlägt mich', kind: 'crisis', crisis: 'gewalt-zuhause', expect: [o('nummer-gegen-kummer-kinder-jugendtelefon'), o('polizei-notruf-110')] },
  { q: 'geschlagen', kind: 'crisis', crisis: 'gewalt-zuhause', expect: [o('nummer-gegen-kummer-kinder-jugendtelefon'), o('dksb-beratung-therapie'), o('polizei-notruf-110')] },
  { q: 'Gewalt zuhause', kind: 'crisis', crisis: 'gewalt-zuhause', expect: [o('hilfetelefon-gewalt-gegen-frauen'), o('polizei-notruf-110')] },
  { q: 'ich will nicht mehr leben', kind: 'crisis', crisis: 'suizid', expect: [o('telefonseelsorge')] },
  { q: 'Angst vor meinem Mann', kind: 'crisis', crisis: 'gewalt-partner', expect: [o('hilfetelefon-gewalt-gegen-frauen')] },
  { q: 'sexueller Missbrauch', kind: 'crisis', crisis: 'missbrauch', expect: [o('hilfetelefon-sexueller-missbrauch')] },
  { q: 'ungewollt schwanger', kind: 'crisis', crisis: 'schwanger-in-not', expect: [o('hilfetelefon-schwangere-in-not'), o('schwangerschaftskonfliktberatung')] },
  // Professionals
  { q: 'Kinderschutzfachkraft', kind: 'professional', expect: [o('kinderschutzfachkraft-fortbildung'), n('facharbeitskreis-kinderschutzfachkraefte-kreis-unna')] },
  { q: '§ 8a', kind: 'professional', expect: [o('allgemeiner-sozialer-dienst'), o('kinderschutzfachkraft-fortbildung'), o('insoweit-erfahrene-fachkraft-selm')] },
  { q: 'ASD', kind: 'professional', expect: [o('allgemeiner-sozialer-dienst')] },
  { q: 'Frühe Hilfen Selm', kind: 'professional', expect: [n('ak-fruehe-hilfen-selm')] },
  { q: 'Kinderschutz Holzwickede', kind: 'professional', expect: [n('ak-kinderschutz-holzwickede'), c('kinderschutzbund-beratungsstelle')] },
  { q: 'Fachbereich Familie und Jugend', kind: 'professional', expect: [c('jugendamt-kreis-unna')] },
];
