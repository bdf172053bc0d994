/** The original report file, as published next to its line-numbered view. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { reportSources } from '../../site/reports.ts';

export const getStaticPaths: GetStaticPaths = () =>
  reportSources(loadDatasets()).map((s) => ({ params: { id: s.report.id }, props: { text: s.lines.join('\n') } }));

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
