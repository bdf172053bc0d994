/**
 * Weight budgets on the built site (gzip sizes): an institution profile ships at most 20 KB of
 * JavaScript and 100 KB in all (HTML + CSS + JS + fonts, search index excluded); comparison
 * pages at most 120 KB of JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { E2E_BASE, E2E_DIST, htmlPages, readPage } from '../support/site.ts';

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** gzip bytes of a page: its HTML, inline scripts, and the scripts/styles/fonts it links. */
export function pageWeight(rel: string): { total: number; js: number } {
  const html = readPage(rel);
  let js = 0;
  let total = gz(html);
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) if (m[1]!.trim()) js += gz(m[1]!);
  const linked = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => ({ url: m[1]!, js: true })),
    ...[...html.matchAll(/<link\b[^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*href="([^"]+)"/g)].map((m) => ({ url: m[1]!, js: /\.m?js$/.test(m[1]!) })),
  ];
  for (const { url, js: isJs } of linked) {
    if (!url.startsWith(E2E_BASE) || url.includes('/pagefind/')) continue;
    const size = gz(readFileSync(join(E2E_DIST, url.slice(E2E_BASE.length))));
    total += size;
    if (isJs) js += size;
  }
  return { total, js };
}

describe('weight budgets (gzip)', () => {
  const pages = htmlPages();
  const profiles = pages.filter((p) => /^instituciones\/[^/]+\/index\.html$/.test(p));
  const comparisons = pages.filter((p) => /^comparar\/[^/]+\/index\.html$/.test(p));

  it('finds the pages to weigh', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(5);
    expect(comparisons.length).toBe(3);
  });
  it('every institution profile: ≤ 20 KB of JS and ≤ 100 KB in all', () => {
    const over = profiles
      .map((p) => ({ p, ...pageWeight(p) }))
      .filter((w) => w.js > 20_000 || w.total > 100_000)
      .map((w) => `${w.p}: JS ${w.js} B, total ${w.total} B`);
    expect(over).toEqual([]);
  });
  it('every comparison page: ≤ 120 KB of JS', () => {
    const over = comparisons.map((p) => ({ p, ...pageWeight(p) })).filter((w) => w.js > 120_000).map((w) => `${w.p}: JS ${w.js} B`);
    expect(over).toEqual([]);
  });
});
