/**
 * User journeys in a real browser (Debian's Chromium via playwright-core),
 * on a 390 px phone viewport (the first journey also at 1280 px):
 *
 * 1. a parent: home → "Mein Ort" → town page → an offer → a tel: link, the
 *    address and the hours are readable;
 * 2. a parent searching: query → town filter → result → back to the same results;
 * 3. a professional: networks → a network → a member organisation → its contact points;
 * 4. keyboard only: journey 1 with Tab/Enter, focus always visible, the skip link works;
 * 5. without JavaScript: lists and entries are reachable and complete.
 *
 * What a page must show comes from content/ (parsed with the project's
 * schemas), so the journeys follow the data rather than fixed slugs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { telHref } from '../../src/lib/format.ts';
import type { Offer } from '../../src/schemas/index.ts';
import { DESKTOP, PHONE } from '../../src/lib/dev/browser.ts';
import { loadContent, type Content } from '../support/content.ts';
import { assertNone } from '../support/report.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { fileOf } from '../../src/lib/dev/site.ts';

const site = siteBrowser();
let content: Content;

beforeAll(async () => {
  content = loadContent();
});


async function newPage(viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ viewport, locale: 'de-DE', javaScriptEnabled, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  return { context, page };
}

const url = (path: string) => site.origin + path;
const pathOf = (page: Page) => new URL(page.url()).pathname;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------- what the content says ----------

/** Links to entries of one URL prefix in a built page (e.g. every /angebote/<slug>/ on a town page). */
function linkedSlugs(path: string, prefix: string): string[] {
  const file = fileOf(path);
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  const re = new RegExp(`href="${escapeRe(prefix)}([a-z0-9-]+)/"`, 'g');
  return [...new Set([...html.matchAll(re)].map((m) => m[1]!))];
}

/** Built detail pages below a prefix, e.g. every folder in dist/angebote/. */
function builtSlugs(prefix: string): string[] {
  const dir = join(DIST, prefix);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

interface OfferFacts {
  slug: string;
  offer: Offer;
  phones: string[];
  hours: boolean;
  hoursNotes: string[];
  streets: string[];
}

function factsOf(slug: string, offer: Offer): OfferFacts {
  const contacts = offer.contacts.map((c) => content.contacts.get(c)).filter((c) => c !== undefined);
  const channels = offer.channels.filter((c) => c.kind === 'phone');
  return {
    slug,
    offer,
    phones: [...channels.map((c) => c.phone!).filter(Boolean), ...contacts.flatMap((c) => c.phones.slice(0, 1).map((p) => p.number))],
    hours: channels.some((c) => (c.hours?.length ?? 0) > 0),
    hoursNotes: channels.map((c) => c.hoursNote).filter((n): n is string => n !== undefined),
    streets: contacts.map((c) => c.address?.street).filter((s): s is string => s !== undefined),
  };
}

interface Plan {
  town: string;
  townName: string;
  postcode: string;
  /** An offer on the town page with a phone number (and hours, when any offer there has them). */
  call: OfferFacts;
  /** An offer on the town page whose place has a postal address. */
  visit: OfferFacts | undefined;
}

/**
 * Pick the town and offers for journeys 1 and 4: a town whose page lists an
 * offer with a phone number and hours, and an offer with an address
 * (Selm first: the site grew out of Selm's Familienberatungsführer).
 */
function planParentJourney(): Plan {
  const towns = [...content.towns.entries()].filter(([, t]) => t.kind !== 'kreis' && t.postcodes.length > 0);
  towns.sort(([a], [b]) => (a === 'selm' ? -1 : b === 'selm' ? 1 : a.localeCompare(b)));
  let best: { plan: Plan; score: number } | undefined;
  for (const [slug, town] of towns) {
    const offers = linkedSlugs(`/orte/${slug}/`, '/angebote/')
      .map((s) => (content.offers.has(s) ? factsOf(s, content.offers.get(s)!) : undefined))
      .filter((f) => f !== undefined);
    const withPhone = offers.filter((f) => f.phones.length > 0);
    const call = withPhone.find((f) => f.hours && f.streets.length > 0) ?? withPhone.find((f) => f.hours) ?? withPhone[0];
    if (!call) continue;
    const visit = call.streets.length > 0 ? call : offers.find((f) => f.streets.length > 0);
    const score = (call.hours ? 2 : 0) + (visit ? 2 : 0) + (slug === 'selm' ? 1 : 0);
    if (!best || score > best.score) best = { plan: { town: slug, townName: town.name, postcode: town.postcodes[0]!, call, visit }, score };
  }
  if (!best) throw new Error('Keine Ortsseite verlinkt ein Angebot mit Telefonnummer – Journey 1 hat kein Ziel.');
  return best.plan;
}

// ---------- browser helpers ----------

/**
 * "Mein Ort" on the home page: choose the town from the list or type the
 * postcode, when the box offers that form; otherwise follow the town's link.
 */
async function goToMyPlace(page: Page, plan: Plan, how: 'select' | 'postcode'): Promise<void> {
  const box = page.getByRole('region', { name: 'Mein Ort' }).first();
  await visible(box, '"Mein Ort" ist auf der Startseite nicht sichtbar');
  const select = box.getByLabel('Ort wählen');
  const postcode = box.getByLabel('Postleitzahl');
  const go = box.getByRole('button', { name: /Zu meinem Ort/ });
  if (how === 'postcode' && (await postcode.count()) > 0) {
    await postcode.fill(plan.postcode);
  } else if ((await select.count()) > 0) {
    await select.selectOption({ label: plan.townName });
  } else {
    await Promise.all([page.waitForURL(`**/orte/${plan.town}/`), box.getByRole('link', { name: plan.townName, exact: true }).click()]);
    return;
  }
  await Promise.all([page.waitForURL(`**/orte/${plan.town}/`), go.click()]);
}

/** The offer page shows a tap-to-call link, the hours and the address that the content gives. */
async function expectReachable(page: Page, facts: OfferFacts, need: { phone: boolean; address: boolean; hours: boolean }): Promise<void> {
  const main = page.locator('main');
  expect(await h1(page)).toBe(facts.offer.title);
  if (need.phone) {
    const tel = main.locator(`a[href="${telHref(facts.phones[0]!)}"]`).first();
    expect(await tel.isVisible(), `tel:-Link ${telHref(facts.phones[0]!)} nicht sichtbar auf ${pathOf(page)}`).toBe(true);
    const box = await tel.boundingBox();
    // A finger must hit it: WCAG 2.2 target size (24 px), generous on a phone.
    expect(box && box.height >= 24, `tel:-Link zu klein (${box?.height ?? 0} px hoch)`).toBe(true);
  }
  if (need.hours) {
    if (facts.hours) {
      const table = main.locator('table').filter({ has: page.locator('caption') }).first();
      expect(await table.isVisible(), `Zeitentabelle nicht sichtbar auf ${pathOf(page)}`).toBe(true);
      expect(await textOf(table)).toMatch(/\d{1,2}(:\d{2})?\s*(–|-|bis)\s*\d{1,2}(:\d{2})?|rund um die Uhr/);
    } else if (facts.hoursNotes.length > 0) {
      await visible(main.getByText(facts.hoursNotes[0]!).first(), `Hinweis zu den Zeiten nicht sichtbar auf ${pathOf(page)}`);
    }
  }
  if (need.address) {
    for (const street of facts.streets.slice(0, 1)) {
      await visible(main.getByText(street).first(), `Anschrift "${street}" nicht sichtbar auf ${pathOf(page)}`);
    }
  }
}

/** The focused element has a visible focus indicator and is on screen. */
async function focusState(page: Page): Promise<{ tag: string; text: string; href: string | null; id: string; visible: boolean; indicator: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', href: null, id: '', visible: false, indicator: false };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60),
      href: el.getAttribute('href'),
      id: el.id,
      visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      indicator: outline || shadow,
    };
  });
}

/** Press Tab until `done` holds for the focused element; every stop must show its focus. */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focusState>>) => boolean, what: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusState(page);
    if (f.tag !== 'body') {
      expect(f.visible && f.indicator, `Fokus nicht sichtbar auf ${pathOf(page)}: <${f.tag}${f.id ? ` id="${f.id}"` : ''}> "${f.text}" ${f.href ?? ''}`).toBe(true);
    }
    if (done(f)) return;
  }
  throw new Error(`Nach ${max}× Tab nicht erreicht: ${what} (${pathOf(page)})`);
}

/** Wait until the locator is visible; fail with `message` otherwise. */
async function visible(locator: Locator, message: string, timeout = 5_000): Promise<void> {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(message);
  }
}

/** Visible text of the first match, whitespace collapsed. */
async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor({ state: 'attached', timeout: 5_000 });
  return (await locator.first().innerText()).replace(/\s+/g, ' ').trim();
}

async function h1(page: Page): Promise<string> {
  return textOf(page.getByRole('heading', { level: 1 }));
}

async function hrefsIn(scope: Locator, prefix: string): Promise<string[]> {
  const hrefs = await scope.locator(`a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => h.length > prefix.length))];
}

// ---------- the journeys ----------

describe('journey 1: a parent finds help in their town', () => {
  for (const [name, viewport, how] of [
    ['phone 390 px, postcode', PHONE, 'postcode'],
    ['desktop 1280 px, town list', DESKTOP, 'select'],
  ] as const) {
    it(`home → Mein Ort → town → offer (${name})`, async () => {
      const plan = planParentJourney();
      const { context, page } = await newPage(viewport);
      try {
        await page.goto(url('/'));
        await goToMyPlace(page, plan, how);
        expect(await h1(page)).toContain(plan.townName);

        // The offer with a phone number: tap-to-call and hours.
        await page.locator(`main a[href="/angebote/${plan.call.slug}/"]`).first().click();
        await page.waitForURL(`**/angebote/${plan.call.slug}/`);
        await expectReachable(page, plan.call, { phone: true, hours: true, address: plan.call === plan.visit });

        // An offer at a place people can go to: the address is readable.
        expect(plan.visit, `Die Ortsseite /orte/${plan.town}/ zeigt kein Angebot mit Anschrift.`).toBeDefined();
        if (plan.visit && plan.visit !== plan.call) {
          await page.goBack();
          await page.waitForURL(`**/orte/${plan.town}/`);
          await page.locator(`main a[href="/angebote/${plan.visit.slug}/"]`).first().click();
          await page.waitForURL(`**/angebote/${plan.visit.slug}/`);
          await expectReachable(page, plan.visit, { phone: false, hours: false, address: true });
        }
        // Nothing sticks out sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `Seite ${pathOf(page)} ist breiter als der Bildschirm`).toBeLessThanOrEqual(0);
      } finally {
        await context.close();
      }
    });
  }
});

describe('journey 2: a parent searches', () => {
  it('query → town filter → result → back to the same results (390 px)', async () => {
    expect(existsSync(join(DIST, 'suche/index.html')) && existsSync(join(DIST, 'pagefind/pagefind.js')), 'Suche (/suche/ mit Pagefind-Index) fehlt im Build').toBe(true);
    const { context, page } = await newPage(PHONE);
    try {
      await page.goto(url('/'));
      // From the search box in the page (home or header) to the search page.
      const box = page.getByRole('searchbox').first();
      await box.fill('Beratung');
      await box.press('Enter');
      await page.waitForURL(/\/suche\/\?.*q=Beratung/);
      const results = page.locator('#search-results');
      await expect.poll(() => results.locator('a[href]').count(), { timeout: 15_000, message: 'keine Treffer für "Beratung"' }).toBeGreaterThan(0);

      // Narrow to a town: open the (folded) filter groups that hold it, tick it.
      const filters = page.locator('#search-filters');
      await visible(filters, 'Die Filter der Suche sind nicht sichtbar');
      const countOf = async () => Number(/(\d+)\s+Treffer/.exec(await page.locator('#search-status').innerText())?.[1] ?? NaN);
      await expect.poll(countOf, { timeout: 15_000, message: 'Die Trefferzahl wird nicht angesagt' }).toBeGreaterThan(0);
      const before = await countOf();
      const selm = page.locator('label').filter({ hasText: 'Selm' }).locator('input[type="checkbox"][name="ort"]');
      const town = filters.locator('label').filter({ hasText: 'Selm' }).locator('input[type="checkbox"][name="ort"]').first();
      for (let i = 0; i < 4; i++) {
        const closed = filters.locator('details:not([open])').filter({ has: selm });
        if ((await closed.count()) === 0) break;
        await closed.first().locator(':scope > summary').click();
      }
      await town.check();
      await page.waitForURL(/ort=selm/);
      await expect.poll(async () => (await results.locator('a[href]').count()) > 0, { timeout: 15_000 }).toBe(true);
      await expect.poll(async () => /Selm/.test(await page.locator('#search-status').innerText()), { timeout: 15_000, message: 'Die Ansage nennt den Ortsfilter nicht' }).toBe(true);
      const after = await countOf();
      expect(after, 'Der Ortsfilter grenzt nicht ein').toBeLessThanOrEqual(before);
      expect(after).toBeGreaterThan(0);
      const filteredUrl = page.url();
      const filtered = await results.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

      // Open a result, then go back.
      const first = results.locator('a[href]').first();
      const target = await first.getAttribute('href');
      await first.click();
      await page.waitForURL((u) => u.pathname === new URL(target!, site.origin).pathname);
      await visible(page.getByRole('heading', { level: 1 }), 'Treffer-Seite ohne Überschrift');
      await page.goBack();
      await page.waitForURL(filteredUrl);
      await expect.poll(() => page.locator('#search-q').inputValue()).toBe('Beratung');
      await expect.poll(() => town.isChecked()).toBe(true);
      await expect
        .poll(() => results.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), { timeout: 15_000 })
        .toEqual(filtered);
    } finally {
      await context.close();
    }
  });
});

describe('journey 3: a professional looks up a network', () => {
  it('networks → a network → a member organisation → its contact points (390 px)', async () => {
    // A network whose member organisation has contact points.
    let route: { network: string; organisation: string; contact: string } | undefined;
    for (const [slug, n] of content.networks) {
      for (const m of n.members) {
        if (!m.organisation) continue;
        const contact = [...content.contacts.entries()].find(([, c]) => c.organisation === m.organisation);
        if (contact && existsSync(fileOf(`/netzwerke/${slug}/`))) {
          route = { network: slug, organisation: m.organisation, contact: contact[0] };
          break;
        }
      }
      if (route) break;
    }
    if (!route) throw new Error('Kein Netzwerk hat eine Mitgliedsorganisation mit Anlaufstelle.');
    const { context, page } = await newPage(PHONE);
    try {
      await page.goto(url('/'));
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerke' }).click();
      await page.waitForURL('**/netzwerke/');
      await page.locator(`main a[href="/netzwerke/${route.network}/"]`).first().click();
      await page.waitForURL(`**/netzwerke/${route.network}/`);
      expect(await h1(page)).toBe(content.networks.get(route.network)!.name);
      await page.locator(`main a[href="/organisationen/${route.organisation}/"]`).first().click();
      await page.waitForURL(`**/organisationen/${route.organisation}/`);
      expect(await h1(page)).toContain(content.organisations.get(route.organisation)!.name);
      // Every contact point of the organisation is listed.
      const expected = [...content.contacts.entries()].filter(([, c]) => c.organisation === route.organisation).map(([s]) => `/anlaufstellen/${s}/`);
      const listed = await hrefsIn(page.locator('main'), '/anlaufstellen/');
      expect(listed.sort()).toEqual(expect.arrayContaining(expected.sort()));
      await page.locator(`main a[href="/anlaufstellen/${route.contact}/"]`).first().click();
      await page.waitForURL(`**/anlaufstellen/${route.contact}/`);
      const contact = content.contacts.get(route.contact)!;
      expect(await h1(page)).toBe(contact.name);
      if (contact.address) await visible(page.locator('main').getByText(contact.address.street).first(), `Anschrift fehlt auf ${pathOf(page)}`);
      if (contact.phones[0]) await visible(page.locator(`main a[href="${telHref(contact.phones[0].number)}"]`).first(), `tel:-Link fehlt auf ${pathOf(page)}`);
    } finally {
      await context.close();
    }
  });
});

describe('journey 4: keyboard only', () => {
  it('skip link, Mein Ort, town, offer with Tab and Enter; focus always visible (390 px)', async () => {
    const plan = planParentJourney();
    const { context, page } = await newPage(PHONE);
    try {
      await page.goto(url('/'));
      // The first Tab reaches the skip link, which becomes visible.
      await page.keyboard.press('Tab');
      const skip = await focusState(page);
      expect(skip.href, 'Der erste Tab-Stopp ist nicht der Link "Zum Inhalt springen"').toBe('#inhalt');
      expect(skip.visible && skip.indicator, 'Der Sprunglink ist beim Fokus nicht sichtbar').toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
      expect(new URL(page.url()).hash).toBe('#inhalt');

      // From the main content, Tab to "Mein Ort": type the postcode and press Enter
      // (or, where the box lists the towns as links, Tab to the town and press Enter).
      const myPlace = page.getByRole('region', { name: 'Mein Ort' }).first();
      const postcodeField = myPlace.getByLabel('Postleitzahl');
      if ((await postcodeField.count()) > 0) {
        const id = await postcodeField.getAttribute('id');
        await tabUntil(page, (f) => f.id === id, 'Postleitzahl in "Mein Ort"');
        await page.keyboard.type(plan.postcode);
      } else {
        await tabUntil(page, (f) => f.href === `/orte/${plan.town}/`, `Link "${plan.townName}" in "Mein Ort"`);
      }
      await Promise.all([page.waitForURL(`**/orte/${plan.town}/`), page.keyboard.press('Enter')]);

      // On the town page: skip the header, then Tab to the offer and open it.
      await page.keyboard.press('Tab');
      expect((await focusState(page)).href).toBe('#inhalt');
      await page.keyboard.press('Enter');
      await tabUntil(page, (f) => f.href === `/angebote/${plan.call.slug}/`, `Link zum Angebot ${plan.call.slug}`);
      await Promise.all([page.waitForURL(`**/angebote/${plan.call.slug}/`), page.keyboard.press('Enter')]);

      // On the offer page: Tab to the phone number.
      await tabUntil(page, (f) => f.href === telHref(plan.call.phones[0]!), 'tel:-Link');
      await expectReachable(page, plan.call, { phone: true, hours: true, address: false });
    } finally {
      await context.close();
    }
  });
});

describe('journey 5: without JavaScript', () => {
  const LISTS = [
    ['/angebote/', '/angebote/'],
    ['/anlaufstellen/', '/anlaufstellen/'],
    ['/netzwerke/', '/netzwerke/'],
    ['/organisationen/', '/organisationen/'],
    ['/orte/', '/orte/'],
    ['/praxisbeispiele/', '/praxisbeispiele/'],
  ] as const;

  it('every list links every entry, and Mein Ort works without JavaScript (390 px)', async () => {
    const { context, page } = await newPage(PHONE, false);
    try {
      const incomplete: string[] = [];
      for (const [list, prefix] of LISTS) {
        const built = builtSlugs(prefix);
        if (built.length === 0) continue;
        const response = await page.goto(url(list));
        if (response?.status() !== 200) {
          incomplete.push(`${list}: Liste fehlt (HTTP ${response?.status()})`);
          continue;
        }
        // Follow pagination, if any.
        const linked = new Set<string>();
        for (let i = 0; i < 50; i++) {
          for (const h of await hrefsIn(page.locator('main'), prefix)) linked.add(h.replace(prefix, '').replace(/\/.*$/, ''));
          const next = page.locator('a[rel="next"]');
          if ((await next.count()) === 0) break;
          await next.first().click();
        }
        const missing = built.filter((s) => !linked.has(s));
        if (missing.length > 0) incomplete.push(`${list}: ${missing.length} von ${built.length} fehlen, z. B. ${missing.slice(0, 5).join(', ')}`);
      }
      assertNone(incomplete, 'Listen ohne JavaScript unvollständig');

      // Mein Ort without JavaScript: the form leads to a page that links the town.
      const plan = planParentJourney();
      await page.goto(url('/'));
      const box = page.getByRole('region', { name: 'Mein Ort' }).first();
      const select = box.getByLabel('Ort wählen');
      if ((await select.count()) > 0) {
        await select.selectOption({ label: plan.townName });
        await box.getByRole('button', { name: /Zu meinem Ort/ }).click();
      } else {
        await box.getByRole('link', { name: plan.townName, exact: true }).click();
      }
      await page.waitForLoadState();
      if (pathOf(page) !== `/orte/${plan.town}/`) {
        await page.locator(`main a[href="/orte/${plan.town}/"]`).first().click();
        await page.waitForURL(`**/orte/${plan.town}/`);
      }
      expect(await h1(page)).toContain(plan.townName);
    } finally {
      await context.close();
    }
  });

  it('an offer, a contact point and a town page show their facts without JavaScript (390 px)', async () => {
    const plan = planParentJourney();
    const { context, page } = await newPage(PHONE, false);
    try {
      await page.goto(url(`/angebote/${plan.call.slug}/`));
      await expectReachable(page, plan.call, { phone: true, hours: true, address: plan.call.streets.length > 0 });
      if (plan.visit) {
        await page.goto(url(`/angebote/${plan.visit.slug}/`));
        await expectReachable(page, plan.visit, { phone: false, hours: false, address: true });
      }
      // A contact point with an address shows it.
      const contact = [...content.contacts.entries()].find(([s, c]) => c.address && existsSync(fileOf(`/anlaufstellen/${s}/`)));
      if (contact) {
        await page.goto(url(`/anlaufstellen/${contact[0]}/`));
        expect(await h1(page)).toBe(contact[1].name);
        await visible(page.locator('main').getByText(contact[1].address!.street).first(), `Anschrift fehlt auf ${pathOf(page)}`);
      }
      // The town page lists the same offers as with JavaScript (nothing is rendered by scripts).
      await page.goto(url(`/orte/${plan.town}/`));
      const withoutJs = await hrefsIn(page.locator('main'), '/angebote/');
      expect(withoutJs.length).toBeGreaterThan(0);
      expect(withoutJs).toEqual(expect.arrayContaining(linkedSlugs(`/orte/${plan.town}/`, '/angebote/').map((s) => `/angebote/${s}/`)));
      // The map page lists its places as text.
      if (existsSync(fileOf('/karte/'))) {
        await page.goto(url('/karte/'));
        const places = await hrefsIn(page.locator('main'), '/anlaufstellen/');
        expect(places.length, '/karte/ ohne JavaScript: keine Liste der Orte').toBeGreaterThan(0);
      }
      // The search page explains itself and offers the lists.
      if (existsSync(fileOf('/suche/'))) {
        await page.goto(url('/suche/?q=Beratung'));
        expect(await textOf(page.locator('main'))).toContain('JavaScript');
        expect((await hrefsIn(page.locator('main'), '/orte/')).length).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
    }
  });
});
