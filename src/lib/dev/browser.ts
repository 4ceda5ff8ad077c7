/**
 * Headless Chromium for browser tests: Debian's `chromium-headless-shell` or
 * `chromium` (see chromium-path.ts) driven by playwright-core (Playwright's own
 * browser download does not work here).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './chromium-path.ts';

const CHROMIUM_PATH = chromiumPath();

/**
 * Throws a clear error (German, with the English gist) when there is no
 * Chromium at `path`: how to install it, and how to point the tests elsewhere.
 */
export function assertChromium(path = CHROMIUM_PATH): void {
  if (!existsSync(path)) {
    throw new Error(
      `Chromium nicht gefunden unter ${path}. Installieren mit "sudo apt-get install -y chromium-headless-shell chromium" ` +
        '(Debian/Ubuntu; .ci/run erledigt das automatisch) oder den Pfad eines vorhandenen Chromium/Chrome ' +
        'in der Umgebungsvariable CHROMIUM_PATH angeben. (Chromium not found: install Debian\'s "chromium-headless-shell" or "chromium" package or set CHROMIUM_PATH.)',
    );
  }
}

/** Debian's Chromium, headless; `args` are added to the usual flags (e.g. a DevTools port for Lighthouse). */
export async function launchBrowser({ executablePath = CHROMIUM_PATH, args = [] }: { executablePath?: string; args?: readonly string[] } = {}): Promise<Browser> {
  assertChromium(executablePath);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/** Viewports used across the journeys. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;
