/**
 * Link checker over the site built under a sub-path: every internal link, asset and data
 * file resolves inside dist, every #anchor exists on its page, and nothing escapes the base.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_BASE, E2E_DIST, htmlPages, readPage, urlOf, walk } from '../support/site.ts';

const ATTR = /\s(?:href|src|action|poster|data-src)\s*=\s*"([^"]*)"/g;
// Quoted or not: the report line views write `<li id=L12>` (src/site/reports.ts).
const ID = /\sid\s*=\s*(?:"([^"]+)"|([^\s"'=<>`]+))/g;

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => (m[1] ?? m[2])!));
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

  // The test build's SITE_URL (test/e2e/global-setup.ts): absolute links to it are links into the site.
  const SITE_URL = 'https://example.org';

  it('absolute URLs (canonical, og:url, og:image…), srcset, CSS url() and data-* paths resolve inside the site', () => {
    const problems: string[] = [];
    const check = (page: string, raw: string, what: string) => {
      const url = new URL(raw.replace(/&amp;/g, '&'), `http://site${urlOf(page)}`);
      if (!url.pathname.startsWith(E2E_BASE)) return problems.push(`${page}: ${what} fuera de la base: ${raw}`);
      if (!fileFor(url.pathname)) problems.push(`${page}: ${what} roto: ${raw}`);
    };
    for (const page of pages) {
      const html = readPage(page);
      for (const m of html.matchAll(/\s(?:href|src|content)\s*=\s*"(https?:\/\/[^"]*)"/g)) {
        if (m[1]!.startsWith(`${SITE_URL}/`)) check(page, m[1]!.slice(SITE_URL.length), 'URL absoluta');
      }
      for (const m of html.matchAll(/\ssrcset\s*=\s*"([^"]*)"/g)) {
        for (const c of m[1]!.split(',')) { const u = c.trim().split(/\s+/)[0]; if (u && !/^(https?:|data:)/.test(u)) check(page, u, 'srcset'); }
      }
      for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (!/^(data:|https?:|#)/.test(m[1]!)) check(page, m[1]!, 'url() de CSS');
      }
      for (const m of html.matchAll(/\sdata-[a-z-]+\s*=\s*"([^"]*)"/g)) {
        if (m[1]!.startsWith(E2E_BASE) && /\.[a-z0-9]+$|\/$/.test(m[1]!)) check(page, m[1]!, 'ruta en data-*');
      }
    }
    for (const css of walk(E2E_DIST).filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'))) {
      for (const m of readFileSync(join(E2E_DIST, css), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (!/^(data:|https?:|#)/.test(m[1]!)) check(css, new URL(m[1]!, `http://site${E2E_BASE}${css}`).pathname, 'url() de CSS');
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('every og:image / twitter:image is a PNG in the site', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const m of readPage(page).matchAll(/<meta\s+(?:property|name)="(?:og|twitter):image"\s+content="([^"]+)"/g)) {
        const path = new URL(m[1]!, `${SITE_URL}${urlOf(page)}`).pathname;
        const file = fileFor(path);
        if (!file) problems.push(`${page}: og:image inexistente: ${m[1]}`);
        else if (!readFileSync(file).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) problems.push(`${page}: og:image no es PNG: ${m[1]}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('no page has duplicate ids', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const ids = [...readPage(page).matchAll(ID)].map((m) => (m[1] ?? m[2])!);
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dup.length) problems.push(`${page}: ids duplicados: ${[...new Set(dup)].join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});
