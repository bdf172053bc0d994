/** The original report file, as published next to its line-numbered view. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { reportSource, reportsWithText } from '../../site/reports.ts';
import type { Report } from '../../schema/datasets.ts';

export const getStaticPaths: GetStaticPaths = () =>
  reportsWithText(loadDatasets()).map((report) => ({ params: { id: report.id }, props: { report } }));

// The text is read when the file is written, not held for every report during the build.
export const GET: APIRoute = ({ props }) =>
  new Response(reportSource((props as { report: Report }).report)!.lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
