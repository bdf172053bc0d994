/**
 * The contract between the ingest driver (build.ts) and the per-format parsers.
 *
 * A parser sees one decoded report (`SourceText`) and returns drafts: records without the
 * ids the driver owns (report_id, institution_id, year, source_file). The driver resolves the
 * institution, fills those ids, runs the cross-cutting quality checks (checks.ts),
 * validates every record with the zod schemas and writes the datasets.
 */
import { plainText } from './plain.ts';
import type {
  BudgetLine, BudgetSummary, Commitment, Coverage, Deliberation, Disposal, FlagCode, Format, Goal,
  Milestone, Procurement, Recommendation, Report,
} from '../schema/datasets.ts';

export interface SourceText {
  /** File name (no directory), used in source_file and in messages. */
  file: string;
  /** Decoded text with line breaks normalized to "\n". */
  text: string;
  /** `text` split into lines; `lines[i]` is line i + 1. */
  lines: readonly string[];
  /**
   * Decoded companion files the driver found beside this one (the `_md` metadata of a LOTAIP
   * open-data `_cd` file), for what the file itself does not say (date, publisher's e-mail).
   */
  companions?: readonly { file: string; text: string }[];
}

type Owned = 'report_id' | 'institution_id' | 'year' | 'source_file';
export type Draft<T> = Omit<T, Owned>;

/** A quality flag raised by a parser; the driver adds report and institution ids. */
export interface FlagDraft {
  severity: 'error' | 'warning' | 'info';
  code: FlagCode;
  /** "problem: value (file:line)" — build it with `flagMessage`. */
  message: string;
  dataset: string | null;
  field: string | null;
  source_line: number | null;
}

/** What a report says about who published it, for the institution resolver. */
export interface InstitutionHint {
  /** Name as printed ("MINISTERIO DEL INTERIOR"), if printed. */
  name: string | null;
  ruc: string | null;
  /** Parent institution as printed ("PERTENECE A:"), if printed. */
  parent: string | null;
  /** State function as printed ("FUNCIÓN:"), if printed. */
  function?: string | null;
  /** Kind of body as printed ("TIPO:"), if printed. */
  type?: string | null;
  /**
   * Where `name` comes from: "header" (the report's own statement of who publishes it: CPCCS
   * DATOS GENERALES, a CSV's institucion column) or "text" (guessed from the body, e.g. the most
   * cited name). Absent: "text" for lotaip-a4, "header" otherwise (see identity.ts).
   */
  nameFrom?: 'header' | 'text';
  /** Hostnames of verification links, most frequent first. */
  domains: string[];
  /** A free-text hint to resolve when nothing else does (e.g. memo prefix "IESS"). */
  other: string[];
}

export type ReportDraft = Pick<
  Report,
  'period' | 'year' | 'title' | 'report_number' | 'complete' | 'budget_pct_reported' | 'goals_pct_reported' | 'goals_pct_reported_line' | 'date'
>;

/** Commitments name their institutions as text; the driver resolves them to ids. */
export type CommitmentDraft = Omit<Commitment, 'report_id' | 'id' | 'institution_ids' | 'source_file'> & {
  /** Each responsible institution as printed. */
  institution_names: string[];
};
export type MilestoneDraft = Omit<Milestone, 'commitment_id' | 'source_file'> & {
  /** `number` of the commitment (1-based order in the plan) it belongs to. */
  commitment_number: number;
};

export interface ParseResult {
  report: ReportDraft;
  institution: InstitutionHint;
  budget_lines: Draft<BudgetLine>[];
  budget_summaries: Draft<BudgetSummary>[];
  goals: Draft<Goal>[];
  procurement: Draft<Procurement>[];
  disposals: Draft<Disposal>[];
  recommendations: Draft<Recommendation>[];
  deliberations: Draft<Deliberation>[];
  coverage: Draft<Coverage>[];
  commitments: CommitmentDraft[];
  milestones: MilestoneDraft[];
  flags: FlagDraft[];
  /**
   * Set when the file is recognized but holds no report (a LOTAIP open-data companion, another
   * LOTAIP numeral): the driver records this reason as an info flag and adds no report.
   */
  skip?: string;
}

/**
 * A report format, described once: its name (the `format` of its reports), how the site names
 * and explains it (/metodologia/ reads `description`), how to recognize it and how to read it.
 */
export interface Parser {
  format: Format;
  /** Human name ("Matriz LOTAIP literal a4 (metas)"). */
  label: string;
  /** How the format is read, for /metodologia/ (plain text, Spanish). */
  description: string;
  /** What its files are called when counted ("informes", "documentos", "archivos"). */
  countLabel: string;
  /**
   * Which text the parser reads: 'cells' (default), TAB-separated cells, with the columns of
   * space-aligned text recovered by src/ingest/layout/; or 'layout', the space-aligned text as
   * given, for a parser that maps columns by the position of its table headers.
   */
  reads?: 'cells' | 'layout';
  /**
   * The labels of the format's key-value rows as the form prints them («Indicador de la meta:»,
   * «Valor programado {n}:», «{n}» for any number): a text without TABs in this format is read by
   * them (src/ingest/layout/labelled-rows.ts), row by row, rather than by column alignment, which
   * a label wrapped beside its value one space apart defeats. A PDF's cells are read as any other's.
   */
  labels?: readonly string[];
  /**
   * True for the catch-all parser (documento.ts), last in the table: it claims any text that names
   * an institution or a period, so only files every specific parser declined reach it.
   */
  fallback?: boolean;
  /** True when this text is in the parser's format ("mine"); false lets the next parser try. */
  detect(src: SourceText): boolean;
  parse(src: SourceText): ParseResult;
}

/** An empty result to fill in. */
export function emptyResult(report: ReportDraft, institution?: Partial<InstitutionHint>): ParseResult {
  return {
    report,
    institution: { name: null, ruc: null, parent: null, domains: [], other: [], ...institution },
    budget_lines: [], budget_summaries: [], goals: [], procurement: [], disposals: [],
    recommendations: [], deliberations: [], coverage: [], commitments: [], milestones: [], flags: [],
  };
}

/**
 * The report of a management report ("Informe de gestión") read from its cover or header:
 * complete, no stated percentages yet, "sin año" when the year is not found.
 */
export function managementReport(cover: { year: number | null; title: string | null; date: string | null }): ReportDraft {
  return {
    period: cover.year === null ? 'sin año' : String(cover.year),
    year: cover.year ?? 0,
    title: cover.title ?? 'Informe de gestión',
    report_number: null,
    complete: true,
    budget_pct_reported: null,
    goals_pct_reported: null,
    goals_pct_reported_line: null,
    date: cover.date,
  };
}

/** Formats a flag message: "problem: value (file:line)". */
export function flagMessage(problem: string, value: string | number | null, file: string, line: number | null): string {
  const v = value === null || value === '' ? '' : `: ${typeof value === 'string' ? JSON.stringify(plainText(value).text) : value}`;
  return `${problem}${v} (${file}${line === null ? '' : `:${line}`})`;
}

/** Builds a flag draft with a message in the standard form. */
export function flag(
  src: SourceText,
  severity: FlagDraft['severity'],
  code: FlagCode,
  problem: string,
  value: string | number | null,
  line: number | null,
  where: { dataset?: string; field?: string } = {},
): FlagDraft {
  return {
    severity, code, message: flagMessage(problem, value, src.file, line),
    dataset: where.dataset ?? null, field: where.field ?? null, source_line: line,
  };
}

/** Hostnames of http(s) links in the text, most frequent first (ties by name). */
/** The first lines read for a document's statement of its own name (statedCompany). */
const STATEMENT_LINES = 400;
/** Longer lines are not read for it (a 5 MB line is set aside by the driver anyway). */
const STATEMENT_LINE = 2_000;
/** «Empresa Pública … “ACRONYM”»: a public company's full name with its acronym in quotes. */
const STATED_COMPANY = /(Empresa P[úu]blica[^“”".;:]{5,200}?)\s*[“"]([^”"]{2,40})[”"]/i;

/**
 * A public company's full name with its acronym in quotes, as a document states who it is in its
 * first lines («Empresa Pública Municipal de Parques, … de Portoviejo “PORTOPARQUES EP”», the
 * cover of the Portoparques POA evaluation, its name over several lines): the name as
 * «NAME “ACRONYM”» and the line it starts on (1-based), or null. The lines are read as one text,
 * each one's spaces collapsed.
 */
export function statedCompany(lines: readonly string[]): { name: string; line: number } | null {
  // each read line's text and where it starts in the joined text
  const read: { line: number; at: number; text: string }[] = [];
  let at = 0;
  for (let i = 0; i < Math.min(lines.length, STATEMENT_LINES); i++) {
    if (lines[i]!.length > STATEMENT_LINE) continue;
    const text = lines[i]!.replace(/\s+/g, ' ').trim();
    read.push({ line: i + 1, at, text });
    at += text.length + 1;
  }
  const m = STATED_COMPANY.exec(read.map((r) => r.text).join(' '));
  if (!m) return null;
  const first = read.findLast((r) => r.at <= m.index)!;
  return { name: `${m[1]!.trim()} “${m[2]!.trim()}”`, line: first.line };
}

export function linkDomains(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
    const host = m[1]!.toLowerCase().replace(/^www\./, '');
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h);
}
