/**
 * The map (/karte/ and the small maps) in headless Chromium. Tile requests
 * are answered locally (see map-support.ts), every other request that would
 * leave the site is blocked and recorded, so the tests need no internet.
 *
 * - before consent: no request to another origin, no map code loaded, no
 *   cookie and nothing in any storage;
 * - after "Karte laden": tiles from the configured host, one marker per place
 *   with coordinates (clusters counted out), a popup that leads to the right
 *   entry, the attribution visible; keyboard operation;
 * - "für diese Website merken": a reload shows the map without asking;
 *   without it the map asks again; /datenschutz/ withdraws the choice;
 * - axe: no violation before and after loading the map;
 * - without JavaScript: the list links to every place.
 *
 * What must be on the map comes from content/ (contacts with `geo`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { axeViolations, describeViolations } from '../../src/lib/dev/axe.ts';
import { DESKTOP, PHONE } from '../../src/lib/dev/browser.ts';
import { loadContent } from '../support/content.ts';
import { DIST } from '../../src/lib/dev/dist.ts';
import { PAGES } from '../../src/lib/urls.ts';
import { recordingContext, TILE_HOST, type RecordingContext } from '../../src/lib/dev/map-recording.ts';

const CONSENT_KEY = 'bff-karte-einwilligung';

const site = siteBrowser();
const open: RecordingContext[] = [];

const content = loadContent();
const withGeo = [...content.contacts.entries()].filter(([, c]) => c.geo);
/** The district (towns entry of kind "kreis"): its places serve every town, so every town filter keeps them. */
const district = [...content.towns.entries()].find(([, t]) => t.kind === 'kreis')?.[0];
const inTownFilter = (c: { town: string }, town: string) => c.town === town || c.town === district;


afterAll(async () => {
  for (const r of open) await r.context.close().catch(() => {});
});

async function context(options: Parameters<typeof recordingContext>[2] = {}): Promise<RecordingContext> {
  const rec = await recordingContext(site.browser, site.origin, { viewport: DESKTOP, ...options });
  open.push(rec);
  return rec;
}

async function storageState(page: Page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDb: 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '?') : [],
    caches: 'caches' in window ? await caches.keys() : [],
  }));
}

async function loadMap(page: Page, remember = false): Promise<void> {
  const root = page.locator('[data-place-map]').first();
  if (remember) await root.getByLabel('für diese Website merken').check();
  await root.getByRole('button', { name: 'Karte laden' }).click();
  await page.waitForSelector('[data-place-map][data-map-state="ready"]', { timeout: 60_000 });
}

/** Markers on screen: single markers plus the counts of the clusters. */
async function countOnScreen(page: Page): Promise<{ singles: number; inClusters: number; ids: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-place-map]')!;
    const singles = [...root.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-place-id]')];
    const clusters = [...root.querySelectorAll<HTMLElement>('.leaflet-marker-icon.bff-cluster')];
    const inClusters = clusters.reduce((n, c) => n + Number((c.getAttribute('aria-label') ?? '0').split(' ')[0]!.replace(/\./g, '')), 0);
    return { singles: singles.length, inClusters, ids: singles.map((s) => s.dataset.placeId!) };
  });
}

/** What the map shows: single markers and all marker icons (clusters included). */
async function iconState(page: Page): Promise<{ singles: number; icons: string }> {
  return page.evaluate(() => {
    const icons = [...document.querySelectorAll('[data-place-map] .leaflet-marker-icon')];
    return {
      singles: icons.filter((i) => (i as HTMLElement).dataset.placeId).length,
      icons: icons.map((i) => i.getAttribute('aria-label')).sort().join('|'),
    };
  });
}

/** Waits until a cluster has opened (zoomed in or spiderfied: the markers on the map changed). */
async function waitForExpansion(page: Page, before: { singles: number; icons: string }): Promise<void> {
  await page.waitForFunction(
    (b) => {
      const icons = [...document.querySelectorAll('[data-place-map] .leaflet-marker-icon')];
      const singles = icons.filter((i) => (i as HTMLElement).dataset.placeId).length;
      return singles > b.singles || icons.map((i) => i.getAttribute('aria-label')).sort().join('|') !== b.icons;
    },
    before,
    { timeout: 10_000 },
  );
  await mapSettled(page);
}

/** Waits until Leaflet has finished zooming, panning and cluster animations (checked on consecutive frames). */
async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim, .leaflet-pan-anim'), undefined, { polling: 'raf' });
}

/** Waits until the browser is idle: every script that runs on load, timers due now included, has had its turn. */
async function browserIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => setTimeout(done, 0), { timeout: 5_000 })));
}

/** Every marker in the cluster group, whether clustered or not (ids of the places). */
async function allMarkerIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const root = document.querySelector('[data-place-map]') as HTMLElement & { _bffMap?: Promise<{ cluster: { getLayers(): { options: { place: { id: string } } }[] } }> };
    const handle = await root._bffMap!;
    return handle.cluster.getLayers().map((m) => m.options.place.id);
  });
}

describe('map page /karte/', () => {
  it('has content to show', () => {
    expect(existsSync(join(DIST, 'karte', 'index.html')), '/karte/ wurde nicht gebaut').toBe(true);
    expect(withGeo.length, 'keine Anlaufstelle mit Koordinaten in content/contacts').toBeGreaterThan(0);
  });

  it('sends nothing to another origin, loads no map code and stores nothing before consent', async () => {
    const rec = await context();
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    const placeholder = page.locator('[data-map-consent]').first();
    await expect(placeholder.isVisible()).resolves.toBe(true);
    const text = await placeholder.innerText();
    expect(text).toContain('Karte laden');
    expect(text).toMatch(/IP-Adresse/);
    expect(text).toContain(TILE_HOST);
    expect(await placeholder.locator('a[href^="/datenschutz/"]').count()).toBeGreaterThan(0);
    // Give a late script a chance to misbehave: wait until the browser is idle.
    await browserIdle(page);
    expect(rec.external, `Anfragen an fremde Server vor der Einwilligung:\n${rec.external.join('\n')}`).toEqual([]);
    expect(rec.local.filter((u) => /\/_astro\/map\.[^/]*\.(js|css)$/.test(u)), 'Kartencode vor der Einwilligung geladen').toEqual([]);
    expect(rec.local.filter((u) => new URL(u, site.origin).pathname === PAGES.mapPlaces), 'Orte vor der Einwilligung geladen').toEqual([]);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(await rec.context.cookies()).toEqual([]);
    expect(await storageState(page)).toEqual({ local: [], session: [], indexedDb: [], caches: [] });
  });

  it('after "Karte laden" shows tiles from the configured host, one marker per place and the attribution', async () => {
    const rec = await context();
    const page = await rec.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await loadMap(page);
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-tile-loaded').length > 0, undefined, { timeout: 30_000 });

    expect(rec.tiles.length).toBeGreaterThan(0);
    expect(rec.external.filter((u) => new URL(u).host !== TILE_HOST), 'fremde Anfragen außer Kacheln').toEqual([]);
    expect(rec.tiles.every((u) => /\/\d+\/\d+\/\d+\.png$/.test(new URL(u).pathname))).toBe(true);

    const onScreen = await countOnScreen(page);
    expect(onScreen.singles + onScreen.inClusters, 'Marker auf der Karte (Cluster aufgezählt)').toBe(withGeo.length);
    const ids = await allMarkerIds(page);
    expect(ids.length).toBe(withGeo.length);
    expect(new Set(ids)).toEqual(new Set(withGeo.map(([id]) => id)));

    const attribution = page.locator('.leaflet-control-attribution');
    expect(await attribution.isVisible()).toBe(true);
    expect(await attribution.innerText()).toContain('OpenStreetMap');
    const box = await attribution.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);

    // German control texts.
    expect(await page.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('Vergrößern');
    expect(await page.locator('.leaflet-control-zoom-out').getAttribute('title')).toBe('Verkleinern');
    // Consent without "merken" stores nothing.
    expect(await storageState(page)).toEqual({ local: [], session: [], indexedDb: [], caches: [] });
    expect(await rec.context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('gives every marker a unique accessible name and labels clusters with their count', async () => {
    // The map page carries the list; the places for the map come from one JSON file after consent.
    const html = readFileSync(join(DIST, 'karte', 'index.html'), 'utf8');
    expect(html).not.toContain('data-map-places');
    expect(html).toContain(`data-places-url="${PAGES.mapPlaces}?v=`);
    const places = JSON.parse(readFileSync(join(DIST, ...PAGES.mapPlaces.split('/')), 'utf8')) as { label: string }[];
    expect(places.length).toBe(withGeo.length);
    expect(new Set(places.map((p) => p.label)).size).toBe(places.length);

    const rec = await context();
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await loadMap(page);
    const labels = await page.$$eval('.leaflet-marker-icon', (els) => els.map((e) => [e.className, e.getAttribute('aria-label'), e.getAttribute('tabindex'), e.getAttribute('role')]));
    expect(labels.length).toBeGreaterThan(0);
    for (const [cls, label, tabindex, role] of labels) {
      expect(label, `Marker ohne Namen (${cls})`).toBeTruthy();
      expect(tabindex).toBe('0');
      expect(role).toBe('button');
      if (cls?.includes('bff-cluster')) expect(label).toMatch(/^\d[\d.]* (Anlaufstellen|Orte)\b/);
    }
  });

  it('opens a popup with address, phone and a link to the right entry (filtered by the URL)', async () => {
    // A place whose town and kind identify few places, preferably one with a phone.
    const [id, contact] = withGeo.find(([, c]) => c.phones.length > 0 && c.town !== district) ?? withGeo.find(([, c]) => c.town !== district)!;
    const rec = await context();
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/?ort=${contact.town}&art=${contact.kind}`, { waitUntil: 'load' });
    expect(await page.locator('select[name="ort"]').inputValue()).toBe(contact.town);
    const visibleItems = await page.locator('li[data-place]:visible').count();
    const expected = withGeo.filter(([, c]) => inTownFilter(c, contact.town) && c.kind === contact.kind).length;
    expect(visibleItems).toBe(expected);
    await loadMap(page);
    expect((await allMarkerIds(page)).length).toBe(expected);

    const marker = page.locator(`.leaflet-marker-icon[data-place-id="${id}"]`);
    for (let i = 0; i < 6 && (await marker.count()) === 0; i++) {
      const state = await iconState(page);
      await page.locator('.leaflet-marker-icon.bff-cluster').first().click();
      await waitForExpansion(page, state).catch(() => {});
    }
    await marker.click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    const text = await popup.innerText();
    expect(text).toContain(contact.name);
    if (contact.address) expect(text).toContain(contact.address.street);
    if (contact.phones[0]) expect(await popup.locator('a[href^="tel:"]').first().getAttribute('href')).toBe(`tel:${contact.phones[0].number}`);
    if (contact.geo?.precision === 'town') expect(text).toMatch(/[Uu]ngefähre Lage/);
    expect(await popup.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe('Infofenster schließen');
    const link = popup.locator(`a[href="/anlaufstellen/${id}/"]`);
    expect(await link.count()).toBe(1);
    await Promise.all([page.waitForURL(`**/anlaufstellen/${id}/`), link.click()]);
    expect(await page.locator('h1').innerText()).toContain(contact.name.slice(0, 20));
  });

  it('draws exact places with the bundled pin icon and approximate ones differently; popups show a tel: link', async () => {
    // Two synthetic places on the real page, so both kinds of marker and a phone are covered
    // whatever the content holds today.
    const places = [
      {
        id: 'test-genau', name: 'Teststelle genau', label: 'Teststelle genau, Unna', kind: 'beratungsstelle', kindLabel: 'Beratungsstelle',
        town: 'unna', townName: 'Unna', lat: 51.5347, lng: 7.6889, approximate: false, url: '/anlaufstellen/test-genau/',
        address: 'Teststraße 1, 59423 Unna', phone: { text: '02303\u00a0123', href: 'tel:+492303123' },
      },
      {
        id: 'test-ungefaehr', name: 'Teststelle ungefähr', label: 'Teststelle ungefähr, Selm', kind: 'jugendamt', kindLabel: 'Jugendamt',
        town: 'selm', townName: 'Selm', lat: 51.69, lng: 7.47, approximate: true, url: '/anlaufstellen/test-ungefaehr/',
      },
    ];
    const rec = await context();
    await rec.context.route((url) => url.pathname === PAGES.mapPlaces, (route) => route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(places) }));
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await loadMap(page);

    const exact = page.locator('.leaflet-marker-icon[data-place-id="test-genau"]');
    await exact.waitFor();
    expect(await exact.evaluate((e) => e.tagName)).toBe('IMG');
    // The pin image really loads (Leaflet's own path detection breaks under Vite).
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.leaflet-marker-icon[data-place-id="test-genau"]');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    const shadow = await page.$$eval('.leaflet-marker-shadow', (els) => els.map((e) => (e as HTMLImageElement).naturalWidth));
    expect(shadow.length).toBeGreaterThan(0);
    expect(shadow.every((w) => w > 0)).toBe(true);
    const approx = page.locator('.leaflet-marker-icon[data-place-id="test-ungefaehr"]');
    expect(await approx.getAttribute('class')).toContain('bff-marker-approx');
    expect(await approx.getAttribute('aria-label')).toBe('Teststelle ungefähr, Selm (ungefähre Lage)');

    await exact.click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await popup.locator('a[href="tel:+492303123"]').innerText()).toBe('02303\u00a0123');
    expect(await popup.innerText()).toContain('Teststraße 1, 59423 Unna');
    expect(await popup.innerText()).not.toMatch(/[Uu]ngefähre Lage/);
    expect(await popup.locator('a[href="/anlaufstellen/test-genau/"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await approx.click();
    await page.waitForFunction(() => document.querySelector('.leaflet-popup')?.textContent?.includes('Teststelle ungefähr'));
    expect(await page.locator('.leaflet-popup').innerText()).toMatch(/Ungefähre Lage.*Ortsmitte von Selm/s);
  });

  it('changes list, map and URL together when a filter is chosen', async () => {
    const towns = [...new Set(withGeo.map(([, c]) => c.town))].filter((t) => t !== district);
    const town = towns[0]!;
    const rec = await context();
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await loadMap(page);
    await page.selectOption('select[name="ort"]', town);
    await page.waitForFunction((t) => new URL(location.href).searchParams.get('ort') === t, town);
    const expected = withGeo.filter(([, c]) => inTownFilter(c, town)).length;
    expect(await page.locator('li[data-place]:visible').count()).toBe(expected);
    await expect.poll(async () => (await allMarkerIds(page)).length, { timeout: 10_000 }).toBe(expected);
    expect(await page.locator('[data-filter-status]').innerText()).toContain(`${expected} von`);
    await page.locator('[data-filter-reset]').click();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('li[data-place]:visible').count()).toBe(withGeo.length);
  });

  it('is operable by keyboard: focusable map, arrow keys pan, Tab reaches markers, Enter opens, Escape closes', async () => {
    const rec = await context();
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await page.locator('[data-map-load]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-place-map][data-map-state="ready"]');
    // Focus moved to the map itself.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-container'))).toBe(true);
    const centre = () =>
      page.evaluate(async () => {
        const root = document.querySelector('[data-place-map]') as HTMLElement & { _bffMap?: Promise<{ map: { getCenter(): { lat: number; lng: number } } }> };
        const c = (await root._bffMap!).map.getCenter();
        return [c.lat, c.lng];
      });
    const before = await centre();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await centre())[1]!, { timeout: 10_000 }).toBeGreaterThan(before[1]!);
    await mapSettled(page);

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      cls: document.activeElement?.className ?? '',
      label: document.activeElement?.getAttribute('aria-label') ?? '',
    }));
    expect(focused.cls).toContain('leaflet-marker-icon');
    expect(focused.label).not.toBe('');
    // Walk to a single marker (expanding clusters with Enter) and open it.
    for (let i = 0; i < 8; i++) {
      const isCluster = await page.evaluate(() => document.activeElement?.classList.contains('bff-cluster'));
      if (!isCluster) break;
      const state = await iconState(page);
      await page.keyboard.press('Enter');
      await waitForExpansion(page, state);
      // The focus stays in the map (on the cluster, or back on the map when the cluster dissolved).
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-map-canvas]'))).toBe(true);
      await page.keyboard.press('Tab');
    }
    const single = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.placeId);
    expect(single, 'kein einzelner Marker per Tab erreichbar').toBeTruthy();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('.leaflet-popup'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.leaflet-popup'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.placeId)).toBe(single);
  });

  it('expands a cluster from the keyboard (Space) and keeps the focus in the map', async () => {
    const rec = await context();
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await loadMap(page);
    if ((await page.locator('.bff-cluster').count()) === 0) return; // nothing crowds
    await page.locator('[data-map-canvas]').focus();
    let onCluster = false;
    for (let i = 0; i < 40 && !onCluster; i++) {
      await page.keyboard.press('Tab');
      onCluster = await page.evaluate(() => !!document.activeElement?.classList.contains('bff-cluster'));
    }
    expect(onCluster, 'kein Cluster per Tab erreichbar').toBe(true);
    const before = await iconState(page);
    await page.keyboard.press('Space');
    await waitForExpansion(page, before);
    expect(await iconState(page)).not.toEqual(before);
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-map-canvas]'))).toBe(true);
    // Tab continues with the markers (or smaller clusters) now shown.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.classList.contains('leaflet-marker-icon'))).toBe(true);
  });

  it('remembers the consent only when "merken" is ticked; /datenschutz/ withdraws it', async () => {
    // Without "merken": a reload asks again.
    const a = await context();
    const pa = await a.context.newPage();
    await pa.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await loadMap(pa);
    await pa.reload({ waitUntil: 'load' });
    await browserIdle(pa);
    expect(await pa.locator('[data-map-load]').isVisible()).toBe(true);
    expect(await pa.locator('.leaflet-container').count()).toBe(0);

    // With "merken": the reload shows the map without asking.
    const b = await context();
    const pb = await b.context.newPage();
    await pb.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await loadMap(pb, true);
    expect((await storageState(pb)).local).toEqual([CONSENT_KEY]);
    expect(await b.context.cookies()).toEqual([]);
    const tilesBefore = b.tiles.length;
    await pb.reload();
    await pb.waitForSelector('[data-place-map][data-map-state="ready"]', { timeout: 30_000 });
    expect(await pb.locator('[data-map-load]').isVisible()).toBe(false);
    await pb.waitForFunction(() => document.querySelectorAll('.leaflet-tile-loaded').length > 0);
    expect(b.tiles.length).toBeGreaterThan(tilesBefore);

    // Withdraw on /datenschutz/.
    await pb.goto(`${site.origin}/datenschutz/`, { waitUntil: 'load' });
    const withdraw = pb.getByRole('button', { name: /Einwilligung.*widerrufen/ });
    expect(await withdraw.count(), '/datenschutz/ hat keinen Knopf zum Widerrufen').toBe(1);
    await withdraw.click();
    expect((await storageState(pb)).local).toEqual([]);
    await pb.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    await browserIdle(pb);
    expect(await pb.locator('[data-map-load]').isVisible()).toBe(true);
    expect(await pb.locator('.leaflet-container').count()).toBe(0);
  });

  it('has no axe violation before and after loading the map (phone and desktop)', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const rec = await context({ viewport });
      const page = await rec.context.newPage();
      await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
      expect(describeViolations(await axeViolations(page)), `vorher, ${viewport.width}px`).toEqual([]);
      await loadMap(page);
      await page.waitForFunction(() => document.querySelectorAll('.leaflet-tile-loaded').length > 0);
      await mapSettled(page);
      expect(describeViolations(await axeViolations(page)), `nachher, ${viewport.width}px`).toEqual([]);
      // And with a popup open: a single marker opens it; a cluster opens first (zoom or spider).
      const first = page.locator('.leaflet-marker-icon').first();
      const isCluster = await first.evaluate((el) => el.classList.contains('bff-cluster'));
      const state = await iconState(page);
      await first.click();
      if (isCluster) {
        await waitForExpansion(page, state);
        await mapSettled(page);
      }
      const single = page.locator('.leaflet-marker-icon[data-place-id]').first();
      if (!isCluster || (await single.count()) > 0) {
        if (isCluster) await single.click();
        await page.locator('.leaflet-popup').waitFor();
        expect(describeViolations(await axeViolations(page)), `mit Infofenster, ${viewport.width}px`).toEqual([]);
      }
    }
  });

  it('works without JavaScript: the whole list grouped by town, a link to every place', async () => {
    const rec = await context({ javaScriptEnabled: false, viewport: PHONE });
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/karte/`, { waitUntil: 'load' });
    const hrefs = await page.$$eval('li[data-place] a.map-place-name', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(withGeo.map(([id]) => `/anlaufstellen/${id}/`)));
    for (const href of hrefs) expect(existsSync(join(DIST, href!, 'index.html')), `${href} fehlt`).toBe(true);
    const towns = new Set(withGeo.map(([, c]) => c.town));
    // Every town has a group (also one without places of known location), and so has the district.
    for (const t of content.towns.keys()) if (t !== district) towns.add(t);
    expect(await page.locator('[data-town-group]').count()).toBe(towns.size);
    // Town jump links work without JS; the JS-only filter form stays hidden.
    for (const t of towns) expect(await page.getByRole('navigation', { name: 'Orte in der Liste' }).locator(`a[href="#ort-${t}"]`).count()).toBe(1);
    expect(await page.locator('form[data-map-filter]').isVisible()).toBe(false);
    expect(await page.locator('[data-map-load]').isVisible()).toBe(false);
    expect(rec.external).toEqual([]);
  });
});

describe('small maps on detail pages', () => {
  it('a contact page with coordinates has a map behind consent; loading it shows its marker', async () => {
    const [id, contact] = withGeo[0]!;
    const rec = await context({ viewport: PHONE });
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/anlaufstellen/${id}/`, { waitUntil: 'load' });
    const root = page.locator('[data-place-map]');
    expect(await root.count(), `/anlaufstellen/${id}/ hat keine Karte`).toBe(1);
    await browserIdle(page);
    expect(rec.external).toEqual([]);
    expect(rec.local.filter((u) => /\/_astro\/map\./.test(u))).toEqual([]);
    await root.scrollIntoViewIfNeeded();
    await loadMap(page);
    expect(await allMarkerIds(page)).toEqual([id]);
    expect(rec.tiles.length).toBeGreaterThan(0);
    const marker = page.locator(`.leaflet-marker-icon[data-place-id="${id}"]`);
    expect(await marker.count()).toBe(1);
    if (contact.geo?.precision === 'town') expect(await marker.getAttribute('class')).toContain('bff-marker-approx');
  });

  it('a town page with places shows a map of them', async () => {
    const town = [...new Set(withGeo.map(([, c]) => c.town))].find((t) => existsSync(join(DIST, 'orte', t, 'index.html')));
    if (!town) return;
    const rec = await context({ viewport: PHONE });
    const page = await rec.context.newPage();
    await page.goto(`${site.origin}/orte/${town}/`, { waitUntil: 'load' });
    const root = page.locator('[data-place-map]');
    expect(await root.count(), `/orte/${town}/ hat keine Karte`).toBe(1);
    await root.scrollIntoViewIfNeeded();
    await loadMap(page);
    expect((await allMarkerIds(page)).sort()).toEqual(withGeo.filter(([, c]) => c.town === town).map(([id]) => id).sort());
    expect(rec.external.filter((u) => new URL(u).host !== TILE_HOST)).toEqual([]);
  });
});
