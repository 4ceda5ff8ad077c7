import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/lib/script-json.ts';

describe('scriptJson', () => {
  it('escapes everything that could close or confuse a script element', () => {
    const value = { name: '</script><script>alert(1)</script>', amp: 'a & b > c', ls: 'x\u2028y\u2029z', c: '<!--' };
    const out = scriptJson(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
  it('keeps undefined as null so the element always holds valid JSON', () => {
    expect(scriptJson(undefined)).toBe('null');
  });
});
