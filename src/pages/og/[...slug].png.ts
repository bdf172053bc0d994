/**
 * Social-card images (600×315 PNG drawn on a 1200×630 canvas, Open Graph / Twitter) rendered at build time with resvg:
 * /og/instituciones/{id}.png, /og/comparar/{name}.png and /og/sitio.png. Same data → same bytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasets } from '../../site/data.ts';
import { cardPng, comparisonCard, COMPARISON_TITLES, institutionCard, siteCard, type Card } from '../../site/og.ts';
import { institutionProfile } from '../../site/profile.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const ds = loadDatasets();
  const cards: { slug: string; card: Card }[] = [
    { slug: 'sitio', card: siteCard(ds) },
    ...ds.institutions.map((i) => ({ slug: `instituciones/${i.id}`, card: institutionCard(institutionProfile(ds, i.id)) })),
    ...(Object.keys(COMPARISON_TITLES) as (keyof typeof COMPARISON_TITLES)[]).map((n) => ({ slug: `comparar/${n}`, card: comparisonCard(ds, n) })),
  ];
  return cards.map(({ slug, card }) => ({ params: { slug }, props: { card } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(cardPng((props as { card: Card }).card), { headers: { 'Content-Type': 'image/png' } });
