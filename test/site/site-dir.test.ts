import { describe, expect, it } from 'vitest';
import { siteDir } from '../../scripts/site-dir.mjs';

describe('siteDir (scripts/pagefind.mjs, scripts/audit.mjs, bench:search)', () => {
  it('honours SITE_DIR, else OUT_DIR (the folder Astro built into), else dist', () => {
    expect(siteDir({ SITE_DIR: 'a', OUT_DIR: 'b' })).toBe('a');
    expect(siteDir({ OUT_DIR: '/tmp/x/site' })).toBe('/tmp/x/site');
    expect(siteDir({ OUT_DIR: '' })).toBe('dist');
    expect(siteDir({})).toBe('dist');
  });

  it('is what pagefind.mjs indexes (no other folder is named there)', async () => {
    const { readFileSync } = await import('node:fs');
    const src = readFileSync('scripts/pagefind.mjs', 'utf8');
    expect(src).toMatch(/const dir = siteDir\(\);/);
    expect(src).not.toMatch(/process\.env\.SITE_DIR/);
  });
});
