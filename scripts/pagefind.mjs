// Builds the full-text search index of the built site (SITE_DIR, else OUT_DIR, else dist/) with Pagefind's
// Node API, and fails the build on any indexing error.
//
// What is indexed:
// - Every page's <main data-pagefind-body> (Base.astro; pages with index={false} have none and
//   are left out), minus what pages mark data-pagefind-ignore (nav, breadcrumbs, tables of
//   data that other records cover) and, here, two repeated pieces of chrome: chart SVGs (their
//   labels repeat the tables; each chart's takeaway is text beside it) and the "archivo:línea"
//   citations beside every figure (<cite class="src">). Headings with ids become sub-results.
// - One custom record per goal/indicator (src/site/search.ts → goalSearchRecords), pointing at
//   the goal's row on its institution's profile. The build checks that every such anchor exists
//   in the built profile, so a search result never leads to a missing row.
// - One custom record per SERCOP process (src/site/contracts.ts → contractSearchRecords), found
//   by ocid, title or description, pointing at its year of "Según el SERCOP" on the buyer's profile.
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
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { tsImport } from 'tsx/esm/api';
import { siteDir } from './site-dir.mjs';

const dir = siteDir();
const { loadDatasets } = await tsImport('../src/site/data.ts', import.meta.url);
const { goalSearchRecords, NO_YEAR } = await tsImport('../src/site/search.ts', import.meta.url);
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

// One page in memory at a time (a national build indexes thousands): of each page only the goal
// anchors it renders are kept, to check the goal records against them.
const anchors = new Map();
const unsorted = [];
let indexed = 0;
for (const rel of htmlFiles()) {
  const html = readFileSync(join(dir, rel), 'utf8');
  if (!/\sdata-pagefind-body[\s=>]/.test(html)) continue;
  indexed++;
  let content = html.replace(/>(?=<[a-zA-Z])/g, '> ');
  if (!html.includes('data-pagefind-sort="anio[')) {
    unsorted.push(rel);
    content = content.replace(/(<[a-z]+\b[^>]*\sdata-pagefind-body[^>]*>)/, `$1<span data-pagefind-sort="anio:${NO_YEAR}"></span>`);
  }
  const { errors } = await index.addHTMLFile({ url: pageUrl(rel), content });
  if (errors.length) await fail(`${rel}: ${errors.join('; ')}`);
  const ids = [...html.matchAll(/\sid="((?:meta|sercop)-[^"]+)"/g)].map((m) => m[1]);
  if (ids.length) anchors.set(pageUrl(rel), new Set(ids));
}
if (!indexed) await fail(`ninguna página con data-pagefind-body en ${dir}`);
if (unsorted.length) console.error(`pagefind: páginas sin <SearchFacets> (sin tipo; año "${NO_YEAR}"): ${unsorted.join(', ')}`);

const ds = loadDatasets();
const goalRecords = goalSearchRecords(ds);
const contractRecords = contractSearchRecords(ds);
const records = [...goalRecords, ...contractRecords];
const missing = records.filter((r) => !anchors.get(`/instituciones/${r.institutionId}/`)?.has(r.anchor));
if (missing.length) await fail(`${missing.length} metas o procesos sin su fila en el perfil: ${missing.slice(0, 5).map((r) => r.url).join(', ')}`);
for (const r of records) {
  const { errors } = await index.addCustomRecord({
    url: r.url, content: r.content, language: r.language, meta: r.meta, filters: r.filters, sort: r.sort,
  });
  if (errors.length) await fail(`registro ${r.url}: ${errors.join('; ')}`);
}

const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
if (written.errors.length) await fail(written.errors.join('; '));
// /buscar/ uses Pagefind's JS API only: drop its prebuilt UI bundles, which nothing links to
// (and whose files Pagefind 1.5.2 sometimes leaves half-written when the service closes).
for (const f of readdirSync(join(dir, 'pagefind'))) {
  if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(f)) rmSync(join(dir, 'pagefind', f));
}
console.error(`pagefind: ${indexed} páginas, ${goalRecords.length} metas y ${contractRecords.length} procesos del SERCOP indexados`);
await pagefind.close();
