/**
 * Headless Chromium for browser tests: Debian's `chromium` driven by
 * playwright-core (Playwright's own browser download does not work here).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium nicht gefunden unter ${CHROMIUM_PATH}. Installieren mit "sudo apt-get install -y chromium" ` +
        'oder den Pfad in der Umgebungsvariable CHROMIUM_PATH angeben.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Viewports used across the journeys. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;
