/**
 * Each profile chart written once, as two static SVG files next to the profile:
 * /instituciones/{id}/{figure id}.svg (wide) and /instituciones/{id}/{figure id}-movil.svg
 * (narrow, for phones). The profile and the embed page show them in a <picture>; the figure's
 * SVG/PNG download starts from the wide one. Drawn once per build (the hand-off of figures.ts),
 * written compact (fileSvg), without the bars' <title> tooltips, which an <img> never shows
 * (withoutTooltips; about 12 % of a file's bytes): each bar's value is printed beside it, and
 * the data table under the chart has every figure with its source line.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileSvg, withoutTooltips } from '../../../site/charts.ts';
import { loadDatasets } from '../../../site/data.ts';
import { profileFigures, type ProfileFigure } from '../../../site/figures.ts';
import { handOffOf } from '../../../site/lookup.ts';
import { institutionProfile } from '../../../site/profile.ts';

type Props = { figure: ProfileFigure; variant: 'narrow' | 'wide' };

export const getStaticPaths: GetStaticPaths = () => {
  const ds = loadDatasets();
  return ds.institutions.flatMap((i) =>
    profileFigures(institutionProfile(ds, i.id), ds.reports, handOffOf(ds)).flatMap((f) =>
      (['narrow', 'wide'] as const).map((variant) => ({
        params: { id: i.id, chart: f.files[variant].replace(/^.*\/|\.svg$/g, '') },
        props: { figure: f, variant } satisfies Props,
      })),
    ),
  );
};

export const GET: APIRoute = ({ props }) => {
  const { figure, variant } = props as Props;
  return new Response(fileSvg(withoutTooltips(variant === 'narrow' ? figure.render().narrow : figure.render().wide)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
