/**
 * The transitions of the prevention chain, as the sources describe them:
 * "Junge, besonders belastete Mütter erhalten gezielte Unterstützungen bei den
 * Übergängen vom Frauenarzt zur Entbindung und danach über den Eintritt in die
 * Kita bis zur Grundschule" (application 2011, 7.5.2; also 7.1.4), plus the
 * transitions to secondary school and into training that 6.4.1 ("Übergänge
 * Ü1–Ü3") and 6.4.3 (Übergangsmanagement Schule – Beruf) name.
 *
 * Each helper cites its section. `offers`, `contacts` and `networks` are slugs
 * the page links to when such an entry exists; missing ones are left out.
 */

export interface TransitionHelper {
  /** Who helps, as a short German name. */
  who: string;
  /** How they help across the transition, in one plain sentence. */
  how: string;
  /** Source document slug and section. */
  source: { document: string; section: string };
  offers?: string[];
  contacts?: string[];
  networks?: string[];
}

export interface Transition {
  id: string;
  /** Phase before the transition (undefined: the chain's start). */
  from: string | undefined;
  /** Phase after the transition. */
  to: string;
  /** German title, e.g. "Von der Frauenärztin zur Geburt". */
  title: string;
  helpers: TransitionHelper[];
}

const ANTRAG = 'antrag-praeventionsketten-2011';
const DKSB = 'kooperation-kinderschutzbund';

export const TRANSITIONS: Transition[] = [
  {
    id: 'frauenarzt-geburt',
    from: undefined,
    to: 'schwangerschaft',
    title: 'Von der Frauenärztin oder dem Frauenarzt zur Geburt',
    helpers: [
      {
        who: 'Arbeitskreis Frühe Hilfen Selm',
        how: 'Die Fachkräfte besuchen die umliegenden Geburtskliniken und die niedergelassenen Frauenärztinnen und Frauenärzte, damit werdende Eltern die Hilfen vor Ort kennen; der gemeinsame Flyer „Gemeinsam für Familien“ liegt dort aus.',
        source: { document: ANTRAG, section: '6.5.4' },
        networks: ['arbeitskreis-fruehe-hilfen-selm', 'ak-fruehe-hilfen-selm', 'netzwerk-fruehe-hilfen-selm'],
      },
      {
        who: 'Schwangerschaftskonfliktberatungsstelle',
        how: 'Sie arbeitet in den Arbeitskreisen Kinderschutz der Städte mit und stellt dort vor, was sie für Schwangere tun kann.',
        source: { document: ANTRAG, section: '6.5.1' },
        contacts: ['schwangerschaftskonfliktberatung'],
      },
      {
        who: 'Katharinen-Hospital Unna, Geburtshilfe und Elternschule',
        how: 'Die Geburtsklinik hat mit den Jugendämtern und dem Kinderschutzbund eine Kooperationsvereinbarung zum Kinderschutz geschlossen; ihre Elternschule bereitet auf die Geburt vor.',
        source: { document: ANTRAG, section: '6.5.2' },
        offers: ['elternschule-katharinen-hospital'],
        contacts: ['katharinen-hospital-geburtshilfe'],
      },
    ],
  },
  {
    id: 'geburt-baby',
    from: 'schwangerschaft',
    to: 'baby-kleinkind',
    title: 'Von der Geburt in die ersten Lebensjahre',
    helpers: [
      {
        who: 'KinderZUKUNFT NRW',
        how: 'Eine Hebamme spricht als Koordinatorin auf der Mutter-Kind-Station alle Eltern direkt nach der Geburt an und stellt bei Bedarf den Kontakt zu einer Familienhebamme, zum Jugendamt oder zu anderen Diensten her – auch nach dem Verlassen der Klinik.',
        source: { document: ANTRAG, section: '6.6.3' },
        offers: ['kinderzukunft-nrw', 'familienhebammen'],
      },
      {
        who: 'Familienbüros der Jugendämter',
        how: 'Nach der Geburt bekommen alle Eltern einen Glückwunschbrief und das Angebot eines Besuchs zu Hause, mit Informationen rund um das Baby und einem Elternbegleitbuch.',
        source: { document: ANTRAG, section: '6.6.5' },
        offers: ['familienbesuchsdienst', 'elternbegleitbuecher'],
      },
    ],
  },
  {
    id: 'kleinkind-kita',
    from: 'baby-kleinkind',
    to: 'kita-zeit',
    title: 'In die Kita oder Kindertagespflege',
    helpers: [
      {
        who: 'Familienbüros: Fachberatung für Kindertageseinrichtungen und Kindertagespflege',
        how: 'Die Familienbüros beraten zur Betreuung in Kita und Kindertagespflege.',
        source: { document: ANTRAG, section: '6.6.5' },
        offers: ['fachberatung-kindertageseinrichtungen', 'fachberatung-kindertagespflege'],
      },
      {
        who: 'Familienzentren',
        how: 'Die Familienzentren verbinden Kita, Kindertagespflege, Familienbildung und Beratung im Stadtteil.',
        source: { document: ANTRAG, section: '6.6.4' },
        offers: ['familienzentren'],
      },
      {
        who: 'KEEP – Königsborner Ein-Eltern-Projekt',
        how: 'Das Familienzentrum in Unna-Königsborn betreut Kinder ab vier Monaten und entwickelt Betreuung gemeinsam mit den Eltern, auch mit der Tagespflegevermittlung des Jugendamts.',
        source: { document: ANTRAG, section: '6.6.1' },
        offers: ['keep-familienzentrum'],
      },
    ],
  },
  {
    id: 'kita-grundschule',
    from: 'kita-zeit',
    to: 'grundschule',
    title: 'Von der Kita in die Grundschule',
    helpers: [
      {
        who: 'Regionales Bildungsnetzwerk Kreis Unna',
        how: 'Kitas und Grundschulen arbeiten in einem gemeinsamen Netzwerk; für den Wechsel wurde ein Übergabeprotokoll von der Kita zur Grundschule entwickelt.',
        source: { document: ANTRAG, section: '6.4.1' },
        networks: ['regionales-bildungsnetzwerk', 'bildungsnetzwerk-kreis-unna', 'regionales-bildungsnetzwerk-kreis-unna'],
        contacts: ['regionales-bildungsbuero'],
      },
      {
        who: 'Stadtteileltern Lünen',
        how: 'Ehrenamtliche Stadtteileltern an drei Familienzentren und einer Grundschule bauen Familien mit Zuwanderungsgeschichte Brücken zu Bildungs- und Förderangeboten.',
        source: { document: ANTRAG, section: '6.6.8' },
        offers: ['stadtteileltern-luenen'],
      },
    ],
  },
  {
    id: 'grundschule-weiterfuehrend',
    from: 'grundschule',
    to: 'jugend',
    title: 'Von der Grundschule in die weiterführende Schule',
    helpers: [
      {
        who: 'Schüler-Online',
        how: 'Die Anmeldung an den weiterführenden Schulen läuft kreisweit über ein gemeinsames Verfahren im Internet.',
        source: { document: ANTRAG, section: '6.4.1' },
        offers: ['schueler-online'],
      },
      {
        who: 'Kinderschutzbund: Cybermobbing an Grundschulen',
        how: 'In den 4. Klassen erfahren Kinder, was Cybermobbing ist und wer ihnen hilft – bevor sie mit dem Wechsel oft ihr erstes eigenes Handy bekommen.',
        source: { document: DKSB, section: '4 a' },
        offers: ['cybermobbing-grundschulen'],
      },
    ],
  },
  {
    id: 'schule-beruf',
    from: 'jugend',
    to: 'uebergang-beruf',
    title: 'Von der Schule in Ausbildung und Beruf',
    helpers: [
      {
        who: 'Jobcenter Kreis Unna: Ausbildungsstellenvermittlung und Schülerbeauftragte',
        how: 'Für den Übergang von der Schule in den Beruf gibt es im Jobcenter eigene Ausbildungsstellenvermittlerinnen und -vermittler und eine Schülerbeauftragte.',
        source: { document: ANTRAG, section: '6.4.3' },
        offers: ['schuelerbeauftragte-jobcenter'],
      },
      {
        who: 'Kontaktstelle für Jugendliche mit Problemen in Schule und Ausbildung, Kamen',
        how: 'In der Jugendfreizeitstätte Kamen bekommen Jugendliche, die die Schule schwänzen oder die Ausbildung abbrechen wollen, eine Vertrauensperson und einen eigenen Plan.',
        source: { document: ANTRAG, section: '6.5.6' },
        offers: ['kontaktstelle-schulabbrecher-kamen'],
        contacts: ['kontaktstelle-schulabbrecher-kamen'],
      },
    ],
  },
];

/** The transition into a phase and the one out of it. */
export function transitionsOf(phase: string): { into: Transition | undefined; out: Transition | undefined } {
  return { into: TRANSITIONS.find((t) => t.to === phase), out: TRANSITIONS.find((t) => t.from === phase) };
}
