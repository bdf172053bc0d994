/** Page weights of a built site for BENCHMARKS.md (gzip, see test/support/weight.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../test/support/site.ts';
import { gzipBytes, pageWeight } from '../test/support/weight.ts';
import { COMPARISONS, TARGETS } from './report.ts';
import type { WeightFigures, WeightsFigures } from './types.ts';

export const isProfile = (rel: string): boolean => /^instituciones\/[^/]+\/index\.html$/.test(rel);

/** The heaviest (by total; ties by path) and the median (lower median by total) of `weights`. */
export function largestAndMedian(weights: readonly WeightFigures[]): { largest: WeightFigures | null; median: WeightFigures | null } {
  if (!weights.length) return { largest: null, median: null };
  const sorted = [...weights].sort((a, b) => a.total - b.total || a.page.localeCompare(b.page));
  return { largest: sorted[sorted.length - 1]!, median: sorted[Math.floor((sorted.length - 1) / 2)]! };
}

export const overBudget = (w: WeightFigures): boolean => w.js > TARGETS.profileJs || w.total > TARGETS.profileTotal;

export function measureWeights(siteDir: string, base = '/'): WeightsFigures {
  const cache = new Map<string, number>();
  const weigh = (rel: string): WeightFigures | null =>
    existsSync(join(siteDir, rel)) ? { page: rel, ...pageWeight(siteDir, base, rel, cache) } : null;
  const profiles = htmlPages(siteDir).filter(isProfile).map((p) => weigh(p)!);
  const { largest, median } = largestAndMedian(profiles);
  return {
    home: weigh('index.html'),
    institutions: weigh('instituciones/index.html'),
    largestProfile: largest,
    medianProfile: median,
    comparisons: Object.fromEntries(COMPARISONS.map((c) => [c, weigh(`comparar/${c}/index.html`)])),
    comparisonData: Object.fromEntries(COMPARISONS.map((c) => {
      const file = join(siteDir, 'comparar', `${c}.json`);
      return [c, existsSync(file) ? gzipBytes(readFileSync(file)) : null];
    })),
    profiles: profiles.length,
    profileMaxJs: profiles.reduce((n, w) => Math.max(n, w.js), 0),
    profilesOverBudget: profiles.filter(overBudget).length,
  };
}
