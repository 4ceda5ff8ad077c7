/** URLs of the chain's pages (German, stable). */
export const lifePhasesUrl = '/lebensphasen/';
export const overviewUrl = '/lebensphasen/uebersicht/';
export const phaseUrl = (phase: string): string => `/lebensphasen/${phase}/`;
/** A phase's offers for one town: the filter without JavaScript. */
export const phaseTownUrl = (phase: string, town: string): string => `/lebensphasen/${phase}/${town}/`;
/** Anchor of a topic group on a phase page. */
export const topicAnchor = (topic: string): string => `thema-${topic}`;
export const wegweiserUrl = (town: string): string => `/orte/${town}/wegweiser/`;
export const wegweiserPdfUrl = (town: string): string => `/wegweiser/${town}.pdf`;
export const practicesTownUrl = (town: string): string => `/praxisbeispiele/ort/${town}/`;
export const practicesTopicUrl = (topic: string): string => `/praxisbeispiele/thema/${topic}/`;
