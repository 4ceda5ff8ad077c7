/**
 * The web editor's configuration as built: dist/admin/config.yml is exactly the
 * one the schemas and vocabularies give (src/lib/cms/build-config.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteCmsConfig, toYaml } from '../../src/lib/cms/build-config.ts';
import { assertBuilt, DIST } from '../../src/lib/dev/dist.ts';
import { PAGES } from '../../src/lib/urls.ts';

describe('built web editor configuration', () => {
  it('the built /admin/config.yml is the one the schemas give', () => {
    assertBuilt();
    expect(parse(readFileSync(join(DIST, PAGES.adminConfig), 'utf8'))).toEqual(parse(toYaml(siteCmsConfig())));
  });
});
