/** CSV of exactly the rows each profile chart draws: /instituciones/{id}/{figure id}.csv (src/lib/csv.ts, build time). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../../site/data.ts';
import { profileFigures } from '../../../site/figures.ts';
import { institutionProfile } from '../../../site/profile.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const ds = loadDatasets();
  return ds.institutions.flatMap((i) =>
    profileFigures(institutionProfile(ds, i.id), ds.reports).map((f) => ({ params: { id: i.id, chart: f.id }, props: { csv: f.csv() } })),
  );
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
