/** Static CSV of each full comparison (same columns as its table). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { budgetComparison, comparisonCsv, goalsComparison, procurementComparison } from '../../site/compare.ts';
import { sercopComparison } from '../../site/contracts.ts';

const BUILDERS = {
  presupuesto: () => { const c = budgetComparison(loadDatasets()); return comparisonCsv(c.rows, c.columns); },
  metas: () => { const c = goalsComparison(loadDatasets()); return comparisonCsv(c.rows, c.columns); },
  contratacion: () => { const c = procurementComparison(loadDatasets()); return comparisonCsv(c.rows, c.columns); },
  'contratacion-sercop': () => { const c = sercopComparison(loadDatasets()); return comparisonCsv(c.rows, c.columns); },
} as const;

export const getStaticPaths: GetStaticPaths = () => Object.keys(BUILDERS).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const csv = BUILDERS[params.name as keyof typeof BUILDERS]();
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
