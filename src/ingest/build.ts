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
import { detectParser, PARSERS } from './parsers/index.ts';
import { slugify } from './text.ts';
import { flag, flagMessage, type FlagDraft, type Parser, type ParseResult, type SourceText } from './types.ts';

/** Lines longer than this are set aside (flagged) instead of parsed. */
export const MAX_LINE_LENGTH = 100_000;

export interface IngestOptions {
  reportsDir: string;
  institutionsFile: string;
  parsers?: readonly Parser[];
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
}

/** Files the ingest reads: every regular file except READMEs and dotfiles. */
export function listReportFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && !/^readme(\.|$)/i.test(f))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

function emptyDatasets(): Datasets {
  return Object.fromEntries(Object.keys(DATASETS).map((k) => [k, []])) as unknown as Datasets;
}

/** Builds the parser's view of a text: long lines set aside so no regex sees 5 MB at once. */
export function toSource(file: string, text: string): { src: SourceText; flags: FlagDraft[] } {
  const raw = text.split('\n');
  const flags: FlagDraft[] = [];
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

/** Reads and parses every report; never throws for a bad report (only for a bad catalogue). */
export function ingest(options: IngestOptions): IngestResult {
  const catalogue = parseInstitutionsCsv(readFileSync(options.institutionsFile, 'utf8'), basename(options.institutionsFile));
  const resolver = new InstitutionResolver(catalogue);
  const extraInstitutions = new Map<string, Institution>();
  const out = emptyDatasets();
  const summaries: FileSummary[] = [];

  for (const file of listReportFiles(options.reportsDir)) {
    const flagsBefore = out.flags.length;
    const rowsBefore = ROW_DATASETS.reduce((n, k) => n + out[k].length, 0) + out.commitments.length + out.milestones.length;
    let format = 'desconocido';
    const fileFlag = (severity: Flag['severity'], code: Flag['code'], problem: string, line: number | null = null) =>
      out.flags.push({
        report_id: null, institution_id: null, severity, code, dataset: null, field: null,
        message: flagMessage(problem, null, file, line), source_file: file, source_line: line,
      });
    try {
      const bytes = readFileSync(join(options.reportsDir, file));
      const decoded = decodeReport(bytes);
      if (!decoded.ok) {
        fileFlag('error', 'unreadable', `no se puede leer: ${decoded.reason}`);
      } else {
        const { src, flags: lineFlags } = toSource(file, decoded.text);
        const parser = detectParser(src, options.parsers ?? PARSERS);
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
            const extra: FlagDraft[] = [...lineFlags];
            if (decoded.converted) {
              extra.push(flag(src, 'info', 'encoding_converted', `convertido desde ${decoded.encoding}`, null, null));
            }
            addReport(out, src, parser, result, sha256, extra, resolver, extraInstitutions);
          }
        }
      }
    } catch (err) {
      fileFlag('error', 'unreadable', `no se puede leer: ${(err as Error).message}`);
    }
    const fileFlags = out.flags.slice(flagsBefore);
    summaries.push({
      file, format,
      rows: ROW_DATASETS.reduce((n, k) => n + out[k].length, 0) + out.commitments.length + out.milestones.length - rowsBefore,
      warnings: fileFlags.filter((f) => f.severity === 'warning').length,
      errors: fileFlags.filter((f) => f.severity === 'error').length,
    });
  }

  out.institutions = [...catalogue, ...extraInstitutions.values()];
  return { datasets: sortDatasets(out), summaries };
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
  extraFlags: FlagDraft[], resolver: InstitutionResolver, extraInstitutions: Map<string, Institution>,
): void {
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
    if (!extraInstitutions.has(institution.id) && !resolver.institutions.some((i) => i.id === institution.id)) {
      extraInstitutions.set(institution.id, institution);
    }
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
    institution_name_reported: hint.name, institution_match: match, sha256,
  };
  push(out, 'reports', report, src, flags, 1);
  for (const k of ROW_DATASETS) {
    for (const draft of result[k] as { source_line: number }[]) push(out, k, { ...ids, ...draft }, src, flags, draft.source_line);
  }

  // Open Government commitments name their institutions as text.
  const commitmentIds = new Map<number, string>();
  for (const c of result.commitments) {
    const id = `${reportId}-${c.number}`;
    commitmentIds.set(c.number, id);
    const institutionIds: string[] = [];
    for (const name of c.institution_names) {
      const hit = resolver.byNameOrAlias(name)?.inst ?? null;
      const found = hit ? [hit] : resolver.findAll(name);
      if (!found.length) {
        flags.push(flag(src, 'warning', 'institution_unknown', 'institución responsable fuera del catálogo', name, c.source_line,
          { dataset: 'commitments', field: 'institution_ids' }));
        const prov = provisionalInstitution(name, src.file);
        if (!resolver.institutions.some((i) => i.id === prov.id)) extraInstitutions.set(prov.id, prov);
        found.push(prov);
      }
      for (const f of found) if (!institutionIds.includes(f.id)) institutionIds.push(f.id);
    }
    const { institution_names: _names, ...rest } = c;
    push(out, 'commitments', { ...rest, id, report_id: reportId, institution_ids: institutionIds, source_file: src.file }, src, flags, c.source_line);
  }
  for (const m of result.milestones) {
    const commitmentId = commitmentIds.get(m.commitment_number);
    const { commitment_number, ...rest } = m;
    if (!commitmentId) {
      flags.push(flag(src, 'error', 'invalid_record', 'hito de un compromiso inexistente', commitment_number, m.source_line,
        { dataset: 'milestones', field: 'commitment_id' }));
      continue;
    }
    push(out, 'milestones', { ...rest, commitment_id: commitmentId, source_file: src.file }, src, flags, m.source_line);
  }

  for (const f of flags) {
    out.flags.push({ ...f, report_id: reportId, institution_id: institution.id, source_file: src.file });
  }
}

/** Validates one record; an invalid one becomes an `invalid_record` error naming file, line and field. */
function push<K extends DatasetName>(
  out: Datasets, name: K, record: unknown, src: SourceText, flags: FlagDraft[], line: number,
): void {
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

function compareRows(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const fa = String(a.source_file ?? a.id ?? ''), fb = String(b.source_file ?? b.id ?? '');
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = (a.source_line as number | null | undefined) ?? 0, lb = (b.source_line as number | null | undefined) ?? 0;
  if (la !== lb) return la - lb;
  const ja = JSON.stringify(a), jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** Deterministic order: by source file and line, then by content; catalogue and reports by id. */
export function sortDatasets(d: Datasets): Datasets {
  const sorted = emptyDatasets();
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const rows = [...(d[name] as unknown as Record<string, unknown>[])];
    if (name === 'institutions' || name === 'reports') rows.sort((a, b) => String(a.id).localeCompare(String(b.id), 'en'));
    else rows.sort(compareRows);
    (sorted as Record<string, unknown>)[name] = rows;
  }
  return sorted;
}
