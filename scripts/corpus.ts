/**
 * npm run corpus -- --reports N --out DIR [--seed S] [--clean]
 *
 * Writes the synthetic national corpus (src/corpus): N report files in DIR/reports/, the
 * institution catalogue DIR/institutions.csv and the truth of every file in DIR/manifest.json.
 * Same N and seed → byte-identical files. Then ingest it with
 *   ingest({ reportsDir: 'DIR/reports', institutionsFile: 'DIR/institutions.csv' }).
 * The corpus is SYNTHETIC: real institution names, invented figures, RUCs starting with 99.
 */
import { resolve } from 'node:path';
import { writeCorpus } from '../src/corpus/index.ts';

function usage(message?: string): never {
  if (message) console.error(`corpus: ${message}`);
  console.error('uso: npm run corpus -- --reports N --out DIR [--seed S] [--clean]');
  process.exit(2);
}

function parseArgs(argv: string[]): { reports: number; out: string; seed: number; clean: boolean } {
  let reports: number | null = null;
  let out: string | null = null;
  let seed = 1;
  let clean = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`falta el valor de ${arg}`);
      return v;
    };
    if (arg === '--reports') reports = Number(value());
    else if (arg === '--out') out = value();
    else if (arg === '--seed') seed = Number(value());
    else if (arg === '--clean') clean = true;
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`argumento desconocido: ${arg}`);
  }
  if (reports === null || !Number.isInteger(reports) || reports < 0) usage('--reports debe ser un entero ≥ 0');
  if (out === null) usage('falta --out DIR');
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) usage('--seed debe ser un entero entre 0 y 4294967295');
  return { reports, out, seed, clean };
}

const args = parseArgs(process.argv.slice(2));
const t0 = process.hrtime.bigint();
let result;
try {
  result = writeCorpus(resolve(args.out), args);
} catch (err) {
  console.error(`corpus: ${(err as Error).message}`);
  process.exit(1);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const m = result.manifest;
console.log(`${m.reports} informes (${m.publishers} instituciones × ${m.years.join(', ')}) en ${result.reportsDir}`);
console.log(`formatos: ${Object.entries(m.variants).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`${(m.bytes / 1e6).toFixed(1)} MB en ${seconds.toFixed(1)} s (semilla ${m.seed})`);
console.log(`catálogo: ${result.institutionsFile} (${m.institutions} instituciones); verdad: ${result.manifestFile}`);
