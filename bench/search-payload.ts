/**
 * npx tsx bench/search-payload.ts [--site DIR] [--query TEXT] [--json] [--files]
 *
 * What one search costs a reader: opens /buscar/?q=TEXT of a built site (default $SITE_DIR or
 * dist/, the base path read from the built page) in Debian's Chromium, waits for the results,
 * and adds up the bytes of every search-bundle request the browser made (its network events,
 * the Web Worker's included): pagefind.js and its worker, the WebAssembly, the index metadata,
 * the index chunks, the filter indexes and the result fragments. The page itself (HTML, CSS,
 * inline script) is listed apart.
 *
 * Figures: "transferido" = body bytes as served by the local static server (no HTTP compression;
 * Pagefind's .pf_* and .pagefind files are already gzip-compressed), and "con gzip" = the same
 * with the JavaScript gzip-compressed, as a host like GitHub Pages sends it. Prints a table
 * and the total in KB (1 KB = 1000 bytes); --json prints the figures as JSON; --files also lists
 * every file downloaded, largest first.
 * measureSearchPayload() gives the same figures to bench/run.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/server.ts';
import { siteDir } from '../scripts/site-dir.mjs';

/** Kind of a search-bundle file, from its name. */
function kindOf(path: string): string {
  const name = path.split('/').pop() ?? '';
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'pagefind-worker.js';
  if (name.endsWith('.pagefind')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'metadatos del índice';
  if (name.endsWith('.pf_index')) return 'fragmentos del índice (chunks)';
  if (name.endsWith('.pf_filter')) return 'índices de filtros';
  if (name.endsWith('.pf_fragment')) return 'fragmentos de resultados';
  if (name.endsWith('.json')) return 'pagefind-entry.json';
  return 'otros del buscador';
}

export interface Hit { url: string; kind: string; bytes: number; gzip: number }

export interface SearchPayload {
  site: string;
  /** Base path read from the built /buscar/ page. */
  base: string;
  query: string;
  /** The status line the page showed ("12 resultados"). */
  results: string;
  /** Requests to the search bundle. */
  requests: number;
  /** Body bytes of those requests, as served (no HTTP compression). */
  bytes: number;
  /** The same, JavaScript/JSON gzip-compressed (level 9). */
  gzipBytes: number;
  /** Bytes of the /buscar/ page itself and its assets, uncompressed. */
  pageBytes: number;
  byKind: Record<string, { n: number; bytes: number; gzip: number }>;
  /** Every search-bundle file downloaded (path under the base), with its size. */
  files: Hit[];
}

/** Thrown when the site has no search page or bundle. */
export class SiteError extends Error {}

/** Opens /buscar/?q=query of the site built in `site` and adds up what the search downloads. */
export async function measureSearchPayload({ site, query }: { site: string; query: string }): Promise<SearchPayload> {
  const searchPage = join(site, 'buscar', 'index.html');
  if (!existsSync(searchPage) || !existsSync(join(site, 'pagefind', 'pagefind.js'))) {
    throw new SiteError(`falta ${searchPage} o ${site}/pagefind/: construya el sitio (npm run build)`);
  }
  const base = /data-pagefind="([^"]*\/)pagefind\/pagefind\.js"/.exec(readFileSync(searchPage, 'utf8'))?.[1];
  if (!base) throw new SiteError(`${searchPage} no carga pagefind/pagefind.js`);

  const server = await serveStatic(site, base);
  const browser = await launchBrowser();
  const hits: Hit[] = [];
  let pageBytes = 0;
  let results = '';
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (req) => {
      pending.push((async () => {
        const res = await req.response();
        if (!res) return;
        const body = await res.body().catch(() => Buffer.alloc(0));
        const path = new URL(req.url()).pathname;
        if (!path.startsWith(`${base}pagefind/`)) {
          pageBytes += body.length;
          return;
        }
        const kind = kindOf(path);
        const gzip = /\.(m?js|json)$/.test(path) ? gzipSync(body, { level: 9 }).length : body.length;
        hits.push({ url: path.slice(base.length), kind, bytes: body.length, gzip });
      })());
    });
    await page.goto(`${server.url}buscar/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => {
      const s = document.getElementById('estado')?.textContent ?? '';
      return /resultado/.test(s) && !document.getElementById('resultados')?.hasAttribute('aria-busy');
    }, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    results = (await page.locator('#estado').textContent()) ?? '';
  } finally {
    await browser.close();
    await server.close();
  }

  const byKind: SearchPayload['byKind'] = {};
  for (const h of hits) {
    const k = (byKind[h.kind] ??= { n: 0, bytes: 0, gzip: 0 });
    k.n++;
    k.bytes += h.bytes;
    k.gzip += h.gzip;
  }
  return {
    site, base, query, results, requests: hits.length, pageBytes, byKind, files: hits,
    bytes: hits.reduce((n, h) => n + h.bytes, 0),
    gzipBytes: hits.reduce((n, h) => n + h.gzip, 0),
  };
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
  };
  const site = arg('site', siteDir());
  const query = arg('query', 'contratacion');
  let p: SearchPayload;
  try {
    p = await measureSearchPayload({ site, query });
  } catch (e) {
    if (!(e instanceof SiteError)) throw e;
    console.error(`search-payload: ${e.message}`);
    process.exit(2);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(p, null, 2));
    return;
  }
  const kb = (b: number) => (b / 1000).toFixed(1);
  console.log(`Búsqueda «${p.query}» en ${p.site} (base ${p.base}): ${p.results}`);
  console.log('archivo'.padEnd(34) + 'pedidos'.padStart(8) + 'transferido KB'.padStart(16) + 'con gzip KB'.padStart(13));
  for (const [kind, k] of Object.entries(p.byKind).sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(kind.padEnd(34) + String(k.n).padStart(8) + kb(k.bytes).padStart(16) + kb(k.gzip).padStart(13));
  }
  console.log('total del buscador'.padEnd(34) + String(p.requests).padStart(8) + kb(p.bytes).padStart(16) + kb(p.gzipBytes).padStart(13));
  console.log(`(la página /buscar/ misma: ${kb(p.pageBytes)} KB sin comprimir)`);
  if (process.argv.includes('--files')) {
    for (const h of [...p.files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(h.gzip).padStart(8)}  ${h.url}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
