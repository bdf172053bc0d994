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
 * instituciones 109.5, metodologia 0.1, og 51.6, pagefind 17.7; total 332.3). A small corpus has
 * more institutions per report than a national year (375 for 160 reports; about 0.7 per report at
 * 1,000), so these per-report figures are higher than at 5,000 reports; they guard against a page
 * type growing, not the 600 MB target itself, which `npm run bench` checks at 5,000.
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
  datos: 44,
  embed: 51,
  informes: 49,
  instituciones: 123,
  metodologia: 0.5,
  og: 58,
  pagefind: 22,
};

/** KB per report for the whole site (332.3 measured, see above). */
export const TOTAL_BUDGET_KB = 372;

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
