import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPeak, buildSeconds, keptSection, perUnit, renderBenchmarks, withSection } from '../../bench/report.ts';
import type { BenchDoc, SizeResult } from '../../bench/types.ts';

const phase = (seconds: number, mb: number) => ({ seconds, peakRssBytes: mb * 1e6 });
const weight = (page: string, total: number, js: number) => ({ page, total, js });

const seeds: SizeResult = {
  size: 'seeds',
  ingest: {
    files: 5, bytes: 215_000, bareSeconds: 0.0008, ingestSeconds: 0.0112, ratio: 14, rows: 312, workers: 0,
    parallelFirstSeconds: null, parallelWarmSeconds: null, singleFirstSeconds: 0.28, singleWarmSeconds: 0.0112, singleRatio: 14,
  },
  build: { reports: 5, pages: 46, phases: { ingest: phase(1.15, 224), astro: phase(13.9, 498), pagefind: phase(2.25, 153) }, failed: null, loadAverage: 1.5 },
  weights: {
    home: weight('index.html', 7000, 0),
    institutions: weight('instituciones/index.html', 8800, 2100),
    largestProfile: weight('instituciones/cne/index.html', 22_500, 2400),
    medianProfile: weight('instituciones/sdh/index.html', 8100, 2400),
    comparisons: {
      presupuesto: weight('comparar/presupuesto/index.html', 13_200, 4200),
      metas: weight('comparar/metas/index.html', 13_900, 4200),
      contratacion: weight('comparar/contratacion/index.html', 12_000, 4250),
    },
    comparisonData: { presupuesto: 51_000, metas: null, contratacion: 60_049 },
    profiles: 16, profileMaxJs: 2400, profilesOverBudget: 0,
  },
  search: {
    query: 'contratacion', results: '8 resultados para «contratacion».', requests: 3, bytes: 100_000, gzipBytes: 90_000, pageBytes: 31_600,
    byKind: { wasm: { n: 1, bytes: 71_900, gzip: 71_900 }, 'pagefind.js': { n: 1, bytes: 28_100, gzip: 13_000 }, zeta: { n: 1, bytes: 0, gzip: 5100 } },
  },
  site: { bytes: 2_500_000, files: 60, folders: [{ folder: '(raíz)', bytes: 500_000, files: 10 }, { folder: 'og', bytes: 2_000_000, files: 50 }] },
  errors: [],
};

const big: SizeResult = {
  size: 5000,
  ingest: {
    files: 5000, bytes: 95_000_000, bareSeconds: 0.5, ingestSeconds: 2, ratio: 4, rows: 400_000, workers: 2,
    parallelFirstSeconds: 3, parallelWarmSeconds: 2, singleFirstSeconds: 4.5, singleWarmSeconds: 3.5, singleRatio: 7,
  },
  build: { reports: 5000, pages: 2000, phases: { ingest: phase(30, 1500), astro: phase(540, 3800), pagefind: phase(60, 900) }, failed: null, loadAverage: 2 },
  weights: null,
  search: null,
  site: { bytes: 650_000_000, files: 90_000, folders: [{ folder: 'informes', bytes: 600_000_000, files: 10_000 }, { folder: 'og', bytes: 50_000_000, files: 80_000 }] },
  errors: ['pesos: boom\n  at x'],
};

const doc: BenchDoc = {
  date: '2026-11-21 10:21 UTC',
  command: 'npm run bench -- --sizes seeds,5000',
  machine: { cpu: 'AMD EPYC', cores: 2, ramBytes: 25.3e9, node: 'v20.20.2', os: 'Debian GNU/Linux 12 (bookworm), Linux 6.1' },
  memoryMethod: 'suma del RSS.',
  results: [seeds, big],
};

const section = (text: string, title: string) => {
  const start = text.indexOf(`## ${title}\n`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
};
const tableOf = (text: string, title: string) => section(text, title).split('\n').filter((l) => l.startsWith('|')).join('\n');

/** The expected tables, by section: test/fixtures/bench/benchmarks-tables.md (written by hand from `seeds` and `big`). */
const EXPECTED = readFileSync(join(import.meta.dirname, '../fixtures/bench/benchmarks-tables.md'), 'utf8');
const EXPECTED_SECTIONS = [...EXPECTED.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);

describe('BENCHMARKS.md', () => {
  const text = renderBenchmarks(doc);

  it('the expected tables file covers the seven tables', () => {
    expect(EXPECTED_SECTIONS).toEqual(['Máquina', 'Objetivos', 'Tamaño del sitio', 'Ingest', 'Build completo', 'Peso de las páginas', 'Búsqueda']);
  });

  it.each(EXPECTED_SECTIONS)('table «%s» as expected', (title) => {
    expect(tableOf(EXPECTED, title).split('\n').length).toBeGreaterThan(2);
    expect(tableOf(text, title)).toBe(tableOf(EXPECTED, title));
  });

  it('per-unit figures: total / reports and Astro / pages; peaks across phases', () => {
    expect(buildSeconds(big)).toBe(630);
    expect(buildPeak(big)).toBe(3.8e9);
    expect(perUnit(big)).toEqual({ perReport: 0.126, perPage: 0.27 });
    expect(perUnit({ ...big, build: null })).toBeNull();
  });

  it('has its sections in a fixed order', () => {
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Máquina', 'Objetivos', 'Lectura de las cifras', 'Ingest', 'Build completo', 'Peso de las páginas', 'Tamaño del sitio', 'Búsqueda', 'Método', 'Incidencias', 'Cómo reproducir',
    ]);
    expect(text.startsWith('# Benchmarks\n\n<!-- Generado por `npm run bench`')).toBe(true);
    expect(text).toContain('Fecha: 2026-11-21 10:21 UTC · comando: `npm run bench -- --sizes seeds,5000`');
  });

  it('keeps a section another command wrote, between its markers', () => {
    const old = 'x\n<!-- sercop:start -->\n## SERCOP\n$& 1 s\n<!-- sercop:end -->\ny\n';
    const kept = keptSection(old, 'sercop');
    expect(kept).toBe('<!-- sercop:start -->\n## SERCOP\n$& 1 s\n<!-- sercop:end -->');
    expect(keptSection('nada', 'sercop')).toBeNull();
    expect(withSection('# B\n', 'sercop', kept!)).toBe(`# B\n\n${kept}\n`);
    expect(withSection(old, 'sercop', '<!-- sercop:start -->new<!-- sercop:end -->')).toBe('x\n<!-- sercop:start -->new<!-- sercop:end -->\ny\n');
  });

  it('page weights (total / JS) and which profiles they are', () => {
    expect(section(text, 'Peso de las páginas')).toContain(
      '- semillas (5): perfil más pesado `instituciones/cne/`, mediano `instituciones/sdh/`\n- 5000 informes: perfil más pesado —, mediano —',
    );
  });

  it('lists failed measurements on one line each', () => {
    expect(section(text, 'Incidencias')).toBe('## Incidencias\n\n- 5000 informes: pesos: boom at x\n');
    expect(section(renderBenchmarks({ ...doc, results: [seeds] }), 'Incidencias')).toBe('## Incidencias\n\nNinguna: todas las medidas se tomaron.\n');
  });

  it('a failed build: the phases that ran, the failure, no per-unit figures, targets not met', () => {
    const failed: SizeResult = {
      ...big, weights: null, search: null, errors: ['build: astro: heap out of memory'],
      build: { reports: 5000, pages: 0, phases: { ingest: phase(11.4, 755), astro: phase(376, 4300) }, failed: 'astro', loadAverage: 1 },
    };
    expect(buildSeconds(failed)).toBe(387.4);
    expect(buildPeak(failed)).toBe(4.3e9);
    expect(perUnit(failed)).toBeNull();
    const t = renderBenchmarks({ ...doc, results: [seeds, failed] });
    const rows = tableOf(t, 'Build completo').split('\n').map((l) => l.split(' | ').slice(-1)[0]);
    expect(rows).toEqual([
      '5000 informes |', '---: |', '5000 |', '— (falló astro) |', '11.4 s |', 'falló tras 6 min 16 s (376.0 s) |', 'no se ejecutó |',
      '**≥ 6 min 27 s (387.4 s)** (incompleto) |', '— |', '— |', '755 MB |', 'hasta fallar: 4300 MB |', 'no se ejecutó |',
      '**4300 MB** (incompleto) |', '1.00 |',
    ]);
    expect(tableOf(t, 'Objetivos')).toContain(
      '| 6 min 27 s (387.4 s) hasta fallar — no cumple: el build falló en astro |',
    );
    expect(tableOf(t, 'Objetivos')).toContain('| 4300 MB hasta fallar — no cumple: el build falló en astro |');
  });

  it('is deterministic', () => {
    expect(renderBenchmarks(doc)).toBe(text);
  });
});
