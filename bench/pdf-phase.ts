/**
 * The ingest's PDF extraction phase in a fresh process, as `npm run ingest` runs it: bench/pdf.ts
 * and bench/pdf-profile.ts start this file with `node --import tsx` (like the ingest's `tsx`) once
 * per measurement, so the time includes everything the phase costs a user: importing the extraction
 * code and PDF.js, starting the worker threads, reading, hashing and extracting every PDF (no cache;
 * scanned pages not OCRed).
 *
 * node --import tsx bench/pdf-phase.ts [--min-files N] [--workers N] [--timeline] DIR FILE...
 *   →  prints {"ms": N, "cpuMs": N, "files": N, "pages": N, "startMs": N[, "t0": N, "timeline": [...]]} on stdout
 * `startMs`: from the process's start to this script's first line (Node and tsx starting, not in `ms`);
 * `timeline`: the pool's steps (pool.ts PhaseStep), `t0` the epoch ms where `ms` starts.
 */
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  'min-files': { type: 'string' }, workers: { type: 'string' }, timeline: { type: 'boolean', default: false },
} });
const [dir, ...files] = positionals;
const startMs = performance.now();
const t0 = performance.timeOrigin + startMs;
const cpu0 = process.cpuUsage();
const { extractPdfs } = await import('../src/ingest/pdf/pool.ts');
const timeline: import('../src/ingest/pdf/pool.ts').PhaseStep[] = [];
const out = await extractPdfs(dir!, files, {
  cacheDir: null, ocr: false,
  ...(values['min-files'] ? { minFiles: Number(values['min-files']) } : {}),
  ...(values.workers ? { workers: Number(values.workers) } : {}),
  ...(values.timeline ? { timeline } : {}),
});
const ms = performance.now() - startMs;
// CPU of every thread of this process (getrusage), for comparisons on a busy machine.
const cpu = process.cpuUsage(cpu0);
const failed = [...out].filter(([, r]) => !r.ok).map(([f]) => f);
if (failed.length) throw new Error(`no extraídos: ${failed.join(', ')}`);
const extra = values.timeline ? { t0, timeline } : {};
const pages = [...out.values()].reduce((n, r) => n + (r.ok ? r.pageStarts.length : 0), 0);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, files: out.size, pages, startMs, ...extra })}\n`);
