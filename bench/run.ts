/**
 * npm run bench -- [--sizes seeds,1000,5000] [--keep DIR] [--out BENCHMARKS.md]
 *
 * Measures the whole pipeline at each size — the 5 seed reports (data/reports,
 * data/institutions.csv) and N generated reports (npm run corpus -- --reports N --seed 1) —
 * once each, and writes BENCHMARKS.md (bench/report.ts renders it):
 * 1. ingest throughput against a bare read-and-split pass (bench/ingest-measure.ts, in process);
 * 2. the full build, its three phases run as child processes exactly as `npm run build` does
 *    (npx tsx src/ingest/cli.ts, npx astro build, node scripts/pagefind.mjs) with REPORTS_DIR,
 *    INSTITUTIONS_FILE, DATA_DIR, OUT_DIR and SITE_DIR in a work folder: wall-clock time and
 *    peak RSS of each phase's process tree (bench/proc.ts), HTML pages produced;
 * 3. gzip weight of the home page, /instituciones/, the heaviest and the median profile and the
 *    three comparison pages (bench/weights.ts);
 * 4. what one search downloads (bench/search-payload.ts, in Chromium).
 * Progress goes to stderr. The work folder (.tmp-bench-* in the project unless --keep: see main())
 * is removed at the end.
 * Exit 0 when every measurement was taken, 1 when some failed (the file still lists the rest),
 * 2 on bad arguments.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { listReportFiles } from '../src/ingest/build.ts';
import { htmlPages } from '../test/support/site.ts';
import { commandLine, parseArgs, sizeLabel, USAGE, UsageError, type BenchArgs } from './args.ts';
import { measureIngest } from './ingest-measure.ts';
import { machineInfo } from './machine.ts';
import { logExcerpt, PhaseError, runPhase } from './phase.ts';
import { MEMORY_METHOD } from './proc.ts';
import { buildSeconds, buildPeak, keptSection, perUnit, renderBenchmarks, withSection } from './report.ts';
import { siteSize } from '../scripts/site-size.mjs';
import { measureSearchPayload } from './search-payload.ts';
import { duration, memory, ratio, shortDuration } from './format.ts';
import { PHASES, type BuildFigures, type PhaseFigures, type PhaseName, type Size, type SizeResult } from './types.ts';
import { measureWeights } from './weights.ts';
import { measurePdf, renderPdfSection, withPdfSection } from './pdf.ts';

const SEARCH_QUERY = 'contratacion';
/** Sections of BENCHMARKS.md that another command measures (bench/contracts.ts): kept as they are. */
const KEPT_SECTIONS = ['sercop'];
const t0 = performance.now();
const log = (msg: string) => console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${msg}`);

let root = '';
/** An error message without machine paths: the work folder becomes DIR, the project folder ".". */
const clean = (msg: string) => {
  const out = root ? msg.split(root).join('DIR') : msg;
  return out.split(process.cwd()).join('.');
};

interface Corpus { reportsDir: string; institutionsFile: string }

function prepareCorpus(size: Size, dir: string): Corpus {
  if (size === 'seeds') return { reportsDir: resolve('data/reports'), institutionsFile: resolve('data/institutions.csv') };
  const out = join(dir, 'corpus');
  const started = performance.now();
  const r = spawnSync('npx', ['tsx', 'scripts/corpus.ts', '--reports', String(size), '--out', out, '--seed', '1', '--clean'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run corpus falló: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
  log(`corpus de ${size} informes generado en ${duration((performance.now() - started) / 1000)}`);
  return { reportsDir: join(out, 'reports'), institutionsFile: join(out, 'institutions.csv') };
}

const PHASE_COMMANDS: Record<PhaseName, [string, string[]]> = {
  ingest: ['npx', ['tsx', 'src/ingest/cli.ts']],
  astro: ['npx', ['astro', 'build']],
  pagefind: ['node', ['scripts/pagefind.mjs']],
};

const tail = (file: string) => (existsSync(file) ? logExcerpt(readFileSync(file, 'utf8')) : '');

async function build(corpus: Corpus, dir: string, reports: number): Promise<BuildFigures> {
  const data = join(dir, 'data');
  const site = join(dir, 'site');
  const logs = join(dir, 'logs');
  rmSync(data, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REPORTS_DIR: corpus.reportsDir, INSTITUTIONS_FILE: corpus.institutionsFile, DATA_DIR: data, OUT_DIR: site, SITE_DIR: site,
  };
  delete env.BASE_PATH;
  delete env.BASE_URL;
  const loadAverage = loadavg()[0] ?? 0;
  const phases: Partial<Record<PhaseName, PhaseFigures>> = {};
  for (const phase of PHASES) {
    const [command, args] = PHASE_COMMANDS[phase];
    const logFile = join(logs, `${phase}.log`);
    log(`  ${phase}: ${command} ${args.join(' ')} …`);
    try {
      phases[phase] = await runPhase({ command, args, env, log: logFile });
    } catch (e) {
      if (e instanceof PhaseError) phases[phase] = e.figures;
      const partial: BuildFigures = { reports, pages: 0, phases, failed: phase, loadAverage };
      throw new BuildError(`${phase}: ${(e as Error).message} — ${tail(logFile)}`, partial);
    }
    log(`  ${phase}: ${duration(phases[phase]!.seconds)}, pico ${memory(phases[phase]!.peakRssBytes)} (${phases[phase]!.breakdown || '?'})`);
  }
  return { reports, pages: htmlPages(site).length, phases, failed: null, loadAverage };
}

/** A failed build, with the figures of the phases that ran. */
class BuildError extends Error {
  constructor(message: string, readonly figures: BuildFigures) {
    super(message);
  }
}

async function measureSize(size: Size, dir: string): Promise<SizeResult> {
  const result: SizeResult = { size, ingest: null, build: null, weights: null, search: null, site: null, errors: [] };
  const step = async (name: string, fn: () => unknown) => {
    try {
      await fn();
    } catch (e) {
      const msg = clean((e as Error).message);
      result.errors.push(`${name}: ${msg}`);
      log(`  ERROR ${name}: ${msg}`);
    }
  };
  let corpus: Corpus | null = null;
  await step('corpus', () => { corpus = prepareCorpus(size, dir); });
  if (!corpus) return result;
  const c: Corpus = corpus;
  await step('ingest', async () => {
    log('  ingest en proceso (lectura + división frente a ingest) …');
    const i = await measureIngest(c);
    result.ingest = i;
    log(`  ingest: ${i.files} archivos, lectura ${duration(i.bareSeconds)}, ingest ${duration(i.ingestSeconds)} (${i.workers ? `${i.workers + 1} hilos` : '1 hilo'}): ${ratio(i.ratio)}; ` +
      `1 hilo ${duration(i.singleWarmSeconds)}: ${ratio(i.singleRatio)}`);
  });
  const reports = result.ingest?.files ?? listReportFiles(c.reportsDir).length;
  await step('build', async () => {
    let b: BuildFigures;
    try {
      b = await build(c, dir, reports);
    } catch (e) {
      if (e instanceof BuildError) result.build = e.figures;
      throw e;
    }
    result.build = b;
    const u = perUnit(result);
    log(`  build: ${duration(buildSeconds(result)!)}, ${b.pages} páginas, pico ${memory(buildPeak(result)!)}` +
      (u ? `; ${shortDuration(u.perReport)}/informe, ${shortDuration(u.perPage)}/página` : ''));
  });
  const site = join(dir, 'site');
  if (!result.build || result.build.failed) return result;
  await step('tamaño del sitio', () => {
    result.site = siteSize(site);
    log(`  sitio: ${(result.site.bytes / 1e6).toFixed(1)} MB en ${result.site.files} archivos`);
  });
  await step('pesos', () => {
    result.weights = measureWeights(site);
    log(`  pesos: ${result.weights.profiles} perfiles medidos`);
  });
  await step('búsqueda', async () => {
    const s = await measureSearchPayload({ site, query: SEARCH_QUERY });
    result.search = {
      query: s.query, results: s.results, requests: s.requests, bytes: s.bytes, gzipBytes: s.gzipBytes, pageBytes: s.pageBytes, byKind: s.byKind,
    };
    log(`  búsqueda «${SEARCH_QUERY}»: ${s.results.trim()}, ${s.requests} pedidos, ${(s.gzipBytes / 1000).toFixed(1)} KB con gzip`);
  });
  return result;
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`bench: ${e.message}\n${USAGE}`);
    return 2;
  }
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  // The work folder lives inside the project (.tmp-bench-*, git-ignored): when Astro's outDir is
  // outside the working directory, Astro writes its prerender bundle to ./.astro/ instead of the
  // outDir (astro/dist/core/build/common.js, getOutDirWithinCwd), where any other build running
  // at the same time overwrites it ("Cannot find module './.astro/pages/…'").
  root = args.keep ? resolve(args.keep) : mkdtempSync(join(process.cwd(), '.tmp-bench-'));
  mkdirSync(root, { recursive: true });
  if (!root.startsWith(process.cwd() + sep)) {
    log(`aviso: ${root} está fuera del proyecto: Astro usará ./.astro/ para su paquete de prerender, compartido con cualquier otro build simultáneo`);
  }
  log(`tallas: ${args.sizes.join(', ')}; carpeta de trabajo ${root}${args.keep ? ' (se conserva)' : ''}`);
  const results: SizeResult[] = [];
  if (!args.keep) {
    process.once('SIGINT', () => {
      rmSync(root, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    for (const size of args.sizes) {
      const dir = join(root, String(size));
      mkdirSync(dir, { recursive: true });
      log(`== ${sizeLabel(size)} ==`);
      results.push(await measureSize(size, dir));
      if (!args.keep) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!args.keep) rmSync(root, { recursive: true, force: true });
  }
  let text = renderBenchmarks({ date, command: commandLine(args), machine: machineInfo(), memoryMethod: MEMORY_METHOD, results });
  // PDF extraction against pdftotext -layout on the real PDFs of the fixtures (bench/pdf.ts).
  try {
    log('== PDF ==');
    text = withPdfSection(text, renderPdfSection(await measurePdf('test/fixtures/pdf', 3, false), date, commandLine(args)));
  } catch (e) {
    log(`PDF: no se pudo medir: ${(e as Error).message}`);
  }
  // Sections other commands write (the SERCOP ingest, bench/contracts.ts) are kept as they were.
  const previous = existsSync(args.out) ? readFileSync(args.out, 'utf8') : '';
  for (const name of KEPT_SECTIONS) {
    const kept = keptSection(previous, name);
    if (kept) text = withSection(text, name, kept);
  }
  writeFileSync(args.out, text);
  const failed = results.reduce((n, r) => n + r.errors.length, 0);
  log(`escrito ${args.out}${failed ? ` (${failed} medidas fallaron: ver «Incidencias»)` : ''}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
