/** The browser harness fails with a message that says how to install Chromium. */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/dev/browser.ts';

describe('launchBrowser', () => {
  it('explains how to install Chromium when none is found', async () => {
    await expect(launchBrowser({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/s);
  });
});
