/**
 * npm run bench:ingest -- [--copies N]
 *
 * Measures ingest throughput (MB/s) on a corpus of N copies of each bundled report (default
 * 200 → 1,000 files), against a baseline measured in the same run: a bare pass that only
 * reads the same files and splits them into lines. Prints the figures and their ratio.
 * (The synthetic national corpus of the scale issue will replace the copies when it lands.)
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, listReportFiles } from '../src/ingest/build.ts';

const copiesArg = process.argv.indexOf('--copies');
const copies = copiesArg > 0 ? Number(process.argv[copiesArg + 1]) : 200;
const dir = mkdtempSync(join(tmpdir(), 'ca-bench-'));
try {
  const seeds = listReportFiles('data/reports');
  for (let i = 0; i < copies; i++) {
    for (const f of seeds) copyFileSync(join('data/reports', f), join(dir, `${String(i).padStart(5, '0')}-${f}`));
  }
  const files = readdirSync(dir);
  const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const mb = bytes / 1e6;

  const bare = () => {
    let lines = 0;
    for (const f of files) lines += readFileSync(join(dir, f), 'utf8').split(/\r\n?|\n/).length;
    return lines;
  };
  const time = (fn: () => unknown) => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  bare(); // warm the file cache so both passes read from memory
  const bareS = Math.min(time(bare), time(bare));
  let rows = 0;
  const ingestS = time(() => {
    const { datasets } = ingest({ reportsDir: dir, institutionsFile: 'data/institutions.csv' });
    rows = datasets.budget_lines.length + datasets.goals.length + datasets.procurement.length + datasets.milestones.length;
  });
  const mem = process.memoryUsage().rss / 1e6;
  console.log(`corpus: ${files.length} archivos (${copies} copias de ${seeds.length} informes), ${mb.toFixed(1)} MB`);
  console.log(`lectura + división en líneas: ${bareS.toFixed(3)} s = ${(mb / bareS).toFixed(1)} MB/s`);
  console.log(`ingest completo: ${ingestS.toFixed(3)} s = ${(mb / ingestS).toFixed(1)} MB/s (${rows} filas)`);
  console.log(`razón ingest / lectura: ${(ingestS / bareS).toFixed(1)}x (objetivo ≤ 5x)`);
  console.log(`memoria RSS al final: ${mem.toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
