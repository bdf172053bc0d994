/** CSV of each timeline of /compromisos/ (the rows it draws, each with its source line), at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { commitmentFigures } from '../../site/commitment-figures.ts';

export const getStaticPaths: GetStaticPaths = () =>
  commitmentFigures(loadDatasets()).map((f) => ({ params: { chart: f.id }, props: { csv: f.csv() } }));

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
