/**
 * npm run bench:contracts -- [--processes N] [--keep DIR]
 *
 * SERCOP ingest at national scale: generates N synthetic processes (default 300,000) as one OCDS
 * release package (src/corpus/contracts.ts), then ingests it in a child process (the real
 * catalogue resolving buyers) and prints the ingest time, the child's peak RSS and the output
 * sizes. Targets (issue 14): under 60 s and 1 GB for 300,000 processes.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReleasePackage } from '../src/corpus/contracts.ts';
import { InstitutionResolver, parseInstitutionsCsv } from '../src/ingest/institutions.ts';
import { ingestContracts } from '../src/ingest/sercop/index.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

if (arg('child')) {
  // The measured run: read the catalogue, ingest the folder, report time and peak RSS.
  const dir = arg('child')!;
  const catalogue = parseInstitutionsCsv(readFileSync('data/institutions.csv', 'utf8'));
  const t = performance.now();
  const r = ingestContracts(dir, new InstitutionResolver(catalogue), new Set(catalogue.map((i) => i.id)));
  const ms = performance.now() - t;
  console.log(JSON.stringify({
    ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, contracts: r.contracts.length, flags: r.flags.length, institutions: r.institutions.length,
  }));
} else {
  const processes = Number(arg('processes') ?? 300_000);
  const dir = arg('keep') ?? mkdtempSync(join(tmpdir(), 'sercop-bench-'));
  const file = join(dir, 'sintetico-ocds.json');
  const fd = openSync(file, 'w');
  const t0 = performance.now();
  const releases = writeReleasePackage({ processes }, (chunk) => writeSync(fd, chunk));
  closeSync(fd);
  const genMs = performance.now() - t0;
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const m = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; maxRssBytes: number; contracts: number; flags: number; institutions: number };
  // Decimal units, as BENCHMARKS.md: 1 MB = 10^6 bytes, 1 GB = 10^9.
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  console.log(`procesos: ${processes.toLocaleString('es-EC')} (${releases.toLocaleString('es-EC')} publicaciones, ${mb(statSync(file).size)} de JSON; generados en ${(genMs / 1000).toFixed(1)} s)`);
  console.log(`ingest: ${(m.ms / 1000).toFixed(1)} s, memoria máxima (RSS del proceso) ${mb(m.maxRssBytes)}`);
  console.log(`salida: ${m.contracts.toLocaleString('es-EC')} contratos, ${m.institutions.toLocaleString('es-EC')} compradores nuevos, ${m.flags.toLocaleString('es-EC')} alertas`);
  console.log(`objetivos: < 60 s ${m.ms < 60_000 ? 'cumplido' : 'NO cumplido'}; < 1 GB ${m.maxRssBytes < 1e9 ? 'cumplido' : 'NO cumplido'}`);
  if (!arg('keep')) rmSync(dir, { recursive: true, force: true });
}
