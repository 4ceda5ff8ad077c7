/**
 * Route data of the topic and life-phase pages in another language
 * (/<lang>/themen/…, /<lang>/lebensphasen/<phase>/): the German route data
 * (`topicPage`, `chainDataOf`) with term names from
 * content/translations/<lang>/vocabularies.yaml and every offer as `OfferText`
 * (translated title and summary, or the German ones linking the German page).
 * The phase × town pages and the chain overview stay German and are linked.
 * Pure functions of a loaded `Directory`; pages only render the result.
 */
import { fill, formatNumber, LANGUAGE_INFO, ui, type TranslatedLang } from '../i18n/index.ts';
import { localizePath } from '../i18n/urls.ts';
import { SCOPE_ORDER } from './area.ts';
import { groupByTopic, offersInPhase, offersInPhaseForTown } from './chain/index.ts';
import { topicAnchor } from './chain/urls.ts';
import type { Directory, OfferEntry, TermEntry } from './directory/types.ts';
import { collator } from './format.ts';
import { memoPerObject } from './index-by.ts';
import type { Crumb } from './jsonld.ts';
import { chainDataOf } from './routes/life-phase.ts';
import type { OfferCard } from './routes/offer.ts';
import { topicPage } from './routes/topic.ts';
import { offerText, type I18nContext, type OfferText } from './translated.ts';
import { lifePhaseTownUrl, lifePhaseUrl, PAGES, topicUrl } from './urls.ts';
import { loadVocabularyTranslations, termTexts, type TermTexts, type TermTranslation } from './vocabulary-translations.ts';

/** The checked vocabulary translations of the build (throws when a term is missing). The page functions take other term texts for tests. */
export const termTextsOf = memoPerObject(
  (dir: Directory): TermTexts => termTexts(loadVocabularyTranslations(), { topics: dir.topics.keys(), lifePhases: dir.lifePhases.keys() }),
);

/** What every translated term page shares: head, honesty notice and the German version. */
export interface TermPageBase {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  /** Path of the German version of the page. */
  germanPath: string;
  /** true when a translator checked the dictionary, the term and every translated offer on the page. */
  reviewed: boolean;
  /** Some offers are listed with their German title and summary. */
  anyGerman: boolean;
}

/** A group of offers with a heading (a town, "in several towns", a topic …). */
export interface OfferTextGroup {
  /** Anchor id (the German page's anchor). */
  id: string;
  heading: string;
  offers: OfferText[];
}

export interface TopicTile {
  href: string;
  label: string;
  description: string;
  count: string;
}

const reviewedAll = (lang: TranslatedLang, terms: readonly TermTranslation[], offers: readonly OfferText[]): boolean =>
  LANGUAGE_INFO[lang].uiReviewed && terms.every((t) => t.reviewed) && offers.every((o) => o.reviewed);

const offerCountIn = (lang: TranslatedLang, n: number): string => fill(ui(lang).offerCount, { n: formatNumber(lang, n) });

/** /<lang>/themen/: every topic with its translated name, description and number of offers. */
export function translatedTopicsIndex(dir: Directory, lang: TranslatedLang, texts: TermTexts = termTextsOf(dir)): TermPageBase & { tiles: TopicTile[] } {
  const t = ui(lang);
  const german = topicsCounts(dir);
  const terms = [...dir.topics.keys()].map((id) => ({ id, tr: texts.term(lang, 'topics', id) }));
  return {
    title: t.topicsMetaTitle,
    description: t.topicsDescription,
    breadcrumbs: [{ name: t.navTopics, path: localizePath(lang, PAGES.topics) }],
    germanPath: PAGES.topics,
    reviewed: reviewedAll(lang, terms.map((x) => x.tr), []),
    anyGerman: false,
    tiles: terms.map(({ id, tr }) => ({ href: localizePath(lang, topicUrl(id)), label: tr.label, description: tr.description, count: offerCountIn(lang, german.get(id) ?? 0) })),
  };
}

/** Number of offers per topic (as the German index counts them). */
const topicsCounts = memoPerObject((dir: Directory): Map<string, number> => new Map([...dir.topics.values()].map((term) => [term.id, topicPage(dir, term).total])));

export interface TranslatedTopicPage extends TermPageBase {
  label: string;
  /** The German name of the topic (shown, marked lang="de"). */
  germanLabel: string;
  text: string;
  total: number;
  groups: OfferTextGroup[];
  /** The German page lists networks of professionals too. */
  networks: number;
}

/** /<lang>/themen/<topic>/: the offers of the German topic page, in the same groups. */
export function translatedTopicPage(dir: Directory, ctx: I18nContext, lang: TranslatedLang, term: TermEntry<'topics'>, texts: TermTexts = termTextsOf(dir)): TranslatedTopicPage {
  const t = ui(lang);
  const tr = texts.term(lang, 'topics', term.id);
  const german = topicPage(dir, term);
  const g = german.groups;
  const offersOf = (cards: readonly OfferCard[]) => cards.map((c) => offerText(ctx, lang, c.entry));
  const groups: OfferTextGroup[] = [
    { id: 'mehrere-orte', heading: t.topicSeveral, offers: offersOf(g.several) },
    ...g.byTown.map((town) => ({ id: town.id, heading: town.name, offers: offersOf(town.cards) })),
    { id: 'kreisweit', heading: t.topicDistrict, offers: offersOf(g.district) },
    { id: 'bundesweit', heading: t.townNationwide, offers: offersOf(g.nationwide) },
  ].filter((group) => group.offers.length > 0);
  const all = groups.flatMap((group) => group.offers);
  const path = topicUrl(term.id);
  return {
    title: fill(t.topicMetaTitle, { topic: tr.label }),
    description: fill(t.topicDescription, { topic: tr.label }),
    breadcrumbs: [
      { name: t.navTopics, path: localizePath(lang, PAGES.topics) },
      { name: tr.label, path: localizePath(lang, path) },
    ],
    germanPath: path,
    reviewed: reviewedAll(lang, [tr], all),
    anyGerman: all.some((o) => !o.translated),
    label: tr.label,
    germanLabel: term.data.label,
    text: tr.description,
    total: german.total,
    groups,
    networks: german.networks.length,
  };
}

export interface PhaseTile {
  id: string;
  href: string;
  label: string;
  description: string;
  count: string;
}

/** /<lang>/lebensphasen/: the phases in order with their number of offers; the overview stays German. */
export function translatedPhasesIndex(dir: Directory, lang: TranslatedLang, texts: TermTexts = termTextsOf(dir)): TermPageBase & { phases: PhaseTile[]; overviewUrl: string } {
  const t = ui(lang);
  const { phases, offers } = chainDataOf(dir);
  const tiles = phases.map((p) => ({ p, tr: texts.term(lang, 'lifePhases', p.id) }));
  return {
    title: t.phasesMetaTitle,
    description: t.phasesDescription,
    breadcrumbs: [{ name: t.navLifePhases, path: localizePath(lang, PAGES.lifePhases) }],
    germanPath: PAGES.lifePhases,
    reviewed: reviewedAll(lang, tiles.map((x) => x.tr), []),
    anyGerman: false,
    phases: tiles.map(({ p, tr }) => ({
      id: p.id,
      href: localizePath(lang, lifePhaseUrl(p.id)),
      label: tr.label,
      description: tr.description,
      count: offerCountIn(lang, offersInPhase(offers, p).length),
    })),
    overviewUrl: PAGES.chainOverview,
  };
}

export interface TranslatedPhasePage extends TermPageBase {
  kicker: string;
  label: string;
  germanLabel: string;
  text: string;
  total: number;
  count: string;
  /** Offers by topic (topic order of the vocabulary); anchors as on the German page. */
  groups: (OfferTextGroup & { topic: string; topicHref: string })[];
  /** The German phase × town pages. */
  towns: { name: string; href: string; count: number }[];
  /** Neighbouring phases, label with "Zurück:" / "Weiter:" in the language. */
  prev?: { href: string; label: string } | undefined;
  next?: { href: string; label: string } | undefined;
}

/** /<lang>/lebensphasen/<phase>/: the phase's offers grouped by topic, local offers first. */
export function translatedPhasePage(dir: Directory, ctx: I18nContext, lang: TranslatedLang, phaseId: string, texts: TermTexts = termTextsOf(dir)): TranslatedPhasePage {
  const t = ui(lang);
  const { phases, towns, offers, topics } = chainDataOf(dir);
  const index = phases.findIndex((p) => p.id === phaseId);
  const phase = phases[index];
  if (!phase) throw new Error(`Lebensphase „${phaseId}“ gibt es nicht.`);
  const tr = texts.term(lang, 'lifePhases', phase.id);
  const list = offersInPhase(offers, phase);
  const order = (o: OfferEntry) => SCOPE_ORDER[o.data.area];
  const groups = groupByTopic(list, topics).map((g) => ({
    id: topicAnchor(g.topic),
    topic: g.topic,
    heading: texts.term(lang, 'topics', g.topic).label,
    topicHref: localizePath(lang, topicUrl(g.topic)),
    offers: g.offers
      .map((o) => o.entry)
      .sort((a, b) => order(a) - order(b) || collator.compare(a.data.title, b.data.title))
      .map((o) => offerText(ctx, lang, o)),
  }));
  const all = groups.flatMap((g) => g.offers);
  const neighbour = (p: (typeof phases)[number] | undefined, template: string) =>
    p ? { href: localizePath(lang, lifePhaseUrl(p.id)), label: fill(template, { phase: texts.term(lang, 'lifePhases', p.id).label }) } : undefined;
  const path = lifePhaseUrl(phase.id);
  return {
    title: fill(t.phaseMetaTitle, { phase: tr.label }),
    description: fill(t.phaseDescription, { phase: tr.label }),
    breadcrumbs: [
      { name: t.navLifePhases, path: localizePath(lang, PAGES.lifePhases) },
      { name: tr.label, path: localizePath(lang, path) },
    ],
    germanPath: path,
    reviewed: reviewedAll(lang, [tr, ...groups.map((g) => texts.term(lang, 'topics', g.topic))], all),
    anyGerman: all.some((o) => !o.translated),
    kicker: fill(t.phaseKicker, { n: formatNumber(lang, index + 1), total: formatNumber(lang, phases.length) }),
    label: tr.label,
    germanLabel: phase.label,
    text: tr.description,
    total: list.length,
    count: offerCountIn(lang, list.length),
    groups,
    towns: towns.map((town) => ({ name: town.data.name, href: lifePhaseTownUrl(phase.id, town.id), count: offersInPhaseForTown(offers, phase, town.id).length })),
    prev: neighbour(phases[index - 1], t.phasePrev),
    next: neighbour(phases[index + 1], t.phaseNext),
  };
}
