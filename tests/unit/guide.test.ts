import { describe, expect, it } from 'vitest';
import { buildGuide, type Guide } from '../../src/lib/guide/build.ts';
import { directory, guideInput, PHASES } from './guide-fixtures.ts';

const guideOf = (town: string, dir = directory()) => buildGuide(guideInput(dir, town));

/** The numbered parts in document order, as the page renders their headings. */
const headings = (g: Guide) => [g.jugendamt.part, g.contacts.part, ...g.phases.map((s) => s.part), ...(g.allPhases ? [g.allPhases.part] : []), g.quickHelp.part];

describe('buildGuide: numbering and contents', () => {
  for (const town of ['selm', 'holzwickede', 'kreis-unna']) {
    it(`${town}: parts are numbered 1, 2, 3 … without gaps, and the contents list the same numbers`, () => {
      const g = guideOf(town);
      const parts = headings(g);
      expect(parts.map((p) => p.no)).toEqual(parts.map((_, i) => i + 1));
      expect(parts.map((p) => p.anchor)).toEqual(parts.map((p) => `teil-${p.no}`));
      const numbered = g.toc.filter((t) => t.no !== undefined);
      expect(numbered.map((t) => [t.no, t.anchor, t.title])).toEqual(parts.map((p) => [p.no, p.anchor, p.title]));
      // "Quellen und Stand" is listed unnumbered just before the back page, which is last.
      expect(g.toc.at(-2)).toEqual({ anchor: 'quellen-stand', title: 'Quellen und Stand' });
      expect(g.toc.at(-1)).toMatchObject({ no: parts.length, title: 'Schnelle Hilfe: Notrufe und bundesweite Hotlines', note: 'letzte Seite' });
    });
  }

  it('gives "Für alle Lebensphasen" a number only when there are such offers', () => {
    const dir = directory({ withPredecessor: false });
    dir.offers.delete('elternkurs');
    dir.offers.delete('ohne-kontakt');
    const g = guideOf('holzwickede', dir);
    expect(g.allPhases).toBeUndefined();
    expect(g.quickHelp.part.no).toBe(PHASES.length + 3);
    expect(g.toc.map((t) => t.title)).not.toContain('Für alle Lebensphasen');
  });

  it('refers to an offer described earlier by the number of that part', () => {
    const g = guideOf('selm');
    const [pregnancy, baby] = g.phases;
    expect(pregnancy!.offers.map((o) => o.id)).toEqual(['hebammen-selm']);
    expect(baby!.seeAlso).toEqual([{ title: 'Hebammensprechstunde', partNo: pregnancy!.part.no }]);
    expect(baby!.part.count).toBe(2); // Babytreff described, Hebammensprechstunde referred to
  });
});

describe('buildGuide: counts', () => {
  it('counts contact points, current offers that serve the town, and the numbers of the back page', () => {
    const g = guideOf('selm');
    expect(g.counts).toEqual({ contacts: 3, offers: 5, quickHelp: 4 });
    expect(g.jugendamt.contact?.id).toBe('jugendamt-selm');
    expect(g.contacts.items.map((c) => c.id)).toEqual(['eb-unna', 'familienbuero-selm']);
    expect(g.contacts.part.count).toBe(2);
    const described = [...g.phases.flatMap((s) => s.offers), ...(g.allPhases?.offers ?? [])].map((o) => o.id);
    expect(described.sort()).toEqual(['babytreff', 'elternkurs', 'familienberatungsfuehrer-selm', 'hebammen-selm', 'ohne-kontakt']);
    expect(described).not.toContain('beendet');
  });

  it('cuts long parts and says how many more there are and where', () => {
    const g = buildGuide(guideInput(directory(), 'selm'), { contacts: 2, perPhase: 16, allPhases: 1, seeAlso: 16 });
    expect(g.counts.contacts).toBe(3); // the cover counts everything
    expect(g.contacts.items).toHaveLength(1);
    expect(g.contacts.more).toEqual({ count: 1, link: { path: '/orte/selm/anlaufstellen/', display: 'familien.example.org/orte/selm/anlaufstellen' } });
    expect(g.allPhases?.offers).toHaveLength(1);
    expect(g.allPhases?.more?.count).toBe(2);
    expect(g.allPhases?.more?.link.path).toBe('/orte/selm/');
  });
});

describe('buildGuide: wording per town', () => {
  const SUCCESSOR = /Nachfolger des Familienberatungsführers/;
  it('only the guide of Selm calls itself the successor of Selm’s Familienberatungsführer', () => {
    expect(guideOf('selm').publisher).toMatch(SUCCESSOR);
    expect(guideOf('holzwickede').publisher).not.toMatch(SUCCESSOR);
    expect(guideOf('kreis-unna').publisher).not.toMatch(SUCCESSOR);
    expect(guideOf('holzwickede').publisher).toBe('Herausgegeben mit „Brücken für Familien“, dem Familienwegweiser für den Kreis Unna. Erstellt am 30. November 2026 aus familien.example.org.');
  });

  it('does not claim the succession when the directory has no entry for the printed guide', () => {
    expect(guideOf('selm', directory({ withPredecessor: false })).publisher).not.toMatch(SUCCESSOR);
  });

  it('names the town or the district', () => {
    expect(guideOf('holzwickede')).toMatchObject({ title: 'Familienwegweiser Holzwickede', inTown: 'in Holzwickede' });
    expect(guideOf('kreis-unna').inTown).toBe('im Kreis Unna');
    expect(guideOf('holzwickede').contacts.part.title).toBe('Anlaufstellen in Holzwickede');
  });

  it('describes a contact point by where it sits and whom it serves', () => {
    const g = guideOf('holzwickede');
    expect(g.jugendamt.contact?.meta).toBe('Jugendamt · Kreis Unna · zuständig für Holzwickede, Kreis Unna');
    expect(g.contacts.items.find((c) => c.id === 'eb-unna')?.meta).toBe('Beratungsstelle · Sitz: unna, auch zuständig für Holzwickede');
  });
});

describe('buildGuide: entries in print form', () => {
  it('shows every offer completely, in a life phase or for all phases: free phone with hours, e-mail, places', () => {
    const g = guideOf('selm');
    const course = g.allPhases?.offers.find((o) => o.id === 'elternkurs');
    expect(course).toMatchObject({
      phones: [{ number: '+492303270', label: 'Anmeldung', free: true, hours: 'Montag 9:00 bis 12:00 Uhr' }],
      email: 'kurs@example.org',
      scope: 'kreisweit',
      contactHint: undefined,
    });
    const hebammen = g.phases[0]!.offers[0]!;
    expect(hebammen.places).toEqual([{ name: 'Jugendamt Selm', address: 'Adenauerplatz 2, 59379 Selm', phone: '+492592690' }]);
    const paten = g.allPhases?.offers.find((o) => o.id === 'ohne-kontakt');
    expect(paten?.contactHint).toBe('Kreis Unna, Familie und Jugend oder das Jugendamt');
  });

  it('lists only the places in or for the town under an offer, unless the town has none', () => {
    const babytreff = guideOf('holzwickede').phases[1]!.offers.find((o) => o.id === 'babytreff');
    expect(babytreff?.places.map((p) => p.name)).toEqual(['Erziehungsberatung Unna']);
  });

  it('notes a contact point without address, phone or website, but not the Jugendamt itself', () => {
    const g = guideOf('holzwickede');
    expect(g.jugendamt.contact?.missingNote).toBeUndefined();
    expect(g.contacts.items.find((c) => c.id === 'eb-unna')?.missingNote).toMatch(/fragen Sie beim Jugendamt nach/);
  });
});

describe('buildGuide: back page', () => {
  it('lists 110 and 112 from the directory, then the hotlines in groups without repeating a label that equals the title', () => {
    const { emergency, groups } = guideOf('selm').quickHelp;
    expect(emergency).toEqual([
      { label: 'Polizei-Notruf', number: '110' },
      { label: 'Feuerwehr und Rettungsdienst', number: '112' },
    ]);
    expect(groups.map((g) => g.hotlines.map((h) => h.id))).toEqual([['kinder-jugendtelefon'], ['elterntelefon']]);
    expect(groups[0]!.hotlines[0]!.phones).toEqual([{ number: '116111', label: undefined, free: true, hours: undefined }]);
    expect(groups[1]!.hotlines[0]!.phones[0]!.label).toBe('Beratung');
  });

  it('falls back to 110 and 112 when the directory has no emergency entries', () => {
    expect(guideOf('selm', directory({ withEmergency: false })).quickHelp.emergency).toEqual([
      { label: 'Polizei', number: '110' },
      { label: 'Feuerwehr und Rettungsdienst', number: '112' },
    ]);
  });

  it('cites the sources of every entry and gives the range of their review dates', () => {
    const g = guideOf('selm');
    expect(g.sources).toEqual(['Antrag – Kreis Unna (Dezember 2011)', 'Angaben der Betreiber – Betreiber (2024)']);
    expect(g.reviewedMonths).toEqual(['Dezember 2011', 'Mai 2019']);
  });

  it('gives a QR code path for the town, every entry and "Schnelle Hilfe"', () => {
    const g = guideOf('selm');
    expect(g.qrPaths).toContain('/orte/selm/');
    expect(g.qrPaths).toContain('/anlaufstellen/jugendamt-selm/');
    expect(g.qrPaths).toContain('/angebote/elternkurs/');
    expect(g.qrPaths).toContain('/schnelle-hilfe/');
  });
});
