/** The institutions table as CSV (same columns as /instituciones/). */
import type { APIRoute } from 'astro';
import { loadDatasets } from '../site/data.ts';
import { comparisonCsv } from '../site/compare.ts';
import { INSTITUTION_COLUMNS, institutionIndex, institutionListRows } from '../site/institutions.ts';

export const GET: APIRoute = () =>
  new Response(comparisonCsv(institutionListRows(institutionIndex(loadDatasets())), INSTITUTION_COLUMNS, false), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
