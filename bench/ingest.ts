/**
 * npm run bench:ingest -- [--reports N | --copies N] [--seed S] [--workers W]
 *
 * Measures ingest throughput (MB/s) against a baseline measured in the same process: a bare
 * pass that only reads the same files and splits them into lines (bench/ingest-measure.ts).
 *
 *   --reports N  (default 1000) N generated reports of the synthetic corpus (src/corpus,
 *                seed --seed, default 1), ingested with the corpus's own institutions.csv
 *   --copies N   instead: N copies of each bundled report in data/reports, with
 *                data/institutions.csv
 *
 *   --workers W  worker threads besides the main thread in the parallel ingest (default: cores − 1;
 *                0 = single thread only)
 *
 * Figures: the bare pass (best of 2, warm file cache, one thread); the single-threaded ingest()
 * twice in this process (cold JIT, then warm); the parallel ingest (IngestPool, what
 * `npm run ingest` uses) twice on the same pool (thread start-up + cold JIT, then warm). The
 * headline ratio is the warm parallel run over the single-threaded bare pass.
 * The corpus is written to a temporary folder and removed afterwards.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../src/corpus/index.ts';
import { listReportFiles } from '../src/ingest/build.ts';
import { measureIngest } from './ingest-measure.ts';

function usage(message: string): never {
  console.error(`bench:ingest: ${message}\nuso: npm run bench:ingest -- [--reports N | --copies N] [--seed S]`);
  process.exit(2);
}

function parseArgs(argv: string[]): { reports: number | null; copies: number | null; seed: number; workers: number | undefined } {
  let reports: number | null = null;
  let copies: number | null = null;
  let seed = 1;
  let workers: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const int = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${a} necesita un entero ≥ 0`);
      return v;
    };
    if (a === '--reports') reports = int();
    else if (a === '--copies') copies = int();
    else if (a === '--seed') seed = int();
    else if (a === '--workers') workers = int();
    else usage(`opción desconocida: ${a}`);
  }
  if (reports !== null && copies !== null) usage('--reports y --copies se excluyen');
  if (reports === null && copies === null) reports = 1000;
  return { reports, copies, seed, workers };
}

const args = parseArgs(process.argv.slice(2));
const dir = mkdtempSync(join(tmpdir(), 'ca-bench-'));
try {
  let reportsDir: string;
  let institutionsFile: string;
  let corpus: string;
  if (args.copies !== null) {
    reportsDir = dir;
    institutionsFile = 'data/institutions.csv';
    const seeds = listReportFiles('data/reports');
    for (let i = 0; i < args.copies; i++) {
      for (const f of seeds) copyFileSync(join('data/reports', f), join(dir, `${String(i).padStart(5, '0')}-${f}`));
    }
    corpus = `${args.copies} copias de ${seeds.length} informes de data/reports`;
  } else {
    const written = writeCorpus(dir, { reports: args.reports!, seed: args.seed });
    reportsDir = written.reportsDir;
    institutionsFile = written.institutionsFile;
    corpus = `corpus sintético de ${args.reports} informes, semilla ${args.seed}, ${written.manifest.institutions} instituciones`;
  }

  const load = loadavg()[0]!;
  const m = await measureIngest({ reportsDir, institutionsFile, workers: args.workers });
  const mb = m.bytes / 1e6;
  const rate = (s: number) => `${s.toFixed(3)} s = ${(mb / s).toFixed(1).padStart(5)} MB/s → ${(s / m.bareSeconds).toFixed(1)}x`;
  console.log(`corpus: ${m.files} archivos (${corpus}), ${mb.toFixed(1)} MB; ${m.rows} filas`);
  console.log(`carga de la máquina al empezar (loadavg 1 min): ${load.toFixed(2)}`);
  console.log(`lectura + división en líneas, 1 hilo (mejor de 5, caché caliente): ${m.bareSeconds.toFixed(3)} s = ${(mb / m.bareSeconds).toFixed(1)} MB/s`);
  console.log(`ingest() 1 hilo, 1.ª ejecución (JIT en frío):                    ${rate(m.singleFirstSeconds)}`);
  console.log(`ingest() 1 hilo, 2.ª ejecución (JIT caliente):                   ${rate(m.singleWarmSeconds)}`);
  if (m.workers) {
    const threads = `principal + ${m.workers} trabajador${m.workers > 1 ? 'es' : ''}`;
    console.log(`ingest paralelo (${threads}), 1.ª (arranque de hilos, JIT en frío en ellos): ${rate(m.parallelFirstSeconds!)}`);
    console.log(`ingest paralelo (${threads}), 2.ª (mismos hilos, JIT caliente):              ${rate(m.parallelWarmSeconds!)}`);
  }
  console.log(m.workers && m.ingestSeconds === m.parallelWarmSeconds
    ? `razón ingest / lectura: ${m.ratio.toFixed(1)}x (ingest paralelo en ${m.workers + 1} hilos / ${availableParallelism()} núcleos, 2.ª ejecución, contra lectura en 1 hilo; objetivo ≤ 5x); en 1 hilo: ${m.singleRatio.toFixed(1)}x`
    : `razón ingest / lectura: ${m.ratio.toFixed(1)}x (1 hilo, caliente, como npm run ingest con menos de 2.000 archivos; objetivo ≤ 5x)`);
  console.log(`memoria RSS al final: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
