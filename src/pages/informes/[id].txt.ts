/**
 * The text of a report split over several line-view pages, as one file (a report shown whole on
 * one page has no .txt: its «descargar» button saves the text from the page, scripts/report-text.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { reportSource, reportsWithText, reportViewPages } from '../../site/reports.ts';
import type { Report } from '../../schema/datasets.ts';

export const getStaticPaths: GetStaticPaths = () =>
  reportsWithText(loadDatasets()).filter((report) => reportViewPages(report) > 1).map((report) => ({ params: { id: report.id }, props: { report } }));

// The text is read when the file is written, not held for every report during the build.
export const GET: APIRoute = ({ props }) =>
  new Response(reportSource((props as { report: Report }).report)!.lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
