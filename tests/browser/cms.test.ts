/**
 * The web editor end to end, in headless Chromium against Decap's local
 * backend (decap-server, random port) over a temporary copy of the fixture
 * content:
 * - create an offer through the form; the written file passes the content
 *   check and builds into a page that shows the values;
 * - change one phone number of an existing contact point; the file's diff is
 *   exactly that one line.
 * A third test loads /admin/ with the shipped configuration on a host name
 * that is not "localhost" and records every request until the login screen:
 * none may leave the site's origin.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteBrowser } from '../support/site-browser.ts';
import { launchBrowser } from '../../src/lib/dev/browser.ts';
import { routeConfig, startLocalBackend, type LocalBackend } from '../../src/lib/dev/cms.ts';

const root = resolve(import.meta.dirname, '../..');

let backend: LocalBackend;
const site = siteBrowser();

beforeAll(async () => {
  backend = await startLocalBackend(join(root, 'tests/fixtures/content'));
});

afterAll(async () => {
  await backend?.stop();
});

async function openEditor(hash: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The editor is one large script (Decap's own distribution); on a busy machine parsing it takes a while.
  page.setDefaultTimeout(90_000);
  await routeConfig(page, backend.configYaml);
  await page.goto(`${site.origin}/admin/#${hash}`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Login' }).click();
  return page;
}

/** The form control labelled `label` (Decap adds " (optional)" to optional fields). */
function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}( \\(optional\\))?$`));
}

/** Picks `option` in the react-select behind the label (relation and select widgets). */
async function choose(page: Page, label: string, option: string, scope: Page | Locator = page): Promise<void> {
  const input = field(scope, label).last();
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByText('Jetzt veröffentlichen', { exact: true }).click();
  try {
    await page.getByText('Beitrag gespeichert', { exact: true }).waitFor();
  } catch (error) {
    // The form shows what it refused; keep a picture for the failure report.
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results/cms-publish.png'), fullPage: true });
    const errors = await page.locator('[class*="ControlErrorsList"], [class*="error"]').allInnerTexts();
    throw new Error(`Speichern fehlgeschlagen: ${errors.join(' | ')}`, { cause: error });
  }
}

function waitForFile(path: string): Promise<string> {
  return expect.poll(() => existsSync(path), { timeout: 60_000 }).toBe(true).then(() => readFileSync(path, 'utf8'));
}

describe('web editor (/admin/) with the local backend', () => {
  const offerFile = () => join(backend.dir, 'content/offers/familienpaten-unna.md');
  const contactFile = () => join(backend.dir, 'content/contacts/jugendamt-unna.md');

  it('creates an offer whose file passes the check', async () => {
    const page = await openEditor('/collections/offers/new');
    await field(page, 'Titel').fill('Familienpaten Unna');
    await field(page, 'Kurzbeschreibung').fill('Ehrenamtliche Patinnen und Paten begleiten Familien im Alltag.');
    // The site's own preview (src/scripts/admin-preview.ts, rendered with the editor's React) follows the form.
    const preview = page.frameLocator('#preview-pane');
    await preview.getByText('Angebot (Vorschau)', { exact: true }).waitFor();
    await preview.getByRole('heading', { level: 1, name: 'Familienpaten Unna' }).waitFor();
    await choose(page, 'Träger (Organisation)', 'Kreisstadt Unna');
    await choose(page, 'Gebiet', 'Einzelne Orte');
    await choose(page, 'Orte', 'Unna');
    await choose(page, 'Themen', 'Kinderschutz');
    await choose(page, 'Kosten', 'kostenlos');
    await choose(page, 'Status', 'läuft');

    await page.getByRole('button', { name: /telefon, chat, e-mail, web hinzufügen/i }).click();
    await choose(page, 'Art des Kanals', 'Telefon');
    await field(page, 'Telefonnummer').first().fill('02303 1030');
    await page.getByRole('button', { name: /öffnungszeiten hinzufügen/i }).click();
    await choose(page, 'Wochentage', 'Montag');
    await choose(page, 'Wochentage', 'Dienstag');
    await field(page, 'von (HH:MM)').fill('09:00');
    await field(page, 'bis (HH:MM)').fill('12:00');

    await page.getByRole('button', { name: /quellen hinzufügen/i }).click();
    await choose(page, 'Quelle', 'Beispielquelle für Tests');
    await field(page, 'Abschnitt, Seite oder Tabelle').fill('3');
    await field(page, 'Stand (geprüft am)').fill('2026-11-30');
    await publish(page);

    const file = await waitForFile(offerFile());
    expect(file).toContain('title: Familienpaten Unna');
    expect(file).toContain('organisation: stadt-unna');
    expect(file).toMatch(/reviewed: "2026-11-30"/);
    expect(file).toMatch(/opens: "09:00"/);
    expect(file).not.toMatch(/^slug:/m);
    const check = spawnSync('npx', ['node', 'scripts/check.ts', '--dir', join(backend.dir, 'content')], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(check.status, `${check.stdout}\n${check.stderr}\n${file}`).toBe(0);
    await page.close();
  }, 300_000);

  it('changing one phone number changes one line of the file', async () => {
    const before = readFileSync(contactFile(), 'utf8');
    const page = await openEditor('/collections/contacts/entries/jugendamt-unna');
    const phone = field(page, 'Telefonnummer').first();
    await expect.poll(() => phone.inputValue(), { timeout: 60_000 }).toBe('02303 1030');
    await phone.fill('02303 103-0');
    await publish(page);
    await expect.poll(() => readFileSync(contactFile(), 'utf8'), { timeout: 60_000 }).not.toBe(before);
    const after = readFileSync(contactFile(), 'utf8');
    const a = before.split('\n');
    const b = after.split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    expect(changed).toEqual([['  - number: "02303 1030"', '  - number: "02303 103-0"']]);
    await page.close();
  }, 300_000);

  it('the new offer builds into a page with its values', () => {
    const out = mkdtempSync(join(tmpdir(), 'bff-cms-dist-'));
    try {
      const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
        cwd: root,
        // A cache of its own: Astro's content store must not mix these entries with the site's.
        env: { ...process.env, CONTENT_ROOT: join(backend.dir, 'content'), ASTRO_CACHE_DIR: `${out}-cache`, WEGWEISER_PDF: '0', NO_COLOR: '1' },
        encoding: 'utf8',
        // About a minute alone; much longer on a busy shared machine.
        timeout: 540_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
      const html = readFileSync(join(out, 'angebote/familienpaten-unna/index.html'), 'utf8');
      for (const text of ['Familienpaten Unna', 'Ehrenamtliche Patinnen und Paten begleiten Familien im Alltag.', 'Kreisstadt Unna', 'kostenlos', 'tel:+492303']) {
        expect(html).toContain(text);
      }
      expect(html).toMatch(/Montag[^<]*Dienstag|Mo[^<]*Di/);
      expect(html).toMatch(/9[.:]00/);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}-cache`, { recursive: true, force: true });
    }
  }, 600_000);
});

describe('/admin/ before login', () => {
  it('says in German, as an alert, when the editor cannot be loaded', async () => {
    const page = await site.browser.newPage();
    try {
      await page.route('**/admin/decap/**', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(`${site.origin}/admin/`);
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/^Der Web-Editor konnte nicht geladen werden \(\/admin\/decap\/[\d.]+\/decap-cms\.js\)\. Bitte laden Sie die Seite neu/);
    } finally {
      await page.close();
    }
  });

  it('makes no request to another origin', async () => {
    // A host name that is not "localhost": Decap probes its local backend only on localhost.
    // Decap needs a secure context (crypto.randomUUID): browsers treat *.localhost, which resolves to
    // the loopback address, as secure, as they treat HTTPS (the headless shell ignores the flag
    // --unsafely-treat-insecure-origin-as-secure).
    const origin = `http://redaktion.localhost:${new URL(site.origin).port}`;
    const remote = await launchBrowser();
    try {
      const page = await remote.newPage();
      page.setDefaultTimeout(90_000);
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await page.goto(`${origin}/admin/`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: /Mit GitHub einloggen/ }).waitFor();
      expect(foreign).toEqual([]);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    } finally {
      await remote.close();
    }
  }, 200_000);
});
