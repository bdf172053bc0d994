/** Every dataset as JSON, generated at build time (same bytes as the ingest output). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DatasetName } from '../../schema/datasets.ts';
import { DATASET_NAMES, loadDatasets } from '../../site/data.ts';
import { datasetJson } from '../../site/dictionary.ts';

export const getStaticPaths: GetStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(datasetJson(params.name as DatasetName, loadDatasets()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
