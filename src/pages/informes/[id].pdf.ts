/** The original PDF of a report read from PDF, published beside its source view (#page=N opens a page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { reportFileBytes, reportsWithPdf } from '../../site/reports.ts';
import type { Report } from '../../schema/datasets.ts';

export const getStaticPaths: GetStaticPaths = () =>
  reportsWithPdf(loadDatasets()).map((report) => ({ params: { id: report.id }, props: { report } }));

// Read when the file is written, not held for every report during the build.
export const GET: APIRoute = ({ props }) => {
  const bytes = reportFileBytes((props as { report: Report }).report.source_file);
  return new Response(bytes ? Buffer.from(bytes) : null, { headers: { 'Content-Type': 'application/pdf' } });
};
