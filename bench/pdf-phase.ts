/**
 * The ingest's PDF extraction phase in a fresh process, as `npm run ingest` runs it: bench/pdf.ts
 * starts this file with `node --import tsx` (like the ingest's `tsx`) once per measurement, so the
 * time includes everything the phase costs a user: importing the extraction code and PDF.js, starting
 * the worker threads, reading, hashing and extracting every PDF (no cache; scanned pages not OCRed).
 *
 * node --import tsx bench/pdf-phase.ts DIR [MIN_FILES] [WORKERS] FILE...  →  prints {"ms": N, "cpuMs": N, "files": N} on stdout
 */
export {};

const [dir, minFiles, workers, ...files] = process.argv.slice(2);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { extractPdfs } = await import('../src/ingest/pdf/pool.ts');
const out = await extractPdfs(dir!, files, {
  cacheDir: null, ocr: false,
  ...(minFiles && minFiles !== '-' ? { minFiles: Number(minFiles) } : {}),
  ...(workers && workers !== '-' ? { workers: Number(workers) } : {}),
});
const ms = performance.now() - t0;
// CPU of every thread of this process (getrusage), for comparisons on a busy machine.
const cpu = process.cpuUsage(cpu0);
const failed = [...out].filter(([, r]) => !r.ok).map(([f]) => f);
if (failed.length) throw new Error(`no extraídos: ${failed.join(', ')}`);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, files: out.size })}\n`);
