/** Rows of /instituciones/ as data for its page script (loaded when a reader searches, filters, sorts or asks for all). */
import type { APIRoute } from 'astro';
import { loadDatasets } from '../site/data.ts';
import { comparisonData } from '../site/comparison-data.ts';
import { INSTITUTION_COLUMNS, institutionIndex, institutionListRows } from '../site/institutions.ts';

export const GET: APIRoute = () => {
  const rows = institutionListRows(institutionIndex(loadDatasets()));
  return new Response(JSON.stringify(comparisonData(rows, INSTITUTION_COLUMNS)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
