/**
 * Weight budgets on the built site (gzip sizes): an institution profile ships at most 20 KB of
 * JavaScript and 100 KB in all (HTML + CSS + JS + fonts, search index excluded); comparison
 * pages at most 120 KB of JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { E2E_BASE, E2E_DIST, htmlPages } from '../support/site.ts';
import { pageWeight as weigh } from '../support/weight.ts';

/** gzip bytes of a page of the e2e site: see test/support/weight.ts. */
const pageWeight = (rel: string) => weigh(E2E_DIST, E2E_BASE, rel);

describe('weight budgets (gzip)', () => {
  const pages = htmlPages();
  const profiles = pages.filter((p) => /^instituciones\/[^/]+\/index\.html$/.test(p));
  const comparisons = pages.filter((p) => /^comparar\/[^/]+\/index\.html$/.test(p));

  it('finds the pages to weigh', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(5);
    expect(comparisons.length).toBe(4); // presupuesto, metas, contratacion, contratacion-sercop
  });
  it('every institution profile: ≤ 20 KB of JS and ≤ 100 KB in all', () => {
    const over = profiles
      .map((p) => ({ p, ...pageWeight(p) }))
      .filter((w) => w.js > 20_000 || w.total > 100_000)
      .map((w) => `${w.p}: JS ${w.js} B, total ${w.total} B`);
    expect(over).toEqual([]);
  });
  it('every comparison page: ≤ 120 KB of JS', () => {
    const over = comparisons.map((p) => ({ p, ...pageWeight(p) })).filter((w) => w.js > 120_000).map((w) => `${w.p}: JS ${w.js} B`);
    expect(over).toEqual([]);
  });
});
