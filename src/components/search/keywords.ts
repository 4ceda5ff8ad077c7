/**
 * Build-time data of the keyword index (/suche/stichwoerter/): where each
 * vocabulary word, crisis phrase and town name leads.
 */
import { isDistrictTown } from '../../lib/area.ts';
import { getCollection } from 'astro:content';
import { loadDirectory } from '../../lib/entries.ts';
import { PAGES, entryUrl, lifePhaseUrl, topicUrl } from '../../lib/urls.ts';
import { buildKeywordIndex, type KeywordSource } from '../../lib/search/keyword-index.ts';

export async function keywordIndex() {
  const dir = await loadDirectory();
  const sources: KeywordSource[] = [];
  for (const t of (await getCollection('crisis')).map((c) => c.data)) {
    sources.push({ target: `Sofort Hilfe: ${t.label}`, url: PAGES.quickHelp, words: [t.label, ...t.phrases] });
  }
  for (const t of dir.topics.values()) sources.push({ target: `Thema: ${t.data.label}`, url: topicUrl(t.id), words: [t.data.label, ...t.data.synonyms] });
  for (const t of dir.lifePhases.values()) sources.push({ target: `Lebensphase: ${t.data.label}`, url: lifePhaseUrl(t.id), words: [t.data.label, ...t.data.synonyms] });
  for (const t of dir.contactKinds.values()) sources.push({ target: 'Alle Anlaufstellen', url: PAGES.contacts, words: [t.data.label, ...t.data.synonyms] });
  for (const t of dir.towns.values()) {
    if (isDistrictTown(t.data)) continue;
    sources.push({ target: `Ort: ${t.data.name}`, url: entryUrl('towns', t.id), words: [t.data.name, ...t.data.postcodes] });
  }
  return buildKeywordIndex(sources);
}
