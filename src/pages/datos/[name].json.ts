/**
 * The JSON file of each dataset whose JSON the browser cannot derive from its CSV with the same
 * bytes (dictionary.ts, jsonDerivable; usually none: /datos/ derives it in the browser).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DatasetName } from '../../schema/datasets.ts';
import { DATASET_NAMES, loadDatasets } from '../../site/data.ts';
import { datasetJson, jsonDerivable } from '../../site/dictionary.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const ds = loadDatasets();
  return DATASET_NAMES.filter((name) => !jsonDerivable(name, ds)).map((name) => ({ params: { name } }));
};

export const GET: APIRoute = ({ params }) =>
  new Response(datasetJson(params.name as DatasetName, loadDatasets()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
