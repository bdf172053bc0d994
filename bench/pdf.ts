/**
 * npm run bench:pdf -- [--dir DIR] [--runs N] [--ocr] [--no-batch] [--out BENCHMARKS.md]
 *
 * PDF extraction time against poppler's `pdftotext -layout` on the same PDFs, in the same run:
 * - the extraction phase as `npm run ingest` runs it, in a fresh process each time (bench/pdf-phase.ts:
 *   importing the extraction code, loading PDF.js on its threads, starting them, no cache), against
 *   pdftotext run with as many processes at once as the phase has threads;
 * - the same phase kept on one thread (a fresh process too) against pdftotext one file after the other;
 * - each file on this thread with PDF.js already loaded, against pdftotext on that file;
 * - a second run with the sha256 cache filled (what a rebuild costs);
 * - a larger set (measureBatch, unless --no-batch): the real PDFs plus the bundled reports printed by
 *   Chromium in every layout, the phase in a fresh process against pdftotext in parallel;
 * - how much of pdftotext's text comes out: its numbers (multiset) and its lines found in ours.
 * Scanned pages are not OCRed in the timed runs (pdftotext does not OCR either); --ocr times the
 * OCR of scanned.pdf separately. The best of N runs is kept (the machine is shared).
 * Writes (or replaces) the "## PDF" section of OUT (default BENCHMARKS.md), between markers.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { printedReportsCached, VARIANTS } from '../scripts/print-reports-pdf.ts';
import { extractPdf, SYSTEM_OCR, type OcrEffects, type PdfExtraction } from '../src/ingest/pdf/extract.ts';
import { isPdf } from '../src/ingest/pdf/detect.ts';
import { importPdfjs } from '../src/ingest/pdf/load.mjs';
import { extractPdfs, MIN_PARALLEL_PDFS, type ExtractStats } from '../src/ingest/pdf/pool.ts';

/** The real PDFs of the fixtures (the generated bad ones are measured by the tests, not here). */
const REAL = /^(portoparques-2025-[a-z-]+|bellamaria-2013-lotaip-formato-a)\.pdf$/;

const NO_OCR: OcrEffects = { available: () => ({ ok: false, missing: 'OCR (desactivado en la medida)' }), read: () => [] };

export interface PdfFileFigures {
  file: string;
  pages: number;
  ms: number;
  popplerMs: number;
  numbersFound: number;
  numbers: number;
  linesFound: number;
  lines: number;
}

export interface PdfBenchFigures {
  files: PdfFileFigures[];
  /** Threads (and pdftotext processes) of the extraction phase for these files. */
  threads: number;
  /** The phase as the ingest runs it, in a fresh process (bench/pdf-phase.ts). */
  phaseMs: number;
  popplerParallelMs: number;
  /** The phase kept on the process's own thread, in a fresh process. */
  oneThreadMs: number;
  popplerOneByOneMs: number;
  /** One-minute load average before and after the measurements (a shared machine). */
  load: [number, number];
  sequentialMs: number;
  popplerSequentialMs: number;
  cachedMs: number;
  /** Files the cached run read from the cache. */
  cachedFiles: number;
  ocr: { file: string; ms: number } | null;
  /** The larger set (measureBatch), or null when not measured. */
  batch: BatchFigures | null;
}

export interface BatchFigures {
  files: number;
  /** Of which printed by Chromium (scripts/print-reports-pdf.ts); the others are the real PDFs. */
  printed: number;
  pages: number;
  threads: number;
  /** The phase as the ingest runs it, in a fresh process, no cache; and its CPU (all threads). */
  phaseMs: number;
  phaseCpuMs: number;
  popplerParallelMs: number;
}

function pdftotext(file: string): Promise<{ ms: number; text: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const p = spawn('pdftotext', ['-layout', file, '-']);
    const chunks: Buffer[] = [];
    p.stdout.on('data', (c: Buffer) => chunks.push(c));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - t0, text: Buffer.concat(chunks).toString('utf8') }) : reject(new Error(`pdftotext ${file}: ${code}`))));
  });
}

/** Runs `tasks` with at most `n` at once. */
async function pool<T>(tasks: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, tasks.length) }, async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  }));
  return out;
}

async function best(runs: number, f: () => Promise<void>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const collapse = (l: string) => l.replace(/\f/g, '').trim().replace(/\s+/g, ' ');
const numbersOf = (t: string) => t.match(/\d[\d.,]*\d|\d/g) ?? [];

/** Share of pdftotext's numbers (as a multiset) and non-blank lines found in our text. */
function overlap(ours: string, poppler: string): Pick<PdfFileFigures, 'numbersFound' | 'numbers' | 'linesFound' | 'lines'> {
  const bag = new Map<string, number>();
  for (const n of numbersOf(ours)) bag.set(n, (bag.get(n) ?? 0) + 1);
  let numbersFound = 0;
  const theirs = numbersOf(poppler);
  for (const n of theirs) {
    const c = bag.get(n) ?? 0;
    if (c > 0) {
      numbersFound++;
      bag.set(n, c - 1);
    }
  }
  const lines = new Set(ours.split('\n').map(collapse).filter(Boolean));
  const theirLines = poppler.split('\n').map(collapse).filter(Boolean);
  return { numbersFound, numbers: theirs.length, linesFound: theirLines.filter((l) => lines.has(l)).length, lines: theirLines.length };
}

export async function measurePdf(dir: string, runs: number, withOcr: boolean, withBatch = true): Promise<PdfBenchFigures> {
  const files = readdirSync(dir).filter((f) => REAL.test(f)).sort();
  if (!files.length) throw new Error(`no hay PDF reales en ${dir}`);
  const threads = availableParallelism();
  const loadBefore = loadavg()[0]!;
  // The per-file times are PDF.js's work on a file, not its import (the phase rows count that).
  await importPdfjs();
  const perFile: PdfFileFigures[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    if (!isPdf(bytes)) continue;
    let r: PdfExtraction | null = null;
    let poppler = '';
    let ms = Infinity;
    let popplerMs = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      r = await extractPdf(bytes, NO_OCR);
      ms = Math.min(ms, performance.now() - t0);
      const p = await pdftotext(join(dir, f));
      poppler = p.text;
      popplerMs = Math.min(popplerMs, p.ms);
    }
    if (!r || !r.ok) throw new Error(`${f}: ${r && !r.ok ? r.reason : 'sin resultado'}`);
    perFile.push({ file: f, pages: r.pageStarts.length, ms, popplerMs, ...overlap(r.text, poppler) });
  }
  const sequentialMs = perFile.reduce((n, f) => n + f.ms, 0);
  const popplerSequentialMs = perFile.reduce((n, f) => n + f.popplerMs, 0);
  // The extraction phase as the ingest runs it, each time in a fresh process, against pdftotext run
  // with as many processes at once as the phase has threads (then: on one thread, against pdftotext
  // one file after the other); the four alternate in each pass so that all see the same load.
  const parallel = files.length >= MIN_PARALLEL_PDFS ? Math.min(files.length, threads) : 1;
  let phaseMs = Infinity;
  let popplerParallelMs = Infinity;
  let oneThreadMs = Infinity;
  let popplerOneByOneMs = Infinity;
  for (let i = 0; i < runs; i++) {
    phaseMs = Math.min(phaseMs, (await phaseInFreshProcess(dir, files, false)).ms);
    let t0 = performance.now();
    await pool(files.map((f) => () => pdftotext(join(dir, f))), parallel);
    popplerParallelMs = Math.min(popplerParallelMs, performance.now() - t0);
    oneThreadMs = Math.min(oneThreadMs, (await phaseInFreshProcess(dir, files, true)).ms);
    t0 = performance.now();
    await pool(files.map((f) => () => pdftotext(join(dir, f))), 1);
    popplerOneByOneMs = Math.min(popplerOneByOneMs, performance.now() - t0);
  }
  const cache = mkdtempSync(join(tmpdir(), 'ca-bench-pdf-'));
  let cachedMs: number;
  const cacheStats: ExtractStats = { pdfs: 0, cached: 0, extracted: 0, threads: 0 };
  try {
    // Only complete extractions are cached: the POA, with its scanned pages left unread here, is extracted again.
    await extractPdfs(dir, files, { cacheDir: cache, workers: threads, ocr: false });
    cachedMs = await best(runs, async () => { await extractPdfs(dir, files, { cacheDir: cache, workers: threads, ocr: false }, cacheStats); });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  let ocr: PdfBenchFigures['ocr'] = null;
  if (withOcr && existsSync(join(dir, 'scanned.pdf')) && SYSTEM_OCR.available().ok) {
    const bytes = new Uint8Array(readFileSync(join(dir, 'scanned.pdf')));
    const t0 = performance.now();
    await extractPdf(bytes);
    ocr = { file: 'scanned.pdf', ms: performance.now() - t0 };
  }
  const batch = withBatch ? await measureBatch(dir, runs) : null;
  return {
    batch, files: perFile, threads: parallel, phaseMs, popplerParallelMs, oneThreadMs, popplerOneByOneMs, sequentialMs, popplerSequentialMs,
    cachedMs, cachedFiles: cacheStats.cached, ocr, load: [loadBefore, loadavg()[0]!],
  };
}

/**
 * A larger set, closer to what a build reads: the real PDFs of `dir` and the bundled reports
 * printed by Chromium in every layout (printedReportsCached: made once per content in the temp dir),
 * copied into one folder; the extraction phase in a fresh process (as the ingest runs it, no
 * cache) against pdftotext on the same files with as many processes at once as the phase has
 * threads, alternating, best of `runs`.
 */
export async function measureBatch(dir: string, runs: number): Promise<BatchFigures> {
  const printedDir = await printedReportsCached('data/reports');
  const work = mkdtempSync(join(tmpdir(), 'ca-bench-pdf-batch-'));
  try {
    const real = readdirSync(dir).filter((f) => REAL.test(f)).sort();
    for (const f of real) copyFileSync(join(dir, f), join(work, f));
    let printed = 0;
    for (const v of VARIANTS) {
      for (const f of readdirSync(join(printedDir, v.name)).filter((n) => n.endsWith('.pdf')).sort()) {
        copyFileSync(join(printedDir, v.name, f), join(work, `${v.name}--${f}`));
        printed++;
      }
    }
    const files = readdirSync(work).sort();
    const threads = Math.min(files.length, availableParallelism());
    let best: PhaseFigures | null = null;
    let popplerParallelMs = Infinity;
    for (let i = 0; i < runs; i++) {
      const r = await phaseInFreshProcess(work, files, false);
      if (!best || r.ms < best.ms) best = r;
      const t0 = performance.now();
      await pool(files.map((f) => () => pdftotext(join(work, f))), threads);
      popplerParallelMs = Math.min(popplerParallelMs, performance.now() - t0);
    }
    return { files: files.length, printed, pages: best!.pages, threads, phaseMs: best!.ms, phaseCpuMs: best!.cpuMs, popplerParallelMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface PhaseFigures { ms: number; cpuMs: number; pages: number }

/**
 * The extraction phase of `files` in a new `node --import tsx` process (bench/pdf-phase.ts), as
 * the ingest runs it or (`oneThread`) on the process's own thread: its time, measured inside
 * from before importing the extraction code to the last text (Node's and tsx's own start, which
 * `npm run ingest` pays with or without PDFs, is not counted), its CPU and the pages read.
 */
function phaseInFreshProcess(dir: string, files: readonly string[], oneThread: boolean): Promise<PhaseFigures> {
  return new Promise((resolve, reject) => {
    const script = new URL('./pdf-phase.ts', import.meta.url).pathname;
    const args = ['--import', 'tsx', script, ...(oneThread ? ['--min-files', String(Number.MAX_SAFE_INTEGER)] : []), dir, ...files];
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    p.stdout.on('data', (c: Buffer) => chunks.push(c));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench/pdf-phase.ts: salida ${code}`));
      resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as PhaseFigures);
    });
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');

export const PDF_START = '<!-- pdf:start -->';
export const PDF_END = '<!-- pdf:end -->';

/** The "## PDF" section of BENCHMARKS.md, between its markers. */
export function renderPdfSection(f: PdfBenchFigures, date: string, command: string): string {
  const pages = f.files.reduce((n, r) => n + r.pages, 0);
  const target = f.phaseMs <= 3 * f.popplerParallelMs ? 'cumplido' : 'no cumplido';
  const rows = f.files.map((r) => `| ${r.file} | ${r.pages} | ${s(r.ms)} | ${s(r.popplerMs)} | ${x(r.ms, r.popplerMs)} | ${pct(r.numbersFound, r.numbers)} | ${pct(r.linesFound, r.lines)} |`);
  return [
    PDF_START,
    '## PDF',
    '',
    `Extracción de texto de ${f.files.length} PDF reales (${pages} páginas, \`test/fixtures/pdf/\`) con PDF.js, frente a \`pdftotext -layout\``
    + ` (poppler) sobre los mismos archivos en la misma ejecución (${date}, \`${command}\`; mejor de varias pasadas).`,
    '',
    '| medida | PDF.js (este proyecto) | pdftotext -layout | relación |',
    '| --- | ---: | ---: | ---: |',
    `| fase de extracción del ingest, sin caché, en un proceso nuevo (${f.threads > 1 ? `${f.threads} hilos` : 'un hilo'}) frente a pdftotext (${f.threads > 1 ? `${f.threads} procesos a la vez` : 'un archivo tras otro'}) | ${s(f.phaseMs)} | ${s(f.popplerParallelMs)} | **${x(f.phaseMs, f.popplerParallelMs)}** (objetivo ≤ 3x: ${target}) |`,
    `| la misma fase en el hilo del proceso (proceso nuevo) frente a pdftotext un archivo tras otro | ${s(f.oneThreadMs)} | ${s(f.popplerOneByOneMs)} | ${x(f.oneThreadMs, f.popplerOneByOneMs)} |`,
    `| suma de los archivos, medidos uno a uno (PDF.js ya cargado) | ${s(f.sequentialMs)} | ${s(f.popplerSequentialMs)} | ${x(f.sequentialMs, f.popplerSequentialMs)} |`,
    `| reconstrucción con la caché sha256 llena (${f.cachedFiles} de ${f.files.length} archivos desde la caché) | ${s(f.cachedMs)} | — | — |`,
    ...(f.batch ? [batchRow(f.batch)] : []),
    '',
    'Qué cuenta cada lado. La fase del ingest se mide dentro de un proceso `node --import tsx` nuevo (`bench/pdf-phase.ts`, como'
    + ' `npm run ingest`), desde antes de importar el código de extracción hasta el último texto: incluye importar PDF.js y'
    + ' arrancar los hilos de extracción (`src/ingest/pdf/pdf-thread.mjs`, uno por núcleo, el archivo más grande primero), leer y'
    + ' hashear los archivos, leer cada página con PDF.js (su texto y, para las tablas con bordes, sus rayas: `getOperatorList`, que vuelve a recorrer el contenido de la página y cuesta casi lo mismo que el texto) y armar líneas y columnas; no incluye el arranque de Node y tsx, que el'
    + ' ingest paga con o sin PDF. pdftotext: desde que se lanza cada proceso hasta que termina (incluye su arranque), con'
    + ' tantos procesos a la vez como hilos tiene la fase. Mejor de varias pasadas, alternando los dos lados;'
    + ` carga media de la máquina (1 min) ${f.load[0].toFixed(1)} al empezar y ${f.load[1].toFixed(1)} al terminar, ${availableParallelism()} núcleos.`
    + (f.batch
      ? ` El lote mide lo mismo (proceso nuevo, sin caché, los mismos hilos y procesos a la vez) sobre más archivos, como los que lee una construcción:`
        + ` los ${f.batch.files - f.batch.printed} PDF reales más los ${f.batch.printed} que imprime Chromium con los informes incluidos en sus`
        + ` ${VARIANTS.length} diseños (\`scripts/print-reports-pdf.ts\`, hechos una vez por contenido en la carpeta temporal, como en`
        + ` \`test/layout/printed-reports.test.ts\`; no se cuenta imprimirlos); el coste fijo de arrancar (importar PDF.js en cada hilo, código de PDF.js`
        + ' aún sin optimizar por el JIT) se reparte entre más páginas.'
      : '')
    + ' Dónde se va el tiempo de un proceso nuevo (cada paso de la fase, cada archivo frente al mismo trabajo ya en caliente, y la CPU con'
    + ' 1, 2… hilos): `npm run bench:pdf-profile -- --cold`.',
    '',
    'Por archivo (en el hilo del proceso, PDF.js ya cargado). «Números» y «líneas»: parte de los números (contados con repetición) y de las líneas no vacías'
    + ' de la salida de pdftotext que aparecen en la nuestra; la diferencia son sobre todo las cabeceras, pies y números de'
    + ' página que se quitan a propósito, las cabeceras de tabla repetidas, columnas separadas por otro número de espacios y, en las'
    + ' tablas con celdas centradas o abajo en su fila (la evaluación del POA), las celdas que se suben a la primera línea de su fila,'
    + ' donde pdftotext las deja a media fila o en la última.',
    '',
    '| archivo | páginas | PDF.js | pdftotext | relación | números | líneas |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Las páginas escaneadas (las 6 primeras del POA) no se leen con OCR en estas medidas: pdftotext tampoco lo hace; por'
    + ' eso el POA no se guarda en la caché (se guardaría sin esas páginas) y se vuelve a extraer en la reconstrucción.'
    + (f.ocr ? ` OCR (tesseract, 300 ppp) de \`${f.ocr.file}\` (1 página): ${s(f.ocr.ms)}.` : ''),
    PDF_END,
  ].join('\n');
}

function batchRow(b: BatchFigures): string {
  const target = b.phaseMs <= 3 * b.popplerParallelMs ? 'cumplido' : 'no cumplido';
  return `| lote de ${b.files} PDF (${b.files - b.printed} reales + ${b.printed} impresos, ${b.pages} páginas): fase del ingest en un proceso nuevo, sin caché`
    + ` (${b.threads} hilos; CPU de todos los hilos ${s(b.phaseCpuMs)}) frente a pdftotext (${b.threads} procesos a la vez)`
    + ` | ${s(b.phaseMs)} | ${s(b.popplerParallelMs)} | **${x(b.phaseMs, b.popplerParallelMs)}** (objetivo ≤ 3x: ${target}) |`;
}

/** `doc` with its PDF section replaced by `section` (or `section` appended). */
export function withPdfSection(doc: string, section: string): string {
  const a = doc.indexOf(PDF_START);
  const b = doc.indexOf(PDF_END);
  if (a >= 0 && b > a) return doc.slice(0, a) + section + doc.slice(b + PDF_END.length);
  return `${doc.trimEnd()}\n\n${section}\n`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { values } = parseArgs({ args: argv, options: {
    dir: { type: 'string', default: 'test/fixtures/pdf' }, out: { type: 'string', default: 'BENCHMARKS.md' },
    runs: { type: 'string', default: '3' }, ocr: { type: 'boolean', default: false }, 'no-batch': { type: 'boolean', default: false },
  } });
  const { dir, out } = values;
  const runs = Number(values.runs);
  const f = await measurePdf(dir, runs, values.ocr, !values['no-batch']);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const section = renderPdfSection(f, date, `npm run bench:pdf${argv.length ? ` -- ${argv.join(' ')}` : ''}`);
  console.log(section);
  writeFileSync(out, withPdfSection(existsSync(out) ? readFileSync(out, 'utf8') : '', section));
  console.error(`escrito ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
