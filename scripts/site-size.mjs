// The size of a built site, per top-level folder, and the last step of `npm run build`: a site
// for GitHub Pages must stay under its limit (1 GB: larger sites are refused), so the build stops
// with the figure and a pointer to the README section on other hosts, unless DEPLOY_TARGET says
// the site is not for GitHub Pages.
//
// Environment (the CLI):
// - SITE_DIR / OUT_DIR: the built site (scripts/site-dir.mjs).
// - DEPLOY_TARGET: "github-pages" (default) checks the limit; any other value ("cdn",
//   "almacenamiento"...) says the site goes elsewhere and only prints the size.
// - PAGES_LIMIT_BYTES: the limit in bytes (default 10^9; tests set a tiny one).
// Plain JavaScript so the build, bench (bench/run.ts) and tests can all import it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** GitHub Pages refuses sites over 1 GB (decimal, as BENCHMARKS.md). */
export const PAGES_LIMIT_BYTES = 1e9;
/** Files at the site's root (index.html, 404.html, favicon...) are counted under this name. */
export const ROOT_FOLDER = '(raíz)';

/**
 * Bytes and files of a built site, in total and per top-level folder (files at the root under
 * ROOT_FOLDER), folders sorted by name. Symbolic links are not followed.
 * @param {string} dir
 * @returns {{ bytes: number, files: number, folders: { folder: string, bytes: number, files: number }[] }}
 */
export function siteSize(dir) {
  /** @type {Map<string, { folder: string, bytes: number, files: number }>} */
  const folders = new Map();
  const add = (folder, bytes) => {
    const f = folders.get(folder) ?? { folder, bytes: 0, files: 0 };
    f.bytes += bytes;
    f.files += 1;
    folders.set(folder, f);
  };
  const walk = (d, folder) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, folder ?? e.name);
      else if (e.isFile()) add(folder ?? ROOT_FOLDER, statSync(p).size);
    }
  };
  walk(dir, null);
  const list = [...folders.values()].sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
  return { bytes: list.reduce((n, f) => n + f.bytes, 0), files: list.reduce((n, f) => n + f.files, 0), folders: list };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The check of the last build step: null when the site may be deployed to GitHub Pages (or is
 * not for it), else the Spanish message that stops the build.
 * @param {{ bytes: number, files: number }} size
 * @param {{ target?: string, limit?: number }} opts
 * @returns {string | null}
 */
export function pagesLimitError(size, { target = 'github-pages', limit = PAGES_LIMIT_BYTES } = {}) {
  if (target !== 'github-pages' || size.bytes <= limit) return null;
  return `sitio demasiado grande para GitHub Pages: ${mb(size.bytes)} en ${size.files} archivos (límite ${mb(limit)}). ` +
    'Publíquelo en un almacenamiento de objetos o una CDN (README, sección «Publicar en otro alojamiento») ' +
    'y construya con DEPLOY_TARGET=cdn para omitir este control.';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { siteDir } = await import('./site-dir.mjs');
  const dir = siteDir();
  const size = siteSize(dir);
  const target = (process.env.DEPLOY_TARGET || 'github-pages').trim();
  const raw = process.env.PAGES_LIMIT_BYTES;
  const limit = raw ? Number(raw) : PAGES_LIMIT_BYTES;
  if (!Number.isFinite(limit) || limit < 0) {
    console.error(`tamaño del sitio: PAGES_LIMIT_BYTES inválido: ${raw}`);
    process.exit(2);
  }
  const folders = size.folders.map((f) => `${f.folder} ${mb(f.bytes)}`).join(', ');
  console.log(`tamaño del sitio: ${mb(size.bytes)} en ${size.files} archivos (${folders})`);
  const error = pagesLimitError(size, { target, limit });
  if (error) {
    console.error(`tamaño del sitio: ${error}`);
    process.exit(1);
  }
}
