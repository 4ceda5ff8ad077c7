/**
 * The prevention chain over the built site: phase pages list exactly the
 * offers of their phase, the overview's counts equal the lists they link to,
 * every town page shows its chain and links its guide, every guide holds all
 * of the town's contact points, and the indicator charts carry their numbers.
 *
 * Expectations come from the content files (frontmatter read with `yaml`) and
 * the pure rules in src/lib/chain/, not from the pages under test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, assertBuilt } from '../../src/lib/dev/dist.ts';
import { isCurrent, offerInPhase, offersInPhaseForTown, type OfferLike, type PhaseLike } from '../../src/lib/chain/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface RawOffer extends OfferLike {
  title: string;
  indicators?: { label: string; values: { year: number; kind: string; value: number | null }[] }[];
}
interface RawContact {
  id: string;
  name: string;
  town: string;
  responsibleFor: string[];
}
interface RawTown {
  id: string;
  name: string;
  kind: string;
  jugendamt: string;
}

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? (parse(m[1]!) as Record<string, unknown>) : {};
}
function collection<T>(name: string, map: (id: string, d: Record<string, unknown>) => T): T[] {
  const dir = join(ROOT, 'content', name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f))
    .map((f) => map(f.replace(/\.mdx?$/, ''), frontmatter(join(dir, f))));
}

let phases: (PhaseLike & { label: string })[] = [];
let offers: RawOffer[] = [];
let contacts: RawContact[] = [];
let towns: RawTown[] = [];

const html = (path: string): string => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const offersOn = (page: string): Set<string> => new Set([...page.matchAll(/data-offer="([^"]+)"/g)].map((m) => m[1]!));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

beforeAll(() => {
  assertBuilt();
  phases = (parse(readFileSync(join(ROOT, 'content/vocabularies/life-phases.yaml'), 'utf8')) as (PhaseLike & { label: string })[]).sort(
    (a, b) => a.order - b.order,
  );
  offers = collection('offers', (id, d) => ({
    id,
    title: String(d.title),
    area: d.area as OfferLike['area'],
    towns: (d.towns as string[]) ?? [],
    lifePhases: (d.lifePhases as string[]) ?? [],
    ageRange: d.ageRange as OfferLike['ageRange'],
    topics: (d.topics as string[]) ?? [],
    contacts: (d.contacts as string[]) ?? [],
    status: d.status as OfferLike['status'],
    indicators: d.indicators as RawOffer['indicators'],
  }));
  contacts = collection('contacts', (id, d) => ({ id, name: String(d.name), town: String(d.town), responsibleFor: (d.responsibleFor as string[]) ?? [] }));
  towns = collection('towns', (id, d) => ({ id, name: String(d.name), kind: String(d.kind), jugendamt: String(d.jugendamt) }));
});

describe('life-phase pages', () => {
  it('exist for every phase and every town, with the chain order', () => {
    expect(phases.map((p) => p.id)).toEqual(['schwangerschaft', 'baby-kleinkind', 'kita-zeit', 'grundschule', 'jugend', 'uebergang-beruf']);
    const index = html('lebensphasen');
    for (const p of phases) {
      expect(existsSync(join(DIST, 'lebensphasen', p.id, 'index.html')), p.id).toBe(true);
      expect(index).toContain(`href="/lebensphasen/${p.id}/"`);
      for (const t of towns.filter((x) => x.kind !== 'kreis')) {
        expect(existsSync(join(DIST, 'lebensphasen', p.id, t.id, 'index.html')), `${p.id}/${t.id}`).toBe(true);
      }
    }
  });

  it('list only offers of their phase, and all current ones', () => {
    for (const p of phases) {
      const listed = offersOn(html(`lebensphasen/${p.id}`));
      const expected = new Set(offers.filter((o) => isCurrent(o) && offerInPhase(o, p)).map((o) => o.id));
      const wrong = [...listed].filter((id) => !expected.has(id));
      expect(wrong, `Angebote auf /lebensphasen/${p.id}/, die nicht zu der Phase gehören`).toEqual([]);
      expect([...listed].sort(), `/lebensphasen/${p.id}/`).toEqual([...expected].sort());
    }
  });

  it('filtered to a town list exactly the offers that serve the town', () => {
    for (const p of phases) {
      for (const t of towns.filter((x) => x.kind !== 'kreis')) {
        const page = html(`lebensphasen/${p.id}/${t.id}`);
        const expected = offersInPhaseForTown(offers, p, t.id).map((s) => s.offer.id).sort();
        expect([...offersOn(page)].sort(), `/lebensphasen/${p.id}/${t.id}/`).toEqual(expected);
        expect(page).toContain(`data-offer-count="${expected.length}"`);
        // The filter links work without JavaScript: plain links, the current one marked.
        expect(page).toMatch(new RegExp(`href="/lebensphasen/${p.id}/${t.id}/" aria-current="page"`));
      }
    }
  });

  it('group each offer under its topics, with anchors the overview links to', () => {
    const page = html('lebensphasen/baby-kleinkind');
    const groups = [...page.matchAll(/<h3 id="thema-([a-z0-9-]+)"/g)].map((m) => m[1]!);
    expect(groups.length).toBeGreaterThan(1);
    for (const topic of groups) {
      const section = page.split(`aria-labelledby="thema-${topic}"`)[1]!.split('</section>')[0]!;
      for (const id of offersOn(section)) expect(offers.find((o) => o.id === id)!.topics, `${id} unter ${topic}`).toContain(topic);
    }
  });

  it('show the transitions the sources describe, with who helps', () => {
    expect(html('lebensphasen/schwangerschaft')).toContain('Von der Frauenärztin oder dem Frauenarzt zur Geburt');
    expect(html('lebensphasen/kita-zeit')).toContain('Von der Kita in die Grundschule');
    expect(html('lebensphasen/kita-zeit')).toContain('In die Kita oder Kindertagespflege');
    expect(html('lebensphasen/baby-kleinkind')).toContain('Familienbüros der Jugendämter');
  });
});

describe('overview matrix', () => {
  it('has a count per town and phase that equals the list it links to', () => {
    const page = html('lebensphasen/uebersicht');
    const cells = [...page.matchAll(/<td class="[^"]*cell[^"]*" data-town="([^"]+)" data-phase="([^"]+)" data-count="(\d+)"[^>]*>\s*<a href="([^"]+)"/g)];
    const townCount = towns.filter((t) => t.kind !== 'kreis').length;
    expect(cells.length).toBe(townCount * phases.length);
    for (const [, town, phase, count, href] of cells) {
      expect(href).toBe(`/lebensphasen/${phase}/${town}/`);
      const linked = html(href!.slice(1, -1));
      expect(offersOn(linked).size, `${town} × ${phase}`).toBe(Number(count));
    }
  });

  it('has a count per topic and phase that equals the topic group it links to', () => {
    const page = html('lebensphasen/uebersicht');
    const cells = [...page.matchAll(/data-phase="([^"]+)" data-topic="([^"]+)" data-count="(\d+)"[^>]*>\s*(?:<a href="([^"]+)")?/g)];
    expect(cells.length).toBeGreaterThan(phases.length);
    let linked = 0;
    for (const [, phase, topic, count, href] of cells) {
      const phasePage = html(`lebensphasen/${phase}`);
      const section = phasePage.split(`aria-labelledby="thema-${topic}"`)[1]?.split('</section>')[0] ?? '';
      expect(offersOn(section).size, `${topic} × ${phase}`).toBe(Number(count));
      if (Number(count) > 0) {
        expect(href).toBe(`/lebensphasen/${phase}/#thema-${topic}`);
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(0);
  });

  it('is a real table for screen readers', () => {
    const page = html('lebensphasen/uebersicht');
    expect(page).toMatch(/<table class="matrix" id="orte-lebensphasen"[^>]*><caption[^>]*>/);
    expect(page.match(/<th scope="row"/g)!.length).toBeGreaterThan(towns.length);
    expect(page.match(/<th scope="col"/g)!.length).toBeGreaterThanOrEqual(2 * (phases.length + 1));
  });
});

describe('town pages', () => {
  it('show the chain with one link per phase and link the guide and its PDF', () => {
    for (const t of towns) {
      const page = html(`orte/${t.id}`);
      const chain = page.split('class="chain"')[1]?.split('</section>')[0] ?? '';
      expect(chain, t.id).toContain('<ol class="chain-list"');
      expect(chain.match(/class="chain-card"/g)?.length, t.id).toBe(phases.length);
      expect(page).toContain(`href="/orte/${t.id}/wegweiser/"`);
      // The PDF is linked exactly when the build produced it (src/lib/chain/pdf.ts).
      expect(page.includes(`href="/wegweiser/${t.id}.pdf"`), t.id).toBe(existsSync(join(DIST, 'wegweiser', `${t.id}.pdf`)));
    }
  });
});

describe('Familienwegweiser', () => {
  it('exists for every town and holds every contact point of the town page', () => {
    for (const t of towns) {
      const guide = html(`orte/${t.id}/wegweiser`);
      const inGuide = new Set([...guide.matchAll(/data-contact="([^"]+)"/g)].map((m) => m[1]!));
      // Expected from the content: the Jugendamt plus every place in or responsible for the town.
      const expected = new Set([t.jugendamt, ...contacts.filter((c) => c.town === t.id || c.responsibleFor.includes(t.id)).map((c) => c.id)]);
      expect([...inGuide].sort(), t.id).toEqual([...expected].sort());
      // …and the same set the town page links in its Jugendamt and contact sections.
      const page = html(`orte/${t.id}`);
      const sections = ['aria-labelledby="jugendamt"', 'aria-labelledby="anlaufstellen"']
        .map((marker) => page.split(marker)[1]?.split('</section>')[0] ?? '')
        .join('');
      const onPage = new Set([...sections.matchAll(/href="\/anlaufstellen\/([^/"]+)\/"/g)].map((m) => m[1]!));
      expect([...inGuide].sort(), `${t.id}: Wegweiser und Ortsseite`).toEqual([...onPage].sort());
      expect(guide).toContain(`data-contact-count="${inGuide.size}"`);
    }
  });

  it('has cover, contents, QR codes, the hotlines on the back page, sources and date', () => {
    const guide = html('orte/selm/wegweiser');
    expect(guide).toMatch(/<span class="cover-town"[^>]*>Selm<\/span>/);
    expect(guide).toContain('id="inhalt-titel"');
    const entries = (guide.match(/class="guide-entry /g) ?? []).length;
    expect((guide.match(/class="qr"/g) ?? []).length).toBe(entries + 2); // each entry, the cover and the back page
    expect(guide).toMatch(/href="tel:110"/);
    expect(guide).toMatch(/href="tel:112"/);
    expect(guide).toContain('id="quellen-stand"');
    expect(guide).toMatch(/Stand: \d+\. [A-ZÄÖÜ][a-zäöü]+ \d{4}/);
    const css = [...guide.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8')).join('') + guide;
    expect(css).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(css).toMatch(/break-inside:\s*avoid/);
  });
});

describe('Schnelle Hilfe', () => {
  it('puts 110 and 112 first, then every nationwide hotline as a tel: link', () => {
    const page = html('schnelle-hilfe');
    const main = page.split('id="inhalt"')[1]!;
    const tels = [...main.matchAll(/href="tel:([^"]+)"/g)].map((m) => m[1]);
    expect(tels.slice(0, 2)).toEqual(['110', '112']);
    const hotlines = offers.filter((o) => isCurrent(o) && o.area === 'nationwide' && !['notruf-112', 'polizei-notruf-110'].includes(o.id));
    for (const h of hotlines) expect(page, h.id).toContain(`data-hotline="${h.id}"`);
  });

  it('is linked from the header of every page', () => {
    for (const path of ['lebensphasen', 'lebensphasen/uebersicht', 'orte/selm', 'orte/selm/wegweiser', 'praxisbeispiele']) {
      expect(html(path).split('id="inhalt"')[0], path).toContain('href="/schnelle-hilfe/"');
    }
  });
});

describe('indicators', () => {
  it('render each indicator as an accessible SVG with a table of the same numbers', () => {
    const withIndicators = offers.filter((o) => (o.indicators ?? []).length > 0);
    expect(withIndicators.length).toBeGreaterThan(0);
    for (const o of withIndicators) {
      const page = html(`angebote/${o.id}`);
      o.indicators!.forEach((ind, i) => {
        const id = `${o.id}-kennzahl-${i + 1}`;
        expect(page, id).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
        const desc = decode(/<desc id="[^"]+">([^<]*)<\/desc>/.exec(page.split(`id="${id}-title"`)[1]!)![1]!);
        for (const v of ind.values) {
          const text = v.value === null ? 'keine Angabe' : `${String(v.value).replace('.', ',')}`;
          expect(desc, `${id} ${v.year}`).toContain(`${v.year} ${v.kind === 'actual' ? 'Ist' : 'Plan'}: ${text}`);
        }
        const figure = page.split(`data-indicator="${i + 1}"`)[1]!.split('</table>')[0]!;
        expect(figure).toContain('<table class="indicator">');
      });
    }
  });
});

describe('practice examples', () => {
  it('can be filtered by town and topic through links, with matching counts', () => {
    const index = html('praxisbeispiele');
    const links = [...index.matchAll(/href="(\/praxisbeispiele\/(?:ort|thema)\/[^"]+\/)"[^>]*>[^<]*<span class="pf-count"[^>]*>\((\d+)\)/g)];
    expect(links.length).toBeGreaterThan(towns.length);
    for (const [, href, count] of links) {
      const page = html(href!.slice(1, -1));
      expect((page.match(/data-practice="/g) ?? []).length, href).toBe(Number(count));
    }
  });
});
