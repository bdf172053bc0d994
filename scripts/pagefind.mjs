// Builds the full-text search index of the built site (SITE_DIR, else OUT_DIR, else dist/) with Pagefind's
// Node API, and fails the build on any indexing error.
//
// What is indexed:
// - Every page's <main data-pagefind-body> (Base.astro; pages with index={false} have none and
//   are left out), minus what pages mark data-pagefind-ignore (nav, breadcrumbs, tables of
//   data that other records cover) and, here, two repeated pieces of chrome: chart SVGs (their
//   labels repeat the tables; each chart's takeaway is text beside it) and the "archivo:línea"
//   citations beside every figure (<cite class="src">). Headings with ids become sub-results.
// - Each goal/indicator (src/site/search.ts → goalSearchRecords) and each SERCOP process
//   (src/site/contracts.ts → contractSearchRecords, found by ocid, title or description) is a
//   section of its institution's profile in the profile's indexed copy (profileSearchSections):
//   a heading with the id of the goal's row (or the process's year of "Según el SERCOP"), which
//   Pagefind returns as a sub-result of the profile. One record per page, not one per goal: the
//   index metadata every search downloads grows with the number of records (716 KB per query at
//   5,000 reports with one record per goal). The build checks that every goal's and process's
//   anchor exists in the built profile, so a search result never leads to a missing row.
// Filters (tipo, funcion, nivel, anio, formato), result metadata and sort keys are declared
// by the pages (<SearchFacets>) and by the records. Pagefind drops from a sorted search every
// record without the sort key, so an indexed page that declares no `anio` (a page without
// <SearchFacets>) gets the undated key "0" in its indexed copy, and is listed here.
//
// Pagefind joins the text of adjacent elements it treats as inline (<dt><dd>, <th><th>,
// <span><span>: "RUC1798194735001", "ConceptoValor"), so each page is handed over with a space
// between adjacent tags (only the indexed copy; the served HTML is untouched).
//
// URLs: Pagefind stores URLs relative to the site root ("/instituciones/x/") and the browser
// library prefixes the bundle's base (/cuentas-abiertas/ under BASE_PATH) to every result, so
// pages and custom records both use root-relative URLs here (no base).
//
// What a search downloads (npm run bench:search): Pagefind's JS and WebAssembly, the index
// metadata, one word-index chunk per query word and one fragment per result shown. Profiles
// index who the institution is (name, RUC, function, reports, units, recommendations,
// commitments) and their goals and processes, not their figures, charts and the prose around
// them (data-pagefind-ignore on those sections): those words recur on every profile and made
// every chunk and fragment heavier. The word index is then re-split into smaller chunks
// (MAX_CHUNK_ENTRIES, scripts/pagefind-chunks.mjs).
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { tsImport } from 'tsx/esm/api';
import { rechunkIndex } from './pagefind-chunks.mjs';
import { siteDir } from './site-dir.mjs';

const dir = siteDir();
/** Word occurrences per index chunk (a word with more has a chunk of its own). */
const MAX_CHUNK_ENTRIES = 4000;
const { loadDatasets } = await tsImport('../src/site/data.ts', import.meta.url);
const { goalSearchRecords, NO_YEAR, profileSearchSections } = await tsImport('../src/site/search.ts', import.meta.url);
const { contractSearchRecords } = await tsImport('../src/site/contracts.ts', import.meta.url);

async function fail(msg) {
  console.error(`pagefind: ${msg}`);
  await pagefind.close();
  process.exit(1);
}

/** Every .html file under the site, the search bundle aside, as paths relative to it. */
function htmlFiles(d = dir) {
  return readdirSync(d).sort().flatMap((name) => {
    const p = join(d, name);
    if (statSync(p).isDirectory()) return relative(dir, p) === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [relative(dir, p)] : [];
  });
}

/** "instituciones/x/index.html" → "/instituciones/x/". */
const pageUrl = (rel) => `/${rel.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

const { index, errors: createErrors } = await pagefind.createIndex({
  forceLanguage: 'es',
  excludeSelectors: ['svg', 'cite.src'],
});
if (!index) await fail(`no se pudo crear el índice: ${createErrors.join('; ')}`);

const ds = loadDatasets();
const goalRecords = goalSearchRecords(ds);
const contractRecords = contractSearchRecords(ds);
/** Profile URL → its goals and processes, in order. */
const recordsOf = new Map();
for (const r of [...goalRecords, ...contractRecords]) {
  const key = `/instituciones/${r.institutionId}/`;
  if (!recordsOf.has(key)) recordsOf.set(key, []);
  recordsOf.get(key).push(r);
}

// One page in memory at a time (a national build indexes thousands).
const missing = [];
const unsorted = [];
let indexed = 0;
for (const rel of htmlFiles()) {
  const html = readFileSync(join(dir, rel), 'utf8');
  if (!/\sdata-pagefind-body[\s=>]/.test(html)) continue;
  indexed++;
  // Pagefind keeps every element id of a page (with its text) in the page's fragment, which each
  // search downloads per result shown; only headings' ids make sub-results, so the indexed copy
  // keeps those alone.
  let content = html.replace(/>(?=<[a-zA-Z])/g, '> ').replace(/(<(?!h[1-6]\b)[a-z][a-z0-9]*\b[^>]*?)\sid="[^"]*"/g, '$1');
  if (!html.includes('data-pagefind-sort="anio[')) {
    unsorted.push(rel);
    content = content.replace(/(<[a-z]+\b[^>]*\sdata-pagefind-body[^>]*>)/, `$1<span data-pagefind-sort="anio:${NO_YEAR}"></span>`);
  }
  const records = recordsOf.get(pageUrl(rel));
  if (records) {
    recordsOf.delete(pageUrl(rel));
    const ids = new Set([...html.matchAll(/\sid="((?:meta|sercop)-[^"]+)"/g)].map((m) => m[1]));
    missing.push(...records.filter((r) => !ids.has(r.anchor)));
    const end = content.lastIndexOf('</main>');
    if (end < 0) await fail(`${rel}: sin </main> donde añadir sus metas y procesos`);
    content = content.slice(0, end) + profileSearchSections(records) + content.slice(end);
  }
  const { errors } = await index.addHTMLFile({ url: pageUrl(rel), content });
  if (errors.length) await fail(`${rel}: ${errors.join('; ')}`);
}
if (!indexed) await fail(`ninguna página con data-pagefind-body en ${dir}`);
if (unsorted.length) console.error(`pagefind: páginas sin <SearchFacets> (sin tipo; año "${NO_YEAR}"): ${unsorted.join(', ')}`);

for (const rs of recordsOf.values()) missing.push(...rs);
if (missing.length) await fail(`${missing.length} metas o procesos sin su fila en el perfil: ${missing.slice(0, 5).map((r) => r.url).join(', ')}`);

const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
if (written.errors.length) await fail(written.errors.join('; '));
// /buscar/ uses Pagefind's JS API only: drop its prebuilt UI bundles, which nothing links to
// (and whose files Pagefind 1.5.2 sometimes leaves half-written when the service closes).
for (const f of readdirSync(join(dir, 'pagefind'))) {
  if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(f)) rmSync(join(dir, 'pagefind', f));
}
// Smaller word-index chunks than Pagefind's ~20,000 occurrences, a frequent word alone in its
// own (scripts/pagefind-chunks.mjs). 4,000: at 1,000 reports a one-word search downloads
// 7 KB of index instead of 32-57 KB, for 1.4 KB more index metadata (174 chunks instead of 37).
let chunks = {};
try {
  chunks = rechunkIndex(join(dir, 'pagefind'), { maxEntries: MAX_CHUNK_ENTRIES });
} catch (e) {
  await fail(`no se pudo dividir el índice de palabras: ${e.message}`);
}
console.error(`pagefind: ${indexed} páginas, ${goalRecords.length} metas y ${contractRecords.length} procesos del SERCOP indexados (en los perfiles); `
  + Object.values(chunks).map((c) => `${c.words} palabras en ${c.chunks} fragmentos del índice (Pagefind: ${c.chunksBefore})`).join('; '));
await pagefind.close();
