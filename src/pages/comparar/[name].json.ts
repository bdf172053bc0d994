/**
 * Rows of each comparison as data for the page script (src/site/comparison-data.ts): fetched only
 * when a reader filters, sorts, searches or asks for every row.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { COMPARISON_NAMES, comparisonFigure, type ComparisonName } from '../../site/comparison-figures.ts';
import { comparisonData } from '../../site/comparison-data.ts';

export const getStaticPaths: GetStaticPaths = () => COMPARISON_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const f = comparisonFigure(loadDatasets(), params.name as ComparisonName);
  return new Response(JSON.stringify(comparisonData(f.rows, f.columns)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
