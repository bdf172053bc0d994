/**
 * npm run ingest -- [--reports DIR] [--out DIR] [--institutions FILE] [--contracts DIR] [--strict]
 *
 * Reads every report in DIR (default data/reports, or $REPORTS_DIR) and SERCOP's procurement
 * data in the contracts folder (default data/contracts, or $CONTRACTS_DIR), writes the datasets to
 * OUT (default data/generated) and prints one summary line per file to stderr.
 * Exit 0 unless --strict and an error flag exists (1), or the arguments/catalogue are bad (2).
 * Files are ingested on worker threads (one per core; ingestParallel), with the same output
 * as the single-threaded ingest(). PDFs are extracted first (cached by SHA-256 in
 * node_modules/.cache/cuentas-abiertas/pdf, or $PDF_CACHE_DIR) and their texts written to
 * OUT/pdf-text/ for the site's source view.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CatalogError, InstitutionResolver, parseInstitutionsCsv } from './institutions.ts';
import { withContracts } from './sercop/index.ts';
import { ingestParallel } from './parallel.ts';
import { writeDatasets, writePdfTexts } from './write.ts';

interface Args { reports: string; out: string; institutions: string; contracts: string; strict: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = {
    reports: process.env.REPORTS_DIR || 'data/reports',
    out: process.env.DATA_DIR || 'data/generated',
    institutions: process.env.INSTITUTIONS_FILE || 'data/institutions.csv',
    contracts: process.env.CONTRACTS_DIR || 'data/contracts',
    strict: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new UsageError(`falta el valor de ${a}`);
      return v;
    };
    if (a === '--reports') args.reports = value();
    else if (a === '--out') args.out = value();
    else if (a === '--institutions') args.institutions = value();
    else if (a === '--contracts') args.contracts = value();
    else if (a === '--strict') args.strict = true;
    else throw new UsageError(`opción desconocida: ${a}`);
  }
  return args;
}

class UsageError extends Error {}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}\nuso: npm run ingest -- [--reports DIR] [--out DIR] [--institutions FILE] [--contracts DIR] [--strict]`);
    return 2;
  }
  if (!existsSync(args.reports)) {
    console.error(`ingest: no existe la carpeta de informes: ${args.reports}`);
    return 2;
  }
  try {
    const ingested = await ingestParallel({
      reportsDir: args.reports, institutionsFile: args.institutions, pdfCacheDir: process.env.PDF_CACHE_DIR || undefined,
    });
    const { summaries, pdf } = ingested;
    // SERCOP's records: buyers resolved by the same catalogue (a missing folder means none).
    const resolver = new InstitutionResolver(parseInstitutionsCsv(readFileSync(args.institutions, 'utf8'), basename(args.institutions)));
    const { datasets, files: contractFiles } = withContracts(ingested.datasets, args.contracts, resolver);
    console.error(`contratos SERCOP: ${contractFiles} archivos de ${args.contracts}, ${datasets.contracts.length} procesos`);
    writeDatasets(args.out, datasets);
    writePdfTexts(args.out, pdf ?? new Map());
    for (const s of summaries) {
      if (s.skipped) console.error(`${s.file}: omitido (${s.skipped})`);
      else console.error(`${s.file}: ${s.format}, ${s.rows} filas, ${s.warnings} advertencias, ${s.errors} errores`);
    }
    for (const f of datasets.flags) if (f.severity === 'error') console.error(`  error ${f.code}: ${f.message}`);
    const errors = datasets.flags.filter((f) => f.severity === 'error').length;
    console.error(`ingest: ${summaries.length} archivos → ${args.out} (${datasets.reports.length} informes, ${errors} errores)`);
    return args.strict && errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof CatalogError) {
      console.error(`ingest: catálogo de instituciones: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main();
