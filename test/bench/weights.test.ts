import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProfile, largestAndMedian, measureWeights, overBudget } from '../../bench/weights.ts';
import { deflateRawSync } from 'node:zlib';
import { pageWeight } from '../support/weight.ts';

/**
 * Expected sizes are computed here, not with the gzipBytes helper the code under test uses: a
 * gzip member is a 10-byte header, the raw DEFLATE stream (level 9) and an 8-byte trailer (CRC-32,
 * length), RFC 1952.
 */
const gzipBytes = (s: string): number => 10 + deflateRawSync(Buffer.from(s), { level: 9 }).length + 8;

const JS = 'export const x = 1;'.repeat(50);
const CSS = 'body{color:red}'.repeat(20);
const DATA = JSON.stringify({ rows: Array.from({ length: 50 }, (_, i) => ({ id: `i${i}`, v: i })) });
const INLINE = 'document.documentElement.classList.add("js")';
const page = (extra = '') =>
  `<!doctype html><html><head><link rel="stylesheet" href="/b/_astro/a.css"><script type="module" src="/b/_astro/p.js"></script>` +
  `<script>${INLINE}</script><link rel="preload" href="/b/pagefind/pagefind.js"><link rel="stylesheet" href="https://cdn.example/x.css"></head><body>${extra}</body></html>`;

let site = '';
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'bench-weights-'));
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, '_astro/a.css'), CSS);
  writeFileSync(join(site, '_astro/p.js'), JS);
  writeFileSync(join(site, 'index.html'), page());
  mkdirSync(join(site, 'comparar'));
  writeFileSync(join(site, 'comparar/presupuesto.json'), DATA);
  for (const [id, body] of [['a', 'x'], ['b', 'y'.repeat(10)], ['c', 'lorem ipsum '.repeat(400)]] as const) {
    mkdirSync(join(site, 'instituciones', id), { recursive: true });
    writeFileSync(join(site, 'instituciones', id, 'index.html'), page(body));
  }
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('page weight (gzip)', () => {
  it('adds the HTML, inline scripts and linked assets under the base; not the search bundle or other hosts', () => {
    const html = page();
    const w = pageWeight(site, '/b/', 'index.html');
    expect(w).toEqual({ total: gzipBytes(html) + gzipBytes(CSS) + gzipBytes(JS), js: gzipBytes(INLINE) + gzipBytes(JS) });
  });
  it('caches the shared assets by file', () => {
    const cache = new Map<string, number>();
    pageWeight(site, '/b/', 'index.html', cache);
    expect([...cache.entries()]).toEqual([[join(site, '_astro/p.js'), gzipBytes(JS)], [join(site, '_astro/a.css'), gzipBytes(CSS)]]);
  });
  it('measureWeights finds the profiles, the heaviest and the median', () => {
    const w = measureWeights(site, '/b/');
    expect(w.profiles).toBe(3);
    expect(w.largestProfile?.page).toBe('instituciones/c/index.html');
    expect(w.medianProfile?.page).toBe('instituciones/b/index.html');
    expect(w.institutions).toBeNull();
    expect(w.comparisons).toEqual({ presupuesto: null, metas: null, contratacion: null });
    expect(w.comparisonData).toEqual({ presupuesto: gzipBytes(DATA), metas: null, contratacion: null });
    expect(w.profilesOverBudget).toBe(0);
    expect(w.profileMaxJs).toBe(gzipBytes(INLINE) + gzipBytes(JS));
  });
});

describe('profile selection', () => {
  const w = (page: string, total: number, js = 0) => ({ page, total, js });
  it('largest by total (ties by path), lower median', () => {
    const list = [w('d', 40), w('a', 10), w('c', 40), w('b', 20)];
    expect(largestAndMedian(list)).toEqual({ largest: w('d', 40), median: w('b', 20) });
    expect(largestAndMedian([w('a', 1)])).toEqual({ largest: w('a', 1), median: w('a', 1) });
    expect(largestAndMedian([])).toEqual({ largest: null, median: null });
  });
  it('profile pages and budgets', () => {
    expect(isProfile('instituciones/x/index.html')).toBe(true);
    expect(isProfile('instituciones/index.html')).toBe(false);
    expect(isProfile('instituciones/x/y/index.html')).toBe(false);
    expect(overBudget(w('p', 100_000, 20_000))).toBe(false);
    expect(overBudget(w('p', 100_001, 0))).toBe(true);
    expect(overBudget(w('p', 0, 20_001))).toBe(true);
  });
});
