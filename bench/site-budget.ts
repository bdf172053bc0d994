/**
 * Size budget of the built site per report, per top-level folder (one per page type) and in
 * total (issue 17). Asserted on a generated corpus by test/e2e/scale.test.ts; measured at every
 * size by `npm run bench` (BENCHMARKS.md, «Tamaño del sitio»). Bytes on disk, uncompressed, as
 * GitHub Pages counts them; KB = 1000 bytes.
 * Per-report figures include each folder's fixed part (the search bundle's code, the
 * stylesheet, the site-wide pages, the 50-row comparison pages), which weighs more per report in
 * a small corpus.
 */
import type { SiteSizeFigures } from './types.ts';

/**
 * KB per report allowed to each top-level folder of the site ("(raíz)": files at the root), on
 * the test's corpus (160 generated reports, seed 7, 375 institutions: src/corpus). Set about 12 %
 * above what that corpus measured on 2026-12-03 (BASE_PATH=/, in KB per report: raíz 1.5, _astro
 * 0.1, buscar 0.1, comparar 22.4, compromisos 0.0, datos 39.5, embed 45.6, informes 44.0,
 * instituciones 109.5, metodologia 0.1, og 51.6, pagefind 17.7; total 332.3). datos, informes and
 * og were lowered on 2026-12-03 after one format per dataset, compact paged line views without a
 * .txt copy and 16-colour cards, measured on the same corpus: datos 15.8, informes 25.0, og 38.5;
 * total 276.8 (the other folders then: raíz 1.5, _astro 0.3, buscar 0.2, comparar 23.9,
 * embed 45.6, instituciones 115.5, metodologia 0.2, pagefind 10.2). A small corpus has
 * more institutions per report than a national year (375 for 160 reports; about 0.7 per report at
 * 1,000), so these per-report figures are higher than at 5,000 reports; they guard against a page
 * type growing, not the 600 MB target itself, which `npm run bench` checks at 5,000.
 * embed: 45.8 -> 14.9 KB per report since each profile chart is an SVG file that the profile and
 * its embed page share (same corpus, same day; instituciones 117.3 -> 117.2, total 335.4 -> 304.4).
 * instituciones: 117.2 -> 113.6 KB per report with the leaner share/download boxes (the buttons
 * that need JavaScript added by the script) and the phone chart files without <title> tooltips
 * (same corpus, 2026-12-03; total 300.8). Its budget stays 123 (8 % above; 12 % would be 127).
 * instituciones, measured as the test builds it (BASE_PATH=/cuentas-abiertas/, longer links than
 * BASE_PATH=/): 117.1 KB per report before the slimmer profile tables (one source file per table,
 * column names for phone cards in site.css, group headings without repeats), 110.4 after; its
 * budget, 123, is 12 % above the latter.
 */
export const FOLDER_BUDGET_KB: Readonly<Record<string, number>> = {
  '(raíz)': 2,
  _astro: 0.5,
  buscar: 0.5,
  comparar: 25,
  compromisos: 0.5,
  datos: 18,
  embed: 17,
  informes: 28,
  instituciones: 123,
  metodologia: 0.5,
  og: 43,
  pagefind: 22,
};

/** KB per report for the whole site (about 246 measured with the shared chart files and the slimmer line views, datasets and cards). */
export const TOTAL_BUDGET_KB = 280;

/**
 * What exceeds its budget, one Spanish sentence each ("problema: valor (dónde)"); a folder
 * without a budget is one too (a new page type must get its budget here). Empty when the site fits.
 */
export function budgetProblems(size: SiteSizeFigures, reports: number): string[] {
  const perReport = (bytes: number) => bytes / reports / 1000;
  const problems: string[] = [];
  for (const f of size.folders) {
    const budget = FOLDER_BUDGET_KB[f.folder];
    if (budget === undefined) problems.push(`carpeta sin presupuesto de tamaño: ${f.folder} (bench/site-budget.ts)`);
    else if (perReport(f.bytes) > budget) {
      problems.push(`carpeta sobre su presupuesto: ${f.folder} ${perReport(f.bytes).toFixed(1)} KB por informe, máximo ${budget} (${reports} informes)`);
    }
  }
  if (perReport(size.bytes) > TOTAL_BUDGET_KB) {
    problems.push(`sitio sobre su presupuesto: ${perReport(size.bytes).toFixed(1)} KB por informe, máximo ${TOTAL_BUDGET_KB} (${reports} informes)`);
  }
  return problems;
}
