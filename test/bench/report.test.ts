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

describe('BENCHMARKS.md', () => {
  const text = renderBenchmarks(doc);

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
    expect(tableOf(text, 'Máquina')).toBe([
      '| dato | valor |', '| --- | --- |', '| CPU | AMD EPYC × 2 |', '| memoria | 25.3 GB |', '| Node | v20.20.2 |',
      '| sistema | Debian GNU/Linux 12 (bookworm), Linux 6.1 |',
    ].join('\n'));
  });

  it('targets: met / not met with the margin; build targets only at 5000 reports', () => {
    expect(tableOf(text, 'Objetivos')).toBe([
      '| objetivo | semillas (5) | 5000 informes |',
      '| --- | ---: | ---: |',
      '| ingest ≤ 5x la lectura + división en líneas (razón del ingest en caliente, en el modo de `npm run ingest`) | 14.00x — no cumple, excede en 9.00x (180 %) | 4.00x — cumple, margen 1.00x (20 %) |',
      '| build completo < 10 min (5000 informes) | 17.3 s (sin objetivo) | 10 min 30 s (630.0 s) — no cumple, excede en 30.0 s (5 %) |',
      '| memoria pico del build < 4 GB (5000 informes) | 498 MB (sin objetivo) | 3800 MB — cumple, margen 200 MB (5 %) |',
      '| comparaciones: JS ≤ 120 KB (la más pesada) | 4.3 KB — cumple, margen 115.8 KB (96 %) | — |',
      '| perfiles: JS ≤ 20 KB (el de más JS) | 2.4 KB — cumple, margen 17.6 KB (88 %) | — |',
      '| perfiles: total ≤ 100 KB (el más pesado) | 22.5 KB — cumple, margen 77.5 KB (78 %) | — |',
      '| sitio completo en disco ≤ 600 MB (5000 informes) | 2.5 MB (sin objetivo) | 650.0 MB — no cumple, excede en 50.0 MB (8 %) |',
    ].join('\n'));
  });

  it('site size per top-level folder: MB · files · KB per report, folders of every size', () => {
    expect(tableOf(text, 'Tamaño del sitio')).toBe([
      '| carpeta | semillas (5) | 5000 informes |',
      '| --- | ---: | ---: |',
      '| `(raíz)` | 0.5 · 10 · 100.0 | 0 |',
      '| `informes` | 0 | 600.0 · 10000 · 120.0 |',
      '| `og` | 2.0 · 50 · 400.0 | 50.0 · 80000 · 10.0 |',
      '| **total** | **2.5 · 60 · 500.0** | **650.0 · 90000 · 130.0** |',
    ].join('\n'));
  });

  it('keeps a section another command wrote, between its markers', () => {
    const old = 'x\n<!-- sercop:start -->\n## SERCOP\n$& 1 s\n<!-- sercop:end -->\ny\n';
    const kept = keptSection(old, 'sercop');
    expect(kept).toBe('<!-- sercop:start -->\n## SERCOP\n$& 1 s\n<!-- sercop:end -->');
    expect(keptSection('nada', 'sercop')).toBeNull();
    expect(withSection('# B\n', 'sercop', kept!)).toBe(`# B\n\n${kept}\n`);
    expect(withSection(old, 'sercop', '<!-- sercop:start -->new<!-- sercop:end -->')).toBe('x\n<!-- sercop:start -->new<!-- sercop:end -->\ny\n');
  });

  it('ingest and build tables, sizes side by side', () => {
    expect(tableOf(text, 'Ingest')).toBe([
      '|  | semillas (5) | 5000 informes |',
      '| --- | ---: | ---: |',
      '| archivos | 5 | 5000 |',
      '| tamaño (MB) | 0.2 | 95.0 |',
      '| lectura + división en líneas (1 hilo) | 0.8 ms · 268.8 MB/s | 500.0 ms · 190.0 MB/s |',
      '| hilos del ingest paralelo | ninguno | 3 (principal + 2) |',
      '| ingest paralelo, en caliente | — | 2.00 s · 47.5 MB/s · 4.00x |',
      '| ingest paralelo, 1.ª pasada (arranque de hilos) | — | 3.00 s · 31.7 MB/s · 6.00x |',
      '| ingest en 1 hilo, en caliente | 11.2 ms · 19.2 MB/s · 14.00x | 3.50 s · 27.1 MB/s · 7.00x |',
      '| ingest en 1 hilo, en frío | 280.0 ms · 0.8 MB/s · 350.00x | 4.50 s · 21.1 MB/s · 9.00x |',
      '| filas de datos | 312 | 400000 |',
      '| **razón ingest / lectura** | **14.00x** | **4.00x** |',
      '| razón en 1 hilo (en caliente) | 14.00x | 7.00x |',
    ].join('\n'));
    expect(tableOf(text, 'Build completo')).toBe([
      '|  | semillas (5) | 5000 informes |',
      '| --- | ---: | ---: |',
      '| informes | 5 | 5000 |',
      '| páginas HTML | 46 | 2000 |',
      '| tiempo: ingest (`npx tsx src/ingest/cli.ts`) | 1.15 s | 30.0 s |',
      '| tiempo: Astro (`npx astro build`) | 13.9 s | 9 min 0 s (540.0 s) |',
      '| tiempo: Pagefind (`node scripts/pagefind.mjs`) | 2.25 s | 1 min 0 s (60.0 s) |',
      '| **tiempo total** | **17.3 s** | **10 min 30 s (630.0 s)** |',
      '| por informe (total / informes) | 3.46 s | 126.0 ms |',
      '| por página (Astro / páginas) | 302.2 ms | 270.0 ms |',
      '| memoria pico: ingest | 224 MB | 1500 MB |',
      '| memoria pico: astro | 498 MB | 3800 MB |',
      '| memoria pico: pagefind | 153 MB | 900 MB |',
      '| **memoria pico del build** | **498 MB** | **3800 MB** |',
      '| carga media (1 min) al empezar | 1.50 | 2.00 |',
    ].join('\n'));
  });

  it('page weights (total / JS) and which profiles they are', () => {
    expect(tableOf(text, 'Peso de las páginas')).toBe([
      '| página | semillas (5) | 5000 informes |',
      '| --- | ---: | ---: |',
      '| inicio `/` | 7.0 / 0.0 | — |',
      '| `/instituciones/` | 8.8 / 2.1 | — |',
      '| perfil más pesado | 22.5 / 2.4 | — |',
      '| perfil mediano | 8.1 / 2.4 | — |',
      '| `/comparar/presupuesto/` | 13.2 / 4.2 | — |',
      '| `/comparar/metas/` | 13.9 / 4.2 | — |',
      '| `/comparar/contratacion/` | 12.0 / 4.3 | — |',
      '| `/comparar/presupuesto.json` (bajo demanda, solo gzip) | 51.0 | — |',
      '| `/comparar/metas.json` (bajo demanda, solo gzip) | — | — |',
      '| `/comparar/contratacion.json` (bajo demanda, solo gzip) | 60.0 | — |',
      '| perfiles sobre su presupuesto | 0 de 16 | — |',
    ].join('\n'));
    expect(section(text, 'Peso de las páginas')).toContain(
      '- semillas (5): perfil más pesado `instituciones/cne/`, mediano `instituciones/sdh/`\n- 5000 informes: perfil más pesado —, mediano —',
    );
  });

  it('search payload by kind in a fixed order, unknown kinds last', () => {
    expect(tableOf(text, 'Búsqueda')).toBe([
      '|  | semillas (5) | 5000 informes |',
      '| --- | ---: | ---: |',
      '| resultados | 8 resultados para «contratacion». | — |',
      '| pedidos al buscador | 3 | — |',
      '| · pagefind.js | 13.0 (1) | — |',
      '| · wasm | 71.9 (1) | — |',
      '| · zeta | 5.1 (1) | — |',
      '| total transferido (sin gzip HTTP) | 100.0 | — |',
      '| **total con gzip** | **90.0** | — |',
      '| la página `/buscar/` misma (sin comprimir) | 31.6 | — |',
    ].join('\n'));
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
