/** Which Chromium runs, and the browser harness's message when there is none. */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/dev/browser.ts';
import { chromiumPath, FULL_CHROMIUM, HEADLESS_SHELL } from '../../src/lib/dev/chromium-path.ts';

describe('launchBrowser', () => {
  it('explains how to install Chromium when none is found', async () => {
    await expect(launchBrowser({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(/apt-get install -y chromium-headless-shell chromium.*CHROMIUM_PATH/s);
  });
});

describe('chromiumPath', () => {
  it('takes CHROMIUM_PATH first, then the headless shell when installed, else the full Chromium', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome' }, () => true)).toBe('/opt/chrome');
    expect(chromiumPath({}, (p) => p === HEADLESS_SHELL)).toBe(HEADLESS_SHELL);
    expect(chromiumPath({}, () => false)).toBe(FULL_CHROMIUM);
    expect(chromiumPath({ CHROMIUM_PATH: '' }, () => false)).toBe(FULL_CHROMIUM);
  });
});
