/** Every dataset as CSV (src/lib/csv.ts: BOM, formulas neutralized; arrays joined with "|", null as empty), generated at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DatasetName } from '../../schema/datasets.ts';
import { DATASET_NAMES, loadDatasets } from '../../site/data.ts';
import { datasetCsv } from '../../site/dictionary.ts';

export const getStaticPaths: GetStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(datasetCsv(params.name as DatasetName, loadDatasets()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
