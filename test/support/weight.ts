/**
 * Page weight of a built page, as a reader downloads it with gzip (level 9): its HTML, its
 * inline scripts, and the scripts, stylesheets, preloads and fonts it links under the base
 * (the Pagefind search bundle aside, which only /buscar/ loads on demand).
 * Shared by the weight budgets (test/e2e/budgets.test.ts) and the benchmarks (bench/run.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** gzip bytes of everything the page loads (HTML + CSS + JS + fonts). */
  total: number;
  /** gzip bytes of its JavaScript (inline and linked). */
  js: number;
}

export const gzipBytes = (s: string | Buffer): number => gzipSync(s, { level: 9 }).length;

/**
 * gzip weight of the page `relPath` ("instituciones/x/index.html") of the site built in
 * `siteDir` and served under `base` ("/" or "/cuentas-abiertas/"). `cache` (keyed by file
 * path) saves re-compressing the assets many pages share.
 */
export function pageWeight(siteDir: string, base: string, relPath: string, cache?: Map<string, number>): PageWeight {
  const html = readFileSync(join(siteDir, relPath), 'utf8');
  let js = 0;
  let total = gzipBytes(html);
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) if (m[1]!.trim()) js += gzipBytes(m[1]!);
  const linked = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => ({ url: m[1]!, js: true })),
    ...[...html.matchAll(/<link\b[^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*href="([^"]+)"/g)].map((m) => ({ url: m[1]!, js: /\.m?js$/.test(m[1]!) })),
  ];
  for (const { url, js: isJs } of linked) {
    if (!url.startsWith(base) || url.includes('/pagefind/')) continue;
    const file = join(siteDir, url.slice(base.length));
    let size = cache?.get(file);
    if (size === undefined) {
      size = gzipBytes(readFileSync(file));
      cache?.set(file, size);
    }
    total += size;
    if (isJs) js += size;
  }
  return { total, js };
}
