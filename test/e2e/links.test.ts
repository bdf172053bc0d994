/**
 * Link checker over the site built under a sub-path: every internal link, asset and data
 * file resolves inside dist, every #anchor exists on its page, and nothing escapes the base.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_BASE, E2E_DIST, htmlPages, readPage, urlOf } from '../support/site.ts';

const ATTR = /\s(?:href|src|action|poster|data-src)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]+)"/g;

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => m[1]!));
}

function fileFor(path: string): string | null {
  const rel = decodeURIComponent(path.slice(E2E_BASE.length));
  const p = join(E2E_DIST, rel);
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return null;
}

describe('internal links of the site built with BASE_PATH', () => {
  const pages = htmlPages();
  it('builds a site with pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('every internal link, asset and anchor resolves, and none escapes the base', () => {
    const problems: string[] = [];
    const idCache = new Map<string, Set<string>>();
    for (const page of pages) {
      const html = readPage(page);
      const here = urlOf(page);
      for (const m of html.matchAll(ATTR)) {
        const raw = m[1]!.replace(/&amp;/g, '&');
        if (!raw || /^(?:https?:|mailto:|tel:|data:|javascript:)/i.test(raw) || raw.startsWith('//')) continue;
        const url = new URL(raw, `http://site${here}`);
        if (!url.pathname.startsWith(E2E_BASE)) {
          problems.push(`${page}: enlace fuera de la base: ${raw}`);
          continue;
        }
        const file = fileFor(url.pathname);
        if (!file) {
          problems.push(`${page}: enlace roto: ${raw}`);
          continue;
        }
        if (url.hash.length > 1 && file.endsWith('.html')) {
          if (!idCache.has(file)) idCache.set(file, idsOf(readPage(file.slice(E2E_DIST.length + 1))));
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idCache.get(file)!.has(id)) problems.push(`${page}: ancla inexistente: ${raw}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no page has duplicate ids', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const ids = [...readPage(page).matchAll(ID)].map((m) => m[1]!);
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dup.length) problems.push(`${page}: ids duplicados: ${[...new Set(dup)].join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
