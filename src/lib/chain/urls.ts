/** URLs of the chain's pages: see src/lib/urls.ts. */
export { lifePhaseUrl as phaseUrl, lifePhaseTownUrl as phaseTownUrl, guideUrl as wegweiserUrl, guidePdfUrl as wegweiserPdfUrl, practicesTownUrl, practicesTopicUrl } from '../urls.ts';
import { PAGES } from '../urls.ts';
export const lifePhasesUrl = PAGES.lifePhases;
export const overviewUrl = PAGES.chainOverview;
/** Anchor of a topic group on a phase page. */
export const topicAnchor = (topic: string): string => `thema-${topic}`;
