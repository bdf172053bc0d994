/** Reading the built test site (see test/e2e/global-setup.ts). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const E2E_BASE = '/cuentas-abiertas/';
export const E2E_DIST = '.tmp-site';

/** Every file below dir, as paths relative to it, sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out.sort();
}

/** The HTML pages of the built site (relative paths), search index excluded. */
export function htmlPages(dir = E2E_DIST): string[] {
  return walk(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

export function readPage(rel: string, dir = E2E_DIST): string {
  return readFileSync(join(dir, rel), 'utf8');
}

/** The URL path a built file is served at under the base. */
export function urlOf(rel: string, base = E2E_BASE): string {
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}
