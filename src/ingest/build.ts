/**
 * The ingest driver: every file in the reports folder → validated datasets.
 *
 * For each file (sorted by name): read bytes → decode (decode.ts) → detect the format
 * (parsers/index.ts) → parse → resolve the institution (institutions.ts) → fill ids and
 * provenance → driver checks (checks.ts) → validate every record with the zod schemas.
 * One bad file never costs another its data: whatever goes wrong becomes a flag.
 * The result is deterministic: rows are sorted, ids are slugs, nothing depends on time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import {
  DATASETS, type DatasetName, type Datasets, type Flag, type Institution, type Report,
} from '../schema/datasets.ts';
import { runChecks } from './checks.ts';
import { decodeReport } from './decode.ts';
import { InstitutionResolver, parseInstitutionsCsv } from './institutions.ts';
import type { PdfExtraction } from './pdf/extract.ts';
import { pageOfLine } from './pdf/lines.ts';
import { isPdf } from './pdf/detect.ts';
import { detectParser, PARSERS } from './parsers/index.ts';
import { slugify } from './text.ts';
import { flag, flagMessage, type FlagDraft, type Parser, type ParseResult, type SourceText } from './types.ts';

/** Lines longer than this are set aside (flagged) instead of parsed. */
export const MAX_LINE_LENGTH = 100_000;

export interface IngestOptions {
  reportsDir: string;
  institutionsFile: string;
  parsers?: readonly Parser[];
  /**
   * Texts of the PDFs among the files, by file name, from the extraction phase (pdf/pool.ts;
   * ingestParallel runs it). A PDF missing here becomes an error flag.
   */
  pdf?: ReadonlyMap<string, PdfExtraction>;
  /** Where ingestParallel caches extracted PDF texts (default pdf/cache.ts's); null: no cache. */
  pdfCacheDir?: string | null;
}

export interface FileSummary {
  file: string;
  format: string;
  rows: number;
  warnings: number;
  errors: number;
}

export interface IngestResult {
  datasets: Datasets;
  summaries: FileSummary[];
  /** The extracted PDF texts, when the ingest ran the extraction phase (ingestParallel). */
  pdf?: ReadonlyMap<string, PdfExtraction>;
}

/** Files the ingest reads: every regular file except READMEs and dotfiles. */
export function listReportFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && !/^readme(\.|$)/i.test(f))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Empty datasets, to collect rows into. */
export function emptyDatasets(): Datasets {
  return Object.fromEntries(Object.keys(DATASETS).map((k) => [k, []])) as unknown as Datasets;
}

/** Builds the parser's view of a text: long lines set aside so no regex sees 5 MB at once. */
export function toSource(file: string, text: string): { src: SourceText; flags: FlagDraft[] } {
  const raw = text.split('\n');
  const flags: FlagDraft[] = [];
  if (!raw.some((l) => l.length > MAX_LINE_LENGTH)) return { src: { file, text, lines: raw }, flags };
  const lines = raw.map((l, i) => {
    if (l.length <= MAX_LINE_LENGTH) return l;
    flags.push({
      severity: 'warning', code: 'line_too_long',
      message: flagMessage(`línea de ${l.length} caracteres omitida (máximo ${MAX_LINE_LENGTH})`, null, file, i + 1),
      dataset: null, field: null, source_line: i + 1,
    });
    return '';
  });
  return { src: { file, text: flags.length ? lines.join('\n') : text, lines }, flags };
}

const ROW_DATASETS = [
  'budget_lines', 'budget_summaries', 'goals', 'procurement', 'disposals',
  'recommendations', 'deliberations', 'coverage',
] as const satisfies readonly DatasetName[];

/**
 * What every file's ingest shares: the catalogue, its resolver and the name-lookup cache. Built
 * once per ingest (and once per worker thread in ingestParallel, from the same file).
 */
export interface IngestContext {
  catalogue: Institution[];
  resolver: InstitutionResolver;
  names: NameLookup;
  /** Ids of the catalogue's institutions. */
  catalogueIds: Set<string>;
  parsers: readonly Parser[];
  /** Extracted PDF texts by file name (IngestOptions.pdf). */
  pdf: ReadonlyMap<string, PdfExtraction>;
}

/** Reads the catalogue; throws CatalogError when it is bad. */
export function createContext(options: IngestOptions): IngestContext {
  const catalogue = parseInstitutionsCsv(readFileSync(options.institutionsFile, 'utf8'), basename(options.institutionsFile));
  const resolver = new InstitutionResolver(catalogue);
  return {
    catalogue, resolver, names: new NameLookup(resolver), catalogueIds: new Set(catalogue.map((i) => i.id)),
    parsers: options.parsers ?? PARSERS, pdf: options.pdf ?? new Map(),
  };
}

/**
 * Receives the institutions a file needs outside the catalogue, in the order the file meets
 * them: `ifAbsent` = keep an earlier one with the same id, else replace it (in place).
 */
export type ExtraInstitutionSink = (inst: Institution, ifAbsent: boolean) => void;

/** The sink that applies those to the map that ends up in `institutions`. */
export function extraInstitutionSink(map: Map<string, Institution>): ExtraInstitutionSink {
  return (inst, ifAbsent) => {
    if (!ifAbsent || !map.has(inst.id)) map.set(inst.id, inst);
  };
}

/** Reads and parses every report; never throws for a bad report (only for a bad catalogue). */
export function ingest(options: IngestOptions): IngestResult {
  const ctx = createContext(options);
  const extraInstitutions = new Map<string, Institution>();
  const extra = extraInstitutionSink(extraInstitutions);
  const out = emptyDatasets();
  const summaries: FileSummary[] = [];
  for (const file of listReportFiles(options.reportsDir)) summaries.push(ingestFile(ctx, options.reportsDir, file, out, extra));
  return finishIngest(ctx.catalogue, out, summaries, extraInstitutions);
}

/** The catalogue and the extra institutions become `institutions`; every dataset is sorted. */
export function finishIngest(
  catalogue: readonly Institution[], out: Datasets, summaries: FileSummary[], extraInstitutions: Map<string, Institution>,
): IngestResult {
  out.institutions = [...catalogue, ...extraInstitutions.values()];
  return { datasets: sortDatasets(out), summaries };
}

/** Ingests one file into `out`; never throws. */
export function ingestFile(ctx: IngestContext, reportsDir: string, file: string, out: Datasets, extra: ExtraInstitutionSink): FileSummary {
  const flagsBefore = out.flags.length;
  const rowsBefore = ROW_DATASETS.reduce((n, k) => n + out[k].length, 0) + out.commitments.length + out.milestones.length;
  let format = 'desconocido';
  const fileFlag = (severity: Flag['severity'], code: Flag['code'], problem: string, line: number | null = null) =>
    out.flags.push({
      report_id: null, institution_id: null, severity, code, dataset: null, field: null,
      message: flagMessage(problem, null, file, line), source_file: file, source_line: line,
    });
  try {
    const bytes = readFileSync(join(reportsDir, file));
    const input = readInput(file, bytes, ctx.pdf);
    if (!input.ok) {
      fileFlag('error', 'unreadable', `no se puede leer: ${input.reason}`);
    } else {
      const { src, flags: lineFlags } = toSource(file, input.text);
      const parser = detectParser(src, ctx.parsers);
      if (!parser) {
        fileFlag('error', 'unknown_format', 'formato de informe no reconocido');
      } else {
        format = parser.format;
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        let result: ParseResult | null = null;
        try {
          result = parser.parse(src);
        } catch (err) {
          fileFlag('error', 'unreadable', `el lector ${parser.format} falló: ${(err as Error).message}`);
        }
        if (result) {
          const extraFlags: FlagDraft[] = [...lineFlags];
          if (input.converted) {
            extraFlags.push(flag(src, 'info', 'encoding_converted', `convertido desde ${input.encoding}`, null, null));
          }
          if (input.unread) extraFlags.push(flag(src, 'warning', 'unreadable', input.unread, null, null));
          extraFlags.push(...ocrFlags(src, result, input.pageStarts, input.ocrPages));
          addReport(out, src, parser, result, sha256, extraFlags, ctx, extra, input.pageStarts);
        }
      }
    }
  } catch (err) {
    fileFlag('error', 'unreadable', `no se puede leer: ${(err as Error).message}`);
  }
  let warnings = 0;
  let errors = 0;
  for (let i = flagsBefore; i < out.flags.length; i++) {
    const severity = out.flags[i]!.severity;
    if (severity === 'warning') warnings++;
    else if (severity === 'error') errors++;
  }
  return {
    file, format,
    rows: ROW_DATASETS.reduce((n, k) => n + out[k].length, 0) + out.commitments.length + out.milestones.length - rowsBefore,
    warnings, errors,
  };
}

/** A file's text for the parsers, with its page map when it has pages. */
type Input =
  | {
    ok: true; text: string; encoding: string; converted: boolean; pageStarts: number[] | null; ocrPages: number[];
    /** Why scanned pages were not read (OCR missing), for a warning. */
    unread: string | null;
  }
  | { ok: false; reason: string };

/**
 * A PDF's extracted text (from the extraction phase), or a text file decoded; pdftotext's page
 * breaks ("\f" at the start of a page's first line) become the page map and are removed.
 */
export function readInput(file: string, bytes: Uint8Array, pdf: ReadonlyMap<string, PdfExtraction>): Input {
  if (isPdf(bytes)) {
    const x = pdf.get(file);
    if (!x) return { ok: false, reason: 'PDF sin extraer (la fase de extracción de PDF no se ejecutó; use npm run ingest)' };
    if (!x.ok) return { ok: false, reason: x.reason };
    return {
      ok: true, text: x.text, encoding: 'pdf', converted: false, pageStarts: x.pageStarts, ocrPages: x.ocrPages,
      unread: x.unread ? `páginas escaneadas sin leer (${x.unread.pages.join(', ')}): ${x.unread.install}` : null,
    };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return decoded;
  let text = decoded.text;
  let pageStarts: number[] | null = null;
  if (text.includes('\f')) {
    pageStarts = [1];
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c === 12 && i + 1 < text.length) pageStarts.push(line);
    }
    // Several breaks on one line (empty pages) give one page start per page, all on that line.
    text = text.replace(/\f/g, '');
  }
  return { ok: true, text, encoding: decoded.encoding, converted: decoded.converted, pageStarts, ocrPages: [], unread: null };
}

/** One warning per record read from a page that OCR read: the figure must be checked against the PDF. */
function ocrFlags(src: SourceText, result: ParseResult, pageStarts: number[] | null, ocrPages: readonly number[]): FlagDraft[] {
  if (!ocrPages.length || !pageStarts) return [];
  const pages = new Set(ocrPages);
  const flags: FlagDraft[] = [];
  const sets: [string, readonly { source_line: number }[]][] = [
    ...ROW_DATASETS.map((k) => [k, result[k] as readonly { source_line: number }[]] as [string, readonly { source_line: number }[]]),
    ['commitments', result.commitments], ['milestones', result.milestones],
  ];
  for (const [dataset, rows] of sets) {
    for (const r of rows) {
      const page = pageOfLine(pageStarts, r.source_line);
      if (page !== null && pages.has(page)) {
        flags.push(flag(src, 'warning', 'ocr', `cifra leída por OCR de la página ${page} escaneada; verifíquela en el PDF`, null, r.source_line, { dataset }));
      }
    }
  }
  return flags;
}

/** An institution for a report the catalogue does not know, so its data is not lost. */
function provisionalInstitution(name: string | null, file: string): Institution {
  const id = name ? slugify(name) : `institucion-desconocida-${slugify(file.replace(/\.[^.]+$/, ''))}`;
  return {
    id: id || 'institucion-desconocida', name: name ?? `Institución no identificada (${file})`, acronym: null, ruc: null,
    level: 'desconocido', function: 'desconocida', type: 'desconocido', parent_id: null, domains: [], aliases: [],
  };
}

function addReport(
  out: Datasets, src: SourceText, parser: Parser, result: ParseResult, sha256: string,
  extraFlags: FlagDraft[], ctx: IngestContext, extra: ExtraInstitutionSink, pageStarts: number[] | null,
): void {
  const { resolver, names } = ctx;
  const reportId = slugify(src.file.replace(/\.[^.]+$/, '')) || 'informe';
  const flags: FlagDraft[] = [...result.flags, ...extraFlags, ...runChecks(src, result)];

  // Who published it.
  const hint = result.institution;
  const resolution = resolver.resolve(hint);
  let institution: Institution;
  let match: string;
  if (resolution) {
    institution = resolution.institution;
    match = resolution.match;
    if (resolution.inferred) {
      flags.push(flag(src, 'warning', 'institution_inferred',
        `el informe no nombra a su institución; se dedujo por ${resolution.match === 'domain' ? 'el dominio de sus enlaces' : 'referencias indirectas'}`,
        institution.name, null, { dataset: 'reports', field: 'institution_id' }));
    }
  } else {
    institution = provisionalInstitution(hint.name, src.file);
    if (!ctx.catalogueIds.has(institution.id)) extra(institution, true);
    match = 'ninguno';
    flags.push(flag(src, 'warning', 'institution_unknown', 'institución fuera del catálogo (data/institutions.csv)',
      hint.name ?? hint.ruc ?? null, null, { dataset: 'reports', field: 'institution_id' }));
  }

  // A report with no year anywhere in its text: take the file name's, and say so.
  if (!(result.report.year >= 1990 && result.report.year <= 2100)) {
    const fromName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(src.file);
    if (fromName) {
      const year = Number(fromName[1]);
      result.report = { ...result.report, year, period: /\d{4}/.test(result.report.period) ? result.report.period : String(year) };
      flags.push(flag(src, 'warning', 'year_inferred', 'el informe no dice su año; se tomó del nombre del archivo', year, null,
        { dataset: 'reports', field: 'year' }));
    }
  }

  const ids = { report_id: reportId, institution_id: institution.id, year: result.report.year, source_file: src.file };
  const report: Report = {
    id: reportId, institution_id: institution.id, format: parser.format, ...result.report, source_file: src.file,
    institution_name_reported: hint.name, institution_match: match, sha256, page_starts: pageStarts,
  };
  push(out, 'reports', report, src, flags, 1);
  for (const k of ROW_DATASETS) {
    for (const draft of result[k] as { source_line: number }[]) push(out, k, merged(ids, draft), src, flags, draft.source_line);
  }

  // Open Government commitments name their institutions as text.
  const commitmentIds = new Map<number, string>();
  for (const c of result.commitments) {
    const id = `${reportId}-${c.number}`;
    commitmentIds.set(c.number, id);
    const institutionIds: string[] = [];
    for (const name of c.institution_names) {
      const hit = names.byNameOrAlias(name)?.inst ?? null;
      const found = hit ? [hit] : names.findAll(name);
      if (!found.length) {
        flags.push(flag(src, 'warning', 'institution_unknown', 'institución responsable fuera del catálogo', name, c.source_line,
          { dataset: 'commitments', field: 'institution_ids' }));
        const prov = provisionalInstitution(name, src.file);
        if (!ctx.catalogueIds.has(prov.id)) extra(prov, false);
        found.push(prov);
      }
      for (const f of found) if (!institutionIds.includes(f.id)) institutionIds.push(f.id);
    }
    const record = without(c, 'institution_names', () => {
      const { institution_names: _names, ...rest } = c;
      return { ...rest, id, report_id: reportId, institution_ids: institutionIds, source_file: src.file };
    });
    Object.assign(record, { id, report_id: reportId, institution_ids: institutionIds, source_file: src.file });
    push(out, 'commitments', record, src, flags, c.source_line);
  }
  for (const m of result.milestones) {
    const commitmentId = commitmentIds.get(m.commitment_number);
    const { commitment_number } = m;
    if (!commitmentId) {
      flags.push(flag(src, 'error', 'invalid_record', 'hito de un compromiso inexistente', commitment_number, m.source_line,
        { dataset: 'milestones', field: 'commitment_id' }));
      continue;
    }
    const record = without(m, 'commitment_number', () => {
      const { commitment_number: _n, ...rest } = m;
      return { ...rest, commitment_id: commitmentId, source_file: src.file };
    });
    Object.assign(record, { commitment_id: commitmentId, source_file: src.file });
    push(out, 'milestones', record, src, flags, m.source_line);
  }

  const owner = { report_id: reportId, institution_id: institution.id, source_file: src.file };
  for (const f of flags) out.flags.push(merged(f, owner) as Flag);
}

/**
 * The resolver's name lookups for commitment institutions, remembered for this ingest: each call
 * normalizes the whole catalogue, and the same names recur in every plan. Same answers (the
 * catalogue does not change during an ingest); findAll's array is copied because callers add to it.
 */
export class NameLookup {
  private readonly exact = new Map<string, ReturnType<InstitutionResolver['byNameOrAlias']>>();
  private readonly all = new Map<string, Institution[]>();
  constructor(private readonly resolver: InstitutionResolver) {}

  byNameOrAlias(name: string): ReturnType<InstitutionResolver['byNameOrAlias']> {
    if (!this.exact.has(name)) this.exact.set(name, this.resolver.byNameOrAlias(name));
    return this.exact.get(name)!;
  }

  findAll(name: string): Institution[] {
    let found = this.all.get(name);
    if (!found) this.all.set(name, (found = this.resolver.findAll(name)));
    return [...found];
  }
}

/**
 * `{ ...first, ...second }`. Object.assign gives the same object (same keys in the same order)
 * when neither has an own "__proto__" key (assign would set the prototype instead), and V8 runs
 * it many times faster than a spread whose sources change shape from row to row.
 */
function merged(first: object, second: object): Record<string, unknown> {
  return ownProto(first) || ownProto(second) ? { ...first, ...second } : Object.assign({}, first, second) as Record<string, unknown>;
}

function ownProto(o: object): boolean {
  return Object.prototype.hasOwnProperty.call(o, '__proto__');
}

/**
 * A copy of `o` without `key` (its other own enumerable keys, in order), as `{ ...rest }` after
 * `const { [key]: _, ...rest } = o` gives, built without V8's slow rest/spread path. Objects
 * with an own "__proto__" key (which assignment would turn into a prototype) or symbol keys take
 * the `literal` path, the original expression (its result then passes through the Object.assign
 * of the caller unchanged: same keys, same values).
 */
function without(o: object, key: string, literal: () => object): Record<string, unknown> {
  const src = o as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(o, '__proto__') || Object.getOwnPropertySymbols(o).length > 0) {
    return literal() as Record<string, unknown>;
  }
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(src)) if (k !== key) copy[k] = src[k];
  return copy;
}

/** Validates one record; an invalid one becomes an `invalid_record` error naming file, line and field. */
function push<K extends DatasetName>(
  out: Datasets, name: K, record: unknown, src: SourceText, flags: FlagDraft[], line: number,
): void {
  const fast = FAST_VALIDATORS[name](record);
  if (fast !== undefined) {
    (out[name] as unknown[]).push(fast);
    return;
  }
  const schema = DATASETS[name] as z.ZodTypeAny;
  const parsed = schema.safeParse(record);
  if (parsed.success) {
    (out[name] as unknown[]).push(parsed.data);
    return;
  }
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  const value = (record as Record<string, unknown>)[issue.path[0] as string];
  flags.push(flag(src, 'error', 'invalid_record', `${name}.${field} inválido (${issue.message})`,
    value === undefined ? null : JSON.stringify(value), line, { dataset: name, field }));
}

// ---------------------------------------------------------------------------------------------
// Fast validation. Zod builds a parse context, a status and a result object for every field of
// every record; with tens of thousands of rows that is most of the driver's time. Each schema
// is compiled once into a plain checker of the same rules. The checker only ever answers "valid,
// and here is the value zod would return" (a copy with the schema's keys in the schema's order,
// arrays copied) or "don't know" (undefined): then zod itself runs, so every error message is
// still zod's. A schema using any construct the compiler does not know always goes to zod.

/** Returns the parsed value when certainly valid, undefined otherwise. */
type FastCheck = (value: unknown) => unknown;
/** Whether a value certainly passes (for leaves: the value is returned as is). */
type FieldCheck = (value: unknown) => boolean;

const FAST_VALIDATORS = Object.fromEntries(
  (Object.keys(DATASETS) as DatasetName[]).map((k) => [k, compileSchema(DATASETS[k] as z.ZodTypeAny)]),
) as Record<DatasetName, FastCheck>;

/** A checker for an object schema, or one that always defers to zod. */
export function compileSchema(schema: z.ZodTypeAny): FastCheck {
  const never: FastCheck = () => undefined;
  const def = schema._def as { typeName?: string; unknownKeys?: string; catchall?: z.ZodTypeAny };
  if (def.typeName !== 'ZodObject' || def.unknownKeys !== 'strip' || def.catchall?._def.typeName !== 'ZodNever') return never;
  const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return never;
  const fields: { key: string; leaf: FieldCheck | null; array: FieldCheck | null }[] = [];
  for (const key of keys) {
    const field = shape[key]!;
    if (field._def.typeName === 'ZodArray') {
      const a = field._def as { type: z.ZodTypeAny; exactLength: unknown; minLength: unknown; maxLength: unknown };
      const item = a.exactLength === null && a.minLength === null && a.maxLength === null ? compileLeaf(a.type) : null;
      if (!item) return never;
      fields.push({ key, leaf: null, array: item });
    } else {
      const leaf = compileLeaf(field);
      if (!leaf) return never;
      fields.push({ key, leaf, array: null });
    }
  }
  // The checker is generated as straight-line code (one named read per field, the result built
  // as one object literal: keys in schema order, a single shape), which V8 runs several times
  // faster than a loop over the fields. Only the schema's own key names go into the source.
  const lines = ['if (!isPlainRecord(value)) return undefined;'];
  fields.forEach((f, i) => {
    lines.push(`const v${i} = value[${JSON.stringify(f.key)}];`);
    lines.push(f.leaf ? `if (!checks[${i}](v${i})) return undefined;` : `const a${i} = copyArray(v${i}, checks[${i}]); if (a${i} === undefined) return undefined;`);
  });
  lines.push(`return { ${fields.map((f, i) => `${JSON.stringify(f.key)}: ${f.leaf ? 'v' : 'a'}${i}`).join(', ')} };`);
  // eslint-disable-next-line no-new-func
  const make = new Function('isPlainRecord', 'copyArray', 'checks', `return (value) => {\n${lines.join('\n')}\n};`);
  return make(isPlainRecord, copyArray, fields.map((f) => f.leaf ?? f.array)) as FastCheck;
}

/** A copy of an array whose items all pass `item`, else undefined. */
function copyArray(v: unknown, item: FieldCheck): unknown[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const copy = new Array<unknown>(v.length);
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (!item(x)) return undefined;
    copy[i] = x;
  }
  return copy;
}

/** What zod calls an "object": not null, an array, a promise-like, a Map, a Set or a Date. */
function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if (o.then && typeof o.then === 'function' && o.catch && typeof o.catch === 'function') return false;
  return !(v instanceof Map || v instanceof Set || v instanceof Date);
}

/** A checker for a scalar schema (string, number, boolean, enum, nullable, refinement), or null. */
function compileLeaf(schema: z.ZodTypeAny): FieldCheck | null {
  const def = schema._def as Record<string, unknown> & { typeName?: string; coerce?: boolean };
  switch (def.typeName) {
    case 'ZodNullable': {
      const inner = compileLeaf(def.innerType as z.ZodTypeAny);
      return inner && ((v) => v === null || inner(v));
    }
    case 'ZodString': {
      if (def.coerce) return null;
      let min = 0;
      let max = Infinity;
      const patterns: RegExp[] = [];
      for (const c of def.checks as { kind: string; value?: number; regex?: RegExp }[]) {
        if (c.kind === 'min') min = Math.max(min, c.value!);
        else if (c.kind === 'max') max = Math.min(max, c.value!);
        else if (c.kind === 'regex') patterns.push(c.regex!);
        else return null;
      }
      return (v) => {
        if (typeof v !== 'string' || v.length < min || v.length > max) return false;
        for (const re of patterns) {
          re.lastIndex = 0;
          if (!re.test(v)) return false;
        }
        return true;
      };
    }
    case 'ZodNumber': {
      if (def.coerce) return null;
      let int = false;
      let finite = false;
      let min = -Infinity;
      let minInclusive = true;
      let max = Infinity;
      let maxInclusive = true;
      for (const c of def.checks as { kind: string; value?: number; inclusive?: boolean }[]) {
        if (c.kind === 'int') int = true;
        else if (c.kind === 'finite') finite = true;
        else if (c.kind === 'min' && (c.value! > min || (c.value === min && !c.inclusive))) [min, minInclusive] = [c.value!, !!c.inclusive];
        else if (c.kind === 'max' && (c.value! < max || (c.value === max && !c.inclusive))) [max, maxInclusive] = [c.value!, !!c.inclusive];
        else if (c.kind !== 'min' && c.kind !== 'max') return null;
      }
      return (v) => typeof v === 'number' && !Number.isNaN(v)
        && (!int || Number.isInteger(v)) && (!finite || Number.isFinite(v))
        && (minInclusive ? v >= min : v > min) && (maxInclusive ? v <= max : v < max);
    }
    case 'ZodBoolean':
      return def.coerce ? null : (v) => typeof v === 'boolean';
    case 'ZodEnum': {
      const values = new Set(def.values as string[]);
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'ZodEffects': {
      const effect = def.effect as { type: string; refinement?: (v: unknown, ctx: unknown) => unknown };
      const inner = compileLeaf(def.schema as z.ZodTypeAny);
      if (!inner || effect.type !== 'refinement') return null;
      const refine = effect.refinement!;
      return (v) => {
        if (!inner(v)) return false;
        let failed = false;
        const ctx = { addIssue: () => { failed = true; }, path: [] };
        const result = refine(v, ctx);
        return !failed && !(result instanceof Promise);
      };
    }
    default:
      return null;
  }
}

/** A row with its sort keys; the JSON tie-break is computed only when a tie needs it. */
interface Keyed {
  row: Record<string, unknown>;
  file: string;
  line: number;
  json: string | null;
}

function keyed(row: Record<string, unknown>): Keyed {
  return {
    row,
    file: String(row.source_file ?? row.id ?? ''),
    line: (row.source_line as number | null | undefined) ?? 0,
    json: null,
  };
}

function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  const ja = (a.json ??= JSON.stringify(a.row));
  const jb = (b.json ??= JSON.stringify(b.row));
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

const byId = new Intl.Collator('en');

/** Deterministic order: by source file and line, then by content; catalogue and reports by id. */
export function sortDatasets(d: Datasets): Datasets {
  const sorted = emptyDatasets();
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const rows = d[name] as unknown as Record<string, unknown>[];
    let result: Record<string, unknown>[];
    if (name === 'institutions' || name === 'reports') {
      // String.prototype.localeCompare(x, 'en') is specified as this collator's compare.
      result = [...rows].sort((a, b) => byId.compare(String(a.id), String(b.id)));
    } else {
      result = rows.map(keyed).sort(compareKeyed).map((k) => k.row);
    }
    (sorted as Record<string, unknown>)[name] = result;
  }
  return sorted;
}
