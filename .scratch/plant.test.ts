import { it } from 'vitest';
it('x', async () => {
  const m = await import('../tests/browser/csp-injection.test.ts?plantonly');
});
