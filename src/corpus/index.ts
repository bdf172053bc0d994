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
 *
 * Not every publisher is in the catalogue (issue 11: the report itself says who published it):
 * two of every three institutions that publish the CPCCS form (and are nobody's parent) are left out of
 * DIR/institutions.csv, publishes complete forms only, and its forms keep verification links to another, catalogued,
 * institution's repository (its parent's when it has one). The ingest must publish each under the
 * name its header prints; `published_as` in the manifest says what each file must come out as.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Format } from '../schema/datasets.ts';
import { CPCCS_NOISE, generateCpccs } from './cpccs.ts';
import { GESTION_NOISE, generateGestion } from './gestion.ts';
import { upper } from './common.ts';
import { buildCatalogue, institutionsCsv, type CorpusInstitution } from './institutions.ts';
import { slugify } from '../lib/text.ts';
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

/**
 * Publishers left out of the catalogue: two of every three (by publisher index, from the 11th on)
 * among those that publish the CPCCS form (not zonal administrations or municipal secretariats)
 * and are nobody's parent. They publish the complete CPCCS form every year (their header names them).
 */
/** The first publishers are all catalogued, so small corpora (N = 30) keep their mix of formats and noise. */
export const CATALOGUED_FIRST = 10;

export function uncataloguedPublishers(all: readonly CorpusInstitution[], publishers: readonly CorpusInstitution[]): Set<string> {
  const parents = new Set(all.map((i) => i.parent_id).filter((p): p is string => p !== null));
  const out = new Set<string>();
  let eligible = 0;
  publishers.forEach((inst, j) => {
    if (j < CATALOGUED_FIRST || parents.has(inst.id) || inst.family === 'zonal' || inst.family === 'municipal_area') return;
    if (eligible++ % 3 !== 2) out.add(inst.id);
  });
  return out;
}

/** A catalogued institution's domain for an uncatalogued publisher's links: its parent's, else another's. */
function foreignDomain(inst: CorpusInstitution, parent: CorpusInstitution | undefined, hosts: readonly CorpusInstitution[], j: number): string {
  if (parent?.domains[0]) return parent.domains[0];
  const others = hosts.filter((h) => h.id !== inst.id);
  return others.length ? others[j % others.length]!.domains[0]! : 'gob.ec';
}

/** The catalogue, the publishers left out of it, and a lazy sequence of the corpus's files. */
export function generateCorpus(options: CorpusOptions): {
  institutions: CorpusInstitution[]; uncatalogued: Set<string>; files: () => Generator<CorpusFile>;
} {
  const { reports, seed } = options;
  if (!Number.isInteger(reports) || reports < 0) throw new Error(`--reports must be a whole number ≥ 0 (got ${reports})`);
  const count = Math.ceil(reports / YEARS.length);
  const { catalogue, publishers } = buildCatalogue(count, Rng.derive(seed, 'institutions'));
  const byId = new Map(catalogue.all.map((i) => [i.id, i]));
  const uncatalogued = uncataloguedPublishers(catalogue.all, publishers);
  const hosts = catalogue.all.filter((i) => i.domains.length > 0 && !uncatalogued.has(i.id));

  function* files(): Generator<CorpusFile> {
    const ordinal: Record<Kind, number> = { cpccs: 0, fragment: 0, lotaip: 0, gestion: 0 };
    const names = new Set<string>();
    for (let i = 0; i < reports; i++) {
      const j = Math.floor(i / YEARS.length);
      const y = i % YEARS.length;
      const inst = publishers[j]!;
      const kind: Kind = uncatalogued.has(inst.id) ? 'cpccs' : reportKind(inst, j, y);
      const k = ordinal[kind]++;
      const kinds = KINDS_NOISE[kind];
      // The first reports of each kind carry two noise kinds each, in turn.
      const forced = k < kinds.length ? [kinds[(2 * k) % kinds.length]!, kinds[(2 * k + 1) % kinds.length]!] : [];
      const parent = inst.parent_id ? byId.get(inst.parent_id) : undefined;
      const ctx: GenContext = {
        inst, parent, year: YEARS[y]!, rng: Rng.derive(seed, 'report', i), forced,
        ...(uncatalogued.has(inst.id) ? { linkDomain: foreignDomain(inst, parent, hosts, j) } : {}),
      };
      const generated: Generated = kind === 'lotaip' ? generateLotaip(ctx)
        : kind === 'gestion' ? generateGestion(ctx)
          : generateCpccs(ctx, kind === 'fragment' ? 'fragment' : 'complete');
      let name = `${YEARS[y]}-${slugify(inst.name)}-${SUFFIX[kind]}.txt`;
      if (names.has(name)) name = `${YEARS[y]}-${slugify(inst.name)}-${SUFFIX[kind]}-${String(i).padStart(6, '0')}.txt`;
      names.add(name);
      const text = generated.text;
      const inCatalogue = !uncatalogued.has(inst.id);
      // A fragment names nobody: a unit of the institution its links point to (the publisher).
      const published_as = kind === 'fragment'
        ? { id: `unidad-no-identificada-${slugify(name.replace(/\.txt$/, ''))}`, name: `Unidad no identificada ${inst.acronym ? `del ${inst.acronym}` : `de ${inst.name}`}`, parent_id: inst.id }
        : { id: inst.id, name: inCatalogue ? inst.name : upper(inst.name), parent_id: inst.parent_id };
      yield { name, text, truth: { file: name, ...generated.truth, in_catalogue: inCatalogue, published_as, bytes: Buffer.byteLength(text, 'utf8') } };
    }
  }
  return { institutions: catalogue.all, uncatalogued, files };
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
  /** Publishers left out of institutions.csv (published from their headers). */
  uncatalogued: number;
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
  const { institutions, uncatalogued, files } = generateCorpus(options);
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
  writeFileSync(institutionsFile, institutionsCsv(institutions.filter((i) => !uncatalogued.has(i.id))));
  const manifest: Manifest = {
    generator: 'cuentas-abiertas synthetic corpus (src/corpus)', version: GENERATOR_VERSION, seed: options.seed, reports: options.reports,
    years: YEARS, reports_dir: 'reports', institutions_file: 'institutions.csv', institutions: institutions.length,
    publishers: new Set(truths.map((t) => t.institution.id)).size, uncatalogued: uncatalogued.size, bytes, formats: sortKeys(formats), variants: sortKeys(variants),
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
