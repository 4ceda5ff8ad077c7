/**
 * node scripts/cms-screenshots.ts — screenshots of the German web editor for
 * CONTRIBUTING.md (docs/screenshots/cms-*.png) and an axe report of /admin/.
 * Needs a built dist/ and Chromium. Runs the local backend on a temporary
 * copy of content/, so nothing in the working copy changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../src/lib/dev/axe.ts';
import { launchBrowser } from '../src/lib/dev/browser.ts';
import { routeConfig, startLocalBackend } from '../src/lib/dev/cms.ts';
import { serveDist } from '../src/lib/dev/server.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const backend = await startLocalBackend(join(root, 'content'));
const server = await serveDist();
const browser = await launchBrowser();
const axeReport: string[] = [];

async function axe(page: Page, what: string) {
  const violations = await axeViolations(page);
  for (const v of violations) {
    axeReport.push(`- ${what}: **${v.id}** (${v.impact}) – ${v.help}; ${v.nodes.length} Stelle(n), z. B. \`${v.nodes[0]?.target.join(' ')}\``);
  }
  if (violations.length === 0) axeReport.push(`- ${what}: keine Verstöße`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await routeConfig(page, backend.configYaml);
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole('button', { name: 'Login' }).waitFor();
  await axe(page, 'Anmeldeseite');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByText('Angebote').first().waitFor();
  await page.getByText('Ärztlicher Bereitschaftsdienst 116 117').first().waitFor();
  await page.screenshot({ path: join(out, 'cms-1-uebersicht.png') });
  await axe(page, 'Übersicht Angebote');

  await page.goto(`${server.origin}/admin/#/collections/contacts/entries/familienbuero-selm`);
  await page.getByText('Kurzbeschreibung').first().waitFor();
  await page.frameLocator('iframe').first().getByText('Anlaufstelle (Vorschau)').waitFor();
  await page.screenshot({ path: join(out, 'cms-2-eintrag-bearbeiten.png') });
  await axe(page, 'Formular Anlaufstelle');

  await page.goto(`${server.origin}/admin/#/collections/offers/new`);
  await page.getByText('Kurzbeschreibung').first().waitFor();
  await page.getByRole('button', { name: /telefon, chat, e-mail, web hinzufügen/i }).click();
  await page.getByRole('button', { name: /öffnungszeiten hinzufügen/i }).click();
  await page.getByText('Wochentage').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'cms-3-oeffnungszeiten.png') });
  await axe(page, 'Formular neues Angebot');

  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByText('Jetzt veröffentlichen', { exact: true }).waitFor();
  await page.screenshot({ path: join(out, 'cms-4-veroeffentlichen.png') });
} finally {
  await browser.close();
  await server.close();
  await backend.stop();
}
writeFileSync(join(root, 'reports/axe-admin.md'), `${axeReport.join('\n')}\n`);
console.log(axeReport.join('\n'));
