/**
 * npm run bench:pdf-profile -- [--dir DIR] [--runs N] [--variants] [--cold] [--digest DIR...]
 *
 * Where the PDF extraction's time goes, per file and per stage, on the real PDFs of DIR (default
 * test/fixtures/pdf), on this thread, as extractPdf runs them (scanned pages not OCRed):
 * - PDF.js import (once per process: this script runs under tsx, like `npm run ingest`);
 * - PDF.js getDocument, getPage, getTextContent, getOperatorList, page.cleanup/doc.destroy (load.mjs, timed inside);
 * - our code: text content → positioned items (load.ts), lines on each page (lines.ts pageLines),
 *   the cross-page clean-up (layoutLines minus pageLines: headers, footers, repeated table
 *   headers), the wrapped-cell join (wrapped.ts);
 * - the cache: sha256 of the bytes, writing and reading the cached JSON.
 * Best of N runs per file (the run with the least total time; the machine is shared).
 * --variants: the total load time of all files with each set of PDF.js options tried, and whether
 * the extracted text (displayed and joined) stays byte-identical to the default options'.
 * --cold: where the extraction phase's time goes in a fresh process (bench/pdf-phase.ts, as the
 * ingest runs it, no cache): its timeline (importing the code, hashing, starting the threads, PDF.js
 * loaded on each, every file read on its thread and laid out on the main thread), each file's
 * read and layout next to the same work on this warm process, and the CPU of all threads.
 * --digest DIR...: the sha256 of the extracted text (displayed and joined) of every PDF under the
 * folders (recursively), as the ingest's threads give it: compare two versions of the code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readCached, writeCached } from '../src/ingest/pdf/cache.ts';
import type { PdfExtraction } from '../src/ingest/pdf/extract.ts';
import { layoutLines, pageLines } from '../src/ingest/pdf/lines.ts';
import { importPdfjs, loadPdf, type LoadOptions, type LoadTimings } from '../src/ingest/pdf/load.mjs';
import { extractPdfs, type PhaseStep } from '../src/ingest/pdf/pool.ts';

import { joinWrapped } from '../src/ingest/pdf/wrapped.ts';

/** The real PDFs of the fixtures (as bench/pdf.ts). */
const REAL = /^(portoparques-2025-[a-z-]+|bellamaria-2013-lotaip-formato-a)\.pdf$/;

const STAGES = ['sha256', 'open', 'getPage', 'getTextContent', 'getOperatorList', 'items', 'cleanup', 'pageLines', 'pageCleanup', 'wrapped', 'cacheWrite', 'cacheRead'] as const;
type Stage = (typeof STAGES)[number];
type Profile = Record<Stage, number> & { total: number; pages: number };

const emptyLoad = (): LoadTimings => ({ import: 0, open: 0, getPage: 0, getTextContent: 0, getOperatorList: 0, items: 0, cleanup: 0 });

/** One file through the stages of extractPdf (no OCR), each timed. */
async function profileFile(bytes: Uint8Array, cacheDir: string, options: LoadOptions = {}): Promise<Profile & { text: string; joined: string }> {
  let t0 = performance.now();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sha = performance.now() - t0;
  const timings = emptyLoad();
  const loaded = await loadPdf(bytes, { ...options, timings });
  if (!loaded.ok) throw new Error(loaded.reason);
  t0 = performance.now();
  for (const p of loaded.pages) pageLines(p);
  const lines = performance.now() - t0;
  t0 = performance.now();
  const laid = layoutLines(loaded.pages);
  const layout = performance.now() - t0;
  t0 = performance.now();
  const joined = joinWrapped(laid.lines, loaded.pages, laid.grids);
  const wrapped = performance.now() - t0;
  const value: PdfExtraction = { ok: true, text: laid.layout.text, pageStarts: laid.layout.pageStarts, ...(joined ? { joined } : {}), ocrPages: [] };
  t0 = performance.now();
  writeCached(cacheDir, sha256, value);
  const cacheWrite = performance.now() - t0;
  t0 = performance.now();
  if (!readCached(cacheDir, sha256)) throw new Error('caché ilegible');
  const cacheRead = performance.now() - t0;
  const p: Profile = {
    sha256: sha, open: timings.open, getPage: timings.getPage, getTextContent: timings.getTextContent, getOperatorList: timings.getOperatorList, items: timings.items,
    cleanup: timings.cleanup, pageLines: lines, pageCleanup: Math.max(0, layout - lines), wrapped, cacheWrite, cacheRead,
    total: 0, pages: loaded.pages.length,
  };
  p.total = STAGES.reduce((n, s) => n + p[s], 0);
  return { ...p, text: laid.layout.text, joined: joined?.text ?? '' };
}

const ms = (v: number) => v.toFixed(0).padStart(6);

/** PDF.js option sets tried by --variants (each over DOCUMENT_OPTIONS). */
const VARIANTS: { name: string; options: (lib: Awaited<ReturnType<typeof importPdfjs>>) => LoadOptions }[] = [
  { name: 'default (load.ts DOCUMENT_OPTIONS)', options: () => ({}) },
  { name: 'getTextContent disableNormalization', options: () => ({ textContent: { disableNormalization: true } }) },
  { name: 'getTextContent includeMarkedContent:false', options: () => ({ textContent: { includeMarkedContent: false } }) },
  { name: 'disableAutoFetch + disableStream + disableRange', options: () => ({ document: { disableAutoFetch: true, disableStream: true, disableRange: true } }) },
  { name: 'useSystemFonts:true', options: () => ({ document: { useSystemFonts: true } }) },
  { name: 'isEvalSupported:true', options: () => ({ document: { isEvalSupported: true } }) },
  { name: 'stopAtErrors:true', options: () => ({ document: { stopAtErrors: true } }) },
  { name: 'isOffscreenCanvasSupported/isImageDecoderSupported:false', options: () => ({ document: { isOffscreenCanvasSupported: false, isImageDecoderSupported: false } }) },
  { name: 'maxImageSize:-1 (images decoded, PDF.js default)', options: () => ({ document: { maxImageSize: -1 } }) },
  { name: 'fontExtraProperties:true', options: () => ({ document: { fontExtraProperties: true } }) },
  { name: 'one PDFWorker for all files', options: (lib) => ({ document: { worker: sharedWorker(lib) } }) },
];

let shared: unknown = null;
function sharedWorker(lib: Awaited<ReturnType<typeof importPdfjs>>): unknown {
  shared ??= new lib.PDFWorker({ verbosity: 0 });
  return shared;
}

interface PhaseRun { ms: number; cpuMs: number; startMs: number; t0: number; timeline: PhaseStep[] }

/** The extraction phase of `files` in a fresh process (bench/pdf-phase.ts), with its timeline. */
function phaseRun(dir: string, files: readonly string[], extra: string[] = []): PhaseRun {
  const script = new URL('./pdf-phase.ts', import.meta.url).pathname;
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--timeline', ...extra, dir, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`bench/pdf-phase.ts: salida ${r.status}`);
  return JSON.parse(r.stdout) as PhaseRun;
}

/** --cold: the phase's timeline in a fresh process, against the same work warm in this one. */
function printCold(run: PhaseRun, warm: Map<string, Profile>, title: string): void {
  const at = (t: number) => (t - run.t0).toFixed(0).padStart(6);
  const steps = [...run.timeline].sort((a, b) => a.start - b.start || a.end - b.end);
  console.log(`\n${title}: ${run.ms.toFixed(0)} ms wall, ${run.cpuMs.toFixed(0)} ms CPU (all threads); Node + tsx start before it: ${run.startMs.toFixed(0)} ms`);
  console.log(`${'step'.padEnd(8)} thr  start    end     ms  warm ms  file`);
  const first = steps[0];
  if (first) console.log(`${'import'.padEnd(8)}      ${at(run.t0)} ${at(first.start)} ${ms(first.start - run.t0)}           (extraction code, under tsx)`);
  for (const st of steps) {
    const w = st.file ? warm.get(st.file) : undefined;
    const warmMs = !w ? '' : st.what === 'read' ? ms(w.open + w.getPage + w.getTextContent + w.getOperatorList + w.items + w.cleanup) : st.what === 'layout' ? ms(w.pageLines + w.pageCleanup + w.wrapped) : '';
    console.log(`${st.what.padEnd(8)} ${String(st.thread ?? '').padStart(3)} ${at(st.start)} ${at(st.end)} ${ms(st.end - st.start)}   ${warmMs.padStart(6)}  ${st.file ?? ''}`);
  }
  const sum = (what: PhaseStep['what']) => run.timeline.filter((st) => st.what === what).reduce((n, st) => n + st.end - st.start, 0);
  const warmSum = (f: (p: Profile) => number) => [...warm.values()].reduce((n, p) => n + f(p), 0);
  const readWarm = warmSum((p) => p.open + p.getPage + p.getTextContent + p.getOperatorList + p.items + p.cleanup);
  const layoutWarm = warmSum((p) => p.pageLines + p.pageCleanup + p.wrapped);
  const lastRead = Math.max(...run.timeline.filter((st) => st.what === 'read').map((st) => st.end));
  console.log(`sums: read ${sum('read').toFixed(0)} ms (warm here ${readWarm.toFixed(0)}), layout ${sum('layout').toFixed(0)} ms (warm here ${layoutWarm.toFixed(0)}),`
    + ` threads ready ${run.timeline.filter((st) => st.what === 'ready').map((st) => (st.end - st.start).toFixed(0)).join(' + ') || '—'} ms,`
    + ` after the last read ${(run.ms - (lastRead - run.t0)).toFixed(0)} ms`);
}

/** --digest: sha256 of each PDF's text as the ingest's extraction threads give it. */
async function printDigests(dirs: string[]): Promise<void> {
  for (const d of dirs) {
    const files = readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).sort();
    const out = await extractPdfs(d, files, { cacheDir: null, ocr: false });
    for (const [f, r] of out) {
      const h = createHash('sha256').update(r.ok ? `${r.text}\u0000${r.joined?.text ?? ''}\u0000${JSON.stringify(r.joined?.map ?? null)}\u0000${r.pageStarts.join(',')}` : r.reason).digest('hex');
      console.log(`${h.slice(0, 16)}  ${f}`);
    }
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    dir: { type: 'string', default: 'test/fixtures/pdf' }, runs: { type: 'string', default: '3' }, variants: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false }, digest: { type: 'boolean', default: false },
  } });
  if (values.digest) return printDigests(positionals);
  const { dir } = values;
  const runs = Number(values.runs);
  const files = readdirSync(dir).filter((f) => REAL.test(f)).sort();
  const cacheDir = mkdtempSync(join(tmpdir(), 'ca-pdf-profile-'));
  try {
    let t0 = performance.now();
    const lib = await importPdfjs();
    const importMs = performance.now() - t0;
    console.log(`PDF.js import (first use in this process, under tsx): ${importMs.toFixed(0)} ms`);
    const bytesOf = new Map(files.map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
    const best = new Map<string, Profile & { text: string; joined: string }>();
    for (let r = 0; r < runs; r++) {
      for (const f of files) {
        const p = await profileFile(bytesOf.get(f)!, cacheDir);
        if (!best.has(f) || p.total < best.get(f)!.total) best.set(f, p);
      }
    }
    console.log(`\nms per stage, best of ${runs} runs per file (${new Date().toISOString().slice(0, 16)} UTC)\n`);
    console.log(`${'file'.padEnd(44)} pages ${STAGES.map((s) => s.slice(0, 6).padStart(6)).join(' ')}  total`);
    const sum = Object.fromEntries([...STAGES, 'total', 'pages'].map((s) => [s, 0])) as Profile;
    for (const f of files) {
      const p = best.get(f)!;
      console.log(`${f.padEnd(44)} ${String(p.pages).padStart(5)} ${STAGES.map((s) => ms(p[s])).join(' ')} ${ms(p.total)}`);
      for (const s of [...STAGES, 'total', 'pages'] as const) sum[s] += p[s];
    }
    console.log(`${'all'.padEnd(44)} ${String(sum.pages).padStart(5)} ${STAGES.map((s) => ms(sum[s])).join(' ')} ${ms(sum.total)}`);
    const share = (s: Stage) => `${s} ${((100 * sum[s]) / sum.total).toFixed(1)} %`;
    console.log(`\nshare of the total: ${STAGES.filter((s) => sum[s] / sum.total >= 0.005).map(share).join(', ')}`);

    if (values.cold) {
      for (const [title, extra] of [['phase as the ingest runs it', []], ['phase on the process\'s own thread', ['--min-files', String(Number.MAX_SAFE_INTEGER)]]] as const) {
        let fastest: PhaseRun | null = null;
        for (let r = 0; r < runs; r++) {
          const run = phaseRun(dir, files, [...extra]);
          if (!fastest || run.ms < fastest.ms) fastest = run;
        }
        printCold(fastest!, best, `${title}, fastest of ${runs} fresh processes`);
      }
      // What each extraction thread costs: the same phase with 1, 2, … threads, alternating; the
      // CPU a thread adds beyond the work it takes over is its start (PDF.js import, code not yet
      // optimized by the JIT), paid by every thread.
      const counts = Array.from({ length: Math.min(files.length, Math.max(2, availableParallelism())) }, (_, i) => i + 1);
      const wall = new Map<number, number>();
      const cpu = new Map<number, number>();
      for (let r = 0; r < runs; r++) {
        for (const n of counts) {
          const run = phaseRun(dir, files, ['--workers', String(n)]);
          wall.set(n, Math.min(wall.get(n) ?? Infinity, run.ms));
          cpu.set(n, Math.min(cpu.get(n) ?? Infinity, run.cpuMs));
        }
      }
      const warmTotal = [...best.values()].reduce((n, p) => n + p.open + p.getPage + p.getTextContent + p.getOperatorList + p.items + p.cleanup + p.pageLines + p.pageCleanup + p.wrapped, 0);
      console.log(`\nthreads  wall ms  CPU ms (all threads, least of ${runs} fresh processes; the same work warm in this process: ${warmTotal.toFixed(0)} ms)`);
      for (const n of counts) console.log(`${String(n).padStart(7)} ${ms(wall.get(n)!)}   ${ms(cpu.get(n)!)}`);
    }

    if (values.variants) {
      console.log('\nPDF.js options (time of all files, wall and CPU, best of runs; text = displayed and joined text equal to the default\'s)\n');
      for (const v of VARIANTS) {
        let bestMs = Infinity;
        let bestCpu = Infinity;
        let same = true;
        for (let r = 0; r < runs; r++) {
          t0 = performance.now();
          const cpu0 = process.cpuUsage();
          for (const f of files) {
            const p = await profileFile(bytesOf.get(f)!, cacheDir, v.options(lib));
            const d = best.get(f)!;
            if (p.text !== d.text || p.joined !== d.joined) same = false;
          }
          const cpu = process.cpuUsage(cpu0);
          bestMs = Math.min(bestMs, performance.now() - t0);
          bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
        }
        console.log(`${v.name.padEnd(58)} ${ms(bestMs)} ms (CPU ${ms(bestCpu)} ms)  text ${same ? 'identical' : 'DIFFERS'}`);
      }
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
