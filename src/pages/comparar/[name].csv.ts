/** Static CSV of each full comparison (same columns as its table). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { comparisonCsv } from '../../site/compare.ts';
import { COMPARISON_NAMES, comparisonFigure, type ComparisonName } from '../../site/comparison-figures.ts';

export const getStaticPaths: GetStaticPaths = () => COMPARISON_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const f = comparisonFigure(loadDatasets(), params.name as ComparisonName);
  return new Response(comparisonCsv(f.rows, f.columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
