/** Every SERCOP process of one buyer (dataset `contracts`, same columns), for "Según el SERCOP". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../lib/dataset-files.ts';
import { contractsByInstitution } from '../../../site/contracts.ts';
import { loadDatasets } from '../../../site/data.ts';

export const getStaticPaths: GetStaticPaths = () => [...contractsByInstitution(loadDatasets()).keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv('contracts', contractsByInstitution(loadDatasets()).get(params.id!) ?? []), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
