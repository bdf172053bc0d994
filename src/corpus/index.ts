/**
 * The synthetic national corpus: N report files in the real formats of data/reports/, plus the
 * institution catalogue that resolves them and a manifest with the truth of every file.
 *
 * Layout written by `writeCorpus(dir, ...)`:
 *   DIR/reports/<year>-<institution-slug>-<format>.txt   the reports (ingest this folder)
 *   DIR/institutions.csv                                 catalogue, format of data/institutions.csv
 *   DIR/manifest.json                                    what each file holds (see ReportTruth)
 *
 * Deterministic: same N and seed → byte-identical files. Nothing reads the clock or
 * Math.random; each report draws from its own seeded stream (mulberry32).
 *
 * Who publishes what: ceil(N/3) institutions, each reporting for 2021, 2022 and 2023 (report i
 * is institution floor(i/3), year 2021 + i % 3), so year-over-year views have data. National
 * bodies, provincial/municipal GADs (and a quarter of municipal companies and parish GADs) publish
 * their LOTAIP a4 matrix one year in three and the CPCCS form the other years; zonal administrations and municipal secretariats publish the
 * municipal informe de gestión; everyone else the CPCCS form, one year in six as a fragment.
 * The first reports of each format carry each kind of noise in turn (so even N = 30 has them
 * all); later ones draw noise at the rates of each generator's *_NOISE table.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Format } from '../schema/datasets.ts';
import { CPCCS_NOISE, generateCpccs } from './cpccs.ts';
import { GESTION_NOISE, generateGestion } from './gestion.ts';
import { buildCatalogue, institutionsCsv, slug, type CorpusInstitution } from './institutions.ts';
import { LOTAIP_NOISE, generateLotaip } from './lotaip.ts';
import { Rng } from './prng.ts';
import type { GenContext, Generated, NoiseKind, ReportTruth, Variant } from './types.ts';

export type { ReportTruth } from './types.ts';
export const YEARS = [2021, 2022, 2023] as const;
export const GENERATOR_VERSION = 1;

export interface CorpusOptions {
  /** Number of report files. */
  reports: number;
  /** PRNG seed (an unsigned 32-bit integer). */
  seed: number;
}

export interface CorpusFile {
  name: string;
  text: string;
  truth: ReportTruth;
}

type Kind = 'cpccs' | 'fragment' | 'lotaip' | 'gestion';
const SUFFIX: Record<Kind, string> = {
  cpccs: 'cpccs-rendicion', fragment: 'cpccs-rendicion-fragmento', lotaip: 'lotaip-a4', gestion: 'informe-gestion',
};
const KINDS_NOISE: Record<Kind, readonly NoiseKind[]> = {
  cpccs: CPCCS_NOISE.map(([k]) => k),
  fragment: CPCCS_NOISE.map(([k]) => k).filter((k) => k !== 'missing_section'),
  lotaip: LOTAIP_NOISE.map(([k]) => k),
  gestion: GESTION_NOISE.map(([k]) => k),
};

/** Which report institution j publishes for year index y. */
export function reportKind(inst: CorpusInstitution, j: number, y: number): Kind {
  if (inst.family === 'zonal' || inst.family === 'municipal_area') return 'gestion';
  const lotaip = inst.family === 'national' || inst.family === 'gad_provincial' || inst.family === 'gad_municipal'
    || ((inst.family === 'municipal_entity' || inst.family === 'gad_parroquial') && j % 4 === 0);
  if (lotaip && y === j % 3) return 'lotaip';
  // Fragments are identified by their links' domain: only for institutions with a site of their own.
  if (inst.domains.length > 0 && j % 2 === 1 && y === (j >> 1) % 3) return 'fragment';
  return 'cpccs';
}

/** The catalogue and a lazy sequence of the corpus's files. */
export function generateCorpus(options: CorpusOptions): { institutions: CorpusInstitution[]; files: () => Generator<CorpusFile> } {
  const { reports, seed } = options;
  if (!Number.isInteger(reports) || reports < 0) throw new Error(`--reports must be a whole number ≥ 0 (got ${reports})`);
  const count = Math.ceil(reports / YEARS.length);
  const { catalogue, publishers } = buildCatalogue(count, Rng.derive(seed, 'institutions'));
  const byId = new Map(catalogue.all.map((i) => [i.id, i]));

  function* files(): Generator<CorpusFile> {
    const ordinal: Record<Kind, number> = { cpccs: 0, fragment: 0, lotaip: 0, gestion: 0 };
    const names = new Set<string>();
    for (let i = 0; i < reports; i++) {
      const j = Math.floor(i / YEARS.length);
      const y = i % YEARS.length;
      const inst = publishers[j]!;
      const kind = reportKind(inst, j, y);
      const k = ordinal[kind]++;
      const kinds = KINDS_NOISE[kind];
      // The first reports of each kind carry two noise kinds each, in turn.
      const forced = k < kinds.length ? [kinds[(2 * k) % kinds.length]!, kinds[(2 * k + 1) % kinds.length]!] : [];
      const ctx: GenContext = {
        inst, parent: inst.parent_id ? byId.get(inst.parent_id) : undefined, year: YEARS[y]!, rng: Rng.derive(seed, 'report', i), forced,
      };
      const generated: Generated = kind === 'lotaip' ? generateLotaip(ctx)
        : kind === 'gestion' ? generateGestion(ctx)
          : generateCpccs(ctx, kind === 'fragment' ? 'fragment' : 'complete');
      let name = `${YEARS[y]}-${slug(inst.name)}-${SUFFIX[kind]}.txt`;
      if (names.has(name)) name = `${YEARS[y]}-${slug(inst.name)}-${SUFFIX[kind]}-${String(i).padStart(6, '0')}.txt`;
      names.add(name);
      const text = generated.text;
      yield { name, text, truth: { file: name, ...generated.truth, bytes: Buffer.byteLength(text, 'utf8') } };
    }
  }
  return { institutions: catalogue.all, files };
}

/** Column names of the manifest's row tuples. */
export const MANIFEST_COLUMNS = {
  budget_lines: ['line', 'planned_cents', 'executed_cents', 'pct_reported'],
  goals: ['line', 'planned', 'achieved', 'pct_reported', 'unit_number'],
  procurement: ['line', 'procedure', 'awarded_count', 'awarded_cents', 'finalized_count', 'finalized_cents'],
  units: ['unit_number', 'unit_name'],
} as const;

export interface Manifest {
  generator: string;
  version: number;
  seed: number;
  reports: number;
  years: readonly number[];
  reports_dir: string;
  institutions_file: string;
  institutions: number;
  publishers: number;
  bytes: number;
  formats: Record<string, number>;
  variants: Record<string, number>;
  noise: Record<string, number>;
  columns: typeof MANIFEST_COLUMNS;
  files: ReportTruth[];
}

export interface WriteResult {
  manifest: Manifest;
  reportsDir: string;
  institutionsFile: string;
  manifestFile: string;
}

/**
 * Writes the corpus under `dir` (see the layout above). Refuses to write into a reports folder
 * that already has files unless `clean` is set, in which case DIR/reports is emptied first.
 */
export function writeCorpus(dir: string, options: CorpusOptions & { clean?: boolean }): WriteResult {
  const reportsDir = join(dir, 'reports');
  mkdirSync(reportsDir, { recursive: true });
  const existing = readdirSync(reportsDir);
  if (existing.length > 0) {
    if (!options.clean) throw new Error(`${reportsDir} is not empty (${existing.length} files): use --clean to replace them`);
    rmSync(reportsDir, { recursive: true, force: true });
    mkdirSync(reportsDir, { recursive: true });
  }
  const { institutions, files } = generateCorpus(options);
  const truths: ReportTruth[] = [];
  const formats: Record<string, number> = {};
  const variants: Record<string, number> = {};
  const noise: Record<string, number> = {};
  let bytes = 0;
  for (const f of files()) {
    writeFileSync(join(reportsDir, f.name), f.text);
    truths.push(f.truth);
    bytes += f.truth.bytes;
    formats[f.truth.format] = (formats[f.truth.format] ?? 0) + 1;
    const v = `${f.truth.format}/${f.truth.variant}`;
    variants[v] = (variants[v] ?? 0) + 1;
    for (const n of f.truth.noise) noise[n.kind] = (noise[n.kind] ?? 0) + 1;
  }
  const institutionsFile = join(dir, 'institutions.csv');
  writeFileSync(institutionsFile, institutionsCsv(institutions));
  const manifest: Manifest = {
    generator: 'cuentas-abiertas synthetic corpus (src/corpus)', version: GENERATOR_VERSION, seed: options.seed, reports: options.reports,
    years: YEARS, reports_dir: 'reports', institutions_file: 'institutions.csv', institutions: institutions.length,
    publishers: new Set(truths.map((t) => t.institution.id)).size, bytes, formats: sortKeys(formats), variants: sortKeys(variants),
    noise: sortKeys(noise), columns: MANIFEST_COLUMNS, files: truths,
  };
  const manifestFile = join(dir, 'manifest.json');
  writeFileSync(manifestFile, manifestJson(manifest));
  return { manifest, reportsDir, institutionsFile, manifestFile };
}

/** The manifest as JSON: header fields indented, one line per file (diffable, and small at N = 5,000). */
export function manifestJson(manifest: Manifest): string {
  const { files, ...head } = manifest;
  const header = JSON.stringify(head, null, 1).replace(/\n\}$/, '');
  const body = files.map((f) => `  ${JSON.stringify(f)}`).join(',\n');
  return `${header},\n "files": [\n${body}\n ]\n}\n`;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export type { Format, Variant };
