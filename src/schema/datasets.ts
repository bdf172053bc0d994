/**
 * The datasets Cuentas Abiertas publishes: the single source of truth.
 *
 * Every record the ingest writes is validated against these schemas, the
 * data dictionary (docs/data.md) is generated from their descriptions, and the
 * site's types come from `z.infer`. Conventions (the data contract):
 * - percentages are in percent units (40.39 means 40,39 %);
 * - money is USD rounded to cents (computed in integer cents, never summed as floats);
 * - `null` where a value is absent: never NaN, "N/A" or "" in numeric columns;
 * - rows that come from a report carry `source_file` (file name) and `source_line` (1-based).
 * Arrays (e.g. `domains`) are JSON arrays in `.json` and `|`-joined in `.csv`.
 */
import { z } from 'zod';

export const FORMATS = ['cpccs-rendicion', 'lotaip-a4', 'informe-gestion', 'informe-gestion-tablas', 'cedula-presupuestaria', 'ogp-plan', 'csv', 'documento'] as const;
export const formatSchema = z.enum(FORMATS).describe('Formato de origen del informe');
export type Format = z.infer<typeof formatSchema>;

/** A money amount in USD with at most two decimals. */
export const money = z
  .number()
  .finite()
  .refine((n) => Math.round(n * 100) / 100 === n, { message: 'money must be rounded to cents' });
/** A percentage in percent units (40.39 = 40,39 %). */
export const percent = z.number().finite();
const nullableMoney = money.nullable();
const nullablePercent = percent.nullable();
const nullableNumber = z.number().finite().nullable();
/**
 * A year as the report states it. Any 4-digit year is kept as read; one before 2000 or after next
 * year is flagged `value_suspicious` (never replaced).
 */
const year = z.number().int().min(1000).max(9999);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug');

/** Provenance every extracted row carries. */
const source = {
  /** File name of the report inside the reports folder. */
  source_file: z.string().min(1).describe('Nombre del archivo del informe del que sale la fila'),
  /** 1-based line in that file where the row starts. */
  source_line: z.number().int().positive().describe('Línea (desde 1) del archivo donde empieza la fila'),
};
const reportRef = {
  /** Id of the report (see `reports.id`). */
  report_id: slug.describe('Id del informe (reports.id)'),
  /** Id of the institution (see `institutions.id`). */
  institution_id: slug.describe('Id de la institución (institutions.id)'),
  /** Year the report covers (the last year of a multi-year period). */
  year: year.describe('Año que cubre el informe'),
};

export const institutionSchema = z.object({
  /**
   * Stable slug of the name: the catalogue's id, or the slug of the name a report's header gives
   * (`-ruc-<RUC>` added when two RUCs share a name); `unidad-no-identificada-<report id>` for the
   * unidentified unit a report that names nobody is published as.
   */
  id: slug.describe('Slug estable del nombre (del catálogo o del encabezado del informe)'),
  /** Canonical name. */
  name: z.string().min(1).describe('Nombre oficial'),
  /** Acronym, if any (MDI, CNE, IESS). */
  acronym: z.string().nullable().describe('Siglas'),
  /** 13-digit RUC (tax id), if known. */
  ruc: z.string().regex(/^\d{13}$/).nullable().describe('RUC de 13 dígitos'),
  /** Territorial level: nacional, provincial, cantonal, parroquial, zonal (an unidentified unit: its institution's); desconocido when no source says it. */
  level: z.string().min(1).describe('Nivel de gobierno'),
  /** State function: ejecutiva, legislativa, judicial, electoral, transparencia y control social, gad, sociedad civil... */
  function: z.string().min(1).describe('Función del Estado'),
  /** Kind of body: ministerio, consejo, seguridad social, municipio, administración zonal, secretaría... as the catalogue or the header's TIPO says; `unidad no identificada` for the unit a fragment that names nobody is published as. */
  type: z.string().min(1).describe('Tipo de entidad'),
  /** Id of the parent institution, if it belongs to one (catalogue, header's PERTENECE A, or the institution an unidentified unit was inferred to belong to). */
  parent_id: slug.nullable().describe('Institución a la que pertenece'),
  /** Web domains used by its verification links (e.g. `iess.gob.ec`). */
  domains: z.array(z.string()).describe('Dominios web (para resolver enlaces de verificación)'),
  /** Other names it is written as in reports (accent/case-insensitive match). */
  aliases: z.array(z.string()).describe('Otros nombres con que aparece en los informes'),
});
export type Institution = z.infer<typeof institutionSchema>;

export const reportSchema = z.object({
  /**
   * Stable id: slug of the file name without extension; when several files share it
   * (`informe.txt`, `informe.md`, `Informe .TXT`), the slug of the full name, plus the first 8 hex
   * digits of the SHA-256 of the file name if that still clashes.
   */
  id: slug.describe('Id estable y único del informe (slug del nombre del archivo)'),
  /** The institution the report names in its header (or the unidentified unit, when it names nobody). */
  institution_id: slug.describe('Institución que publica el informe (la que nombra su encabezado)'),
  format: formatSchema,
  /** Period as written: "2023", "2019-2022". */
  period: z.string().min(1).describe('Periodo que cubre ("2023", "2019-2022")'),
  year: year.describe('Año (último año del periodo)'),
  /** Title as printed (or a descriptive one when the file has none). */
  title: z.string().min(1).describe('Título del informe'),
  /** Report number printed by the CPCCS ("13359"), if any. */
  report_number: z.string().nullable().describe('Número de informe del CPCCS'),
  source_file: source.source_file,
  /** false when the report lacks its header or expected sections (a fragment). */
  complete: z.boolean().describe('false si al informe le faltan la cabecera o secciones'),
  /** Budget execution % the report itself states for the whole institution. */
  budget_pct_reported: nullablePercent.describe('% de ejecución presupuestaria que declara el informe'),
  /** Total % of goal fulfillment the report states. */
  goals_pct_reported: nullablePercent.describe('% total de cumplimiento de metas que declara el informe'),
  /** Line (1-based, of the text /informes/{id}/ shows) where the report states that total; null when it states none. */
  goals_pct_reported_line: z.number().int().positive().nullable().describe('Línea (desde 1) del informe donde declara ese % total (null si no lo declara)'),
  /** Institution name as printed in the report (null when the report does not print it). */
  institution_name_reported: z.string().nullable().describe('Nombre de la institución tal como aparece en el informe'),
  /** RUC as printed in the report's header (null when the report does not print it). */
  institution_ruc_reported: z.string().nullable().describe('RUC de la institución tal como aparece en el informe'),
  /**
   * How the institution was identified: ruc / name / alias / acronym (header agrees with the
   * catalogue), header (created from the header), text (no header: created from a name read in
   * the text), conflict (header contradicts the catalogue,
   * flagged), parent / domain / other (does not name itself: unit of the body it says it belongs
   * to / its links' institution / its memo prefixes' institution), none.
   */
  institution_match: z.string().describe('Cómo se identificó la institución (ruc, name, alias, acronym, header, text, conflict, parent, domain, other, none)'),
  /** Date the report says it was updated or held (YYYY-MM-DD), if any. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('Fecha del informe (AAAA-MM-DD)'),
  /** SHA-256 of the file's bytes, to tie every figure to one exact source. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 del archivo original'),
  /** Id of the report this file is a byte-identical copy of (its rows are not counted again), else null. */
  duplicate_of: slug.nullable().describe('Informe del que este archivo es copia idéntica (sus cifras no se cuentan dos veces)'),
  /**
   * True for the one report per institution, year and format that headlines and comparisons use:
   * complete before fragment, then the later report number, then the later date, then the file
   * name that sorts last. False for the other versions (flag conflicting_reports) and copies.
   */
  headline: z.boolean().describe('true si es el informe que usan titulares y comparaciones para su institución, año y formato'),
  /** For PDFs (and pdftotext text with page breaks): 1-based first line of each page in the extracted text. */
  page_starts: z.array(z.number().int().positive()).nullable()
    .describe('Primera línea de cada página en el texto extraído (PDF); null si el archivo no tiene páginas'),
});
export type Report = z.infer<typeof reportSchema>;

export const budgetLineSchema = z.object({
  ...reportRef,
  /** Row type as printed ("PROGRAMA Y/O PROYECTO", "META", "PROYECTO"). */
  line_type: z.string().nullable().describe('Tipo de fila tal como aparece'),
  /** Budget line description ("Egresos en personal") or project name. */
  category: z.string().min(1).describe('Descripción de la línea presupuestaria o proyecto'),
  planned: nullableMoney.describe('Presupuesto planificado / codificado (USD)'),
  executed: nullableMoney.describe('Presupuesto ejecutado / devengado (USD)'),
  pct_reported: nullablePercent.describe('% de ejecución que declara el informe'),
  /** executed / planned × 100, rounded to 2 decimals; null when planned is 0 or absent. */
  pct_computed: nullablePercent.describe('% calculado = ejecutado / planificado × 100'),
  ...source,
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const budgetSummarySchema = z.object({
  ...reportRef,
  /** Total codified (planned) budget. */
  planned: nullableMoney.describe('Presupuesto institucional codificado total (USD)'),
  executed: nullableMoney.describe('Presupuesto ejecutado total (USD)'),
  current_planned: nullableMoney.describe('Gasto corriente planificado (USD)'),
  current_executed: nullableMoney.describe('Gasto corriente ejecutado (USD)'),
  investment_planned: nullableMoney.describe('Gasto de inversión planificado (USD)'),
  investment_executed: nullableMoney.describe('Gasto de inversión ejecutado (USD)'),
  pct_reported: nullablePercent.describe('% de ejecución presupuestaria que declara el informe'),
  pct_computed: nullablePercent.describe('% calculado = ejecutado / codificado × 100'),
  /** Where the totals come from: `reported` (a summary table) or `sum_of_lines` (we added the lines). */
  basis: z.enum(['reported', 'sum_of_lines']).describe('reported: tabla de resumen del informe; sum_of_lines: suma de líneas'),
  ...source,
});
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;

export const goalSchema = z.object({
  ...reportRef,
  /** Administrative unit responsible (LOTAIP) or executing unit (informe de gestión). */
  unit: z.string().nullable().describe('Unidad administrativa responsable'),
  /** Unit number as printed in the LOTAIP matrix (1..29). */
  unit_number: z.number().int().positive().nullable().describe('Número de la unidad en la matriz'),
  objective: z.string().nullable().describe('Objetivo estratégico / de la unidad'),
  /** Goal number or code as printed ("1.2", "3", "Meta 1"). */
  goal_number: z.string().nullable().describe('Número de la meta tal como aparece'),
  goal: z.string().nullable().describe('Descripción de la meta'),
  indicator: z.string().nullable().describe('Indicador de la meta'),
  planned: nullableNumber.describe('Valor planificado / meta cuantificable'),
  achieved: nullableNumber.describe('Valor alcanzado / ejecutado'),
  /** Unit of the planned/achieved values ("%" when the goal is a percentage, else null). */
  value_unit: z.string().nullable().describe('Unidad de los valores ("%" si la meta es un porcentaje)'),
  /** The value exactly as printed, kept when it is garbled or not a number. */
  value_text: z.string().nullable().describe('Valor tal como aparece (cuando no es un número limpio)'),
  pct_reported: nullablePercent.describe('% de cumplimiento que declara el informe'),
  /** achieved / planned × 100, rounded to 2 decimals. */
  pct_computed: nullablePercent.describe('% calculado = alcanzado / planificado × 100'),
  /** PMDOT (municipal development plan) objective it contributes to. */
  plan_objective: z.string().nullable().describe('Objetivo del plan de desarrollo (PMDOT) al que aporta'),
  ...source,
});
export type Goal = z.infer<typeof goalSchema>;

export const procurementSchema = z.object({
  ...reportRef,
  /** Procedure type as printed ("CATÁLOGO ELECTRÓNICO", "COMPRA POR CATALOGO"). */
  procedure: z.string().min(1).describe('Tipo de contratación tal como aparece'),
  /** Normalized key across institutions (catalogo_electronico, infima_cuantia, ...). */
  procedure_key: z.string().min(1).describe('Clave normalizada del tipo de contratación'),
  awarded_count: z.number().int().nonnegative().nullable().describe('Número total adjudicados'),
  awarded_amount: nullableMoney.describe('Valor total adjudicados (USD)'),
  finalized_count: z.number().int().nonnegative().nullable().describe('Número total finalizados'),
  finalized_amount: nullableMoney.describe('Valor total finalizados (USD)'),
  ...source,
});
export type Procurement = z.infer<typeof procurementSchema>;

export const disposalSchema = z.object({
  ...reportRef,
  /** ENAJENACIÓN, DONACIONES RECIBIDAS, EXPROPIACIONES... */
  kind: z.string().min(1).describe('Tipo (enajenación, donación recibida, expropiación)'),
  asset: z.string().nullable().describe('Bien'),
  amount: nullableMoney.describe('Valor total (USD)'),
  ...source,
});
export type Disposal = z.infer<typeof disposalSchema>;

export const recommendationSchema = z.object({
  ...reportRef,
  /** Recommending body (CONTRALORÍA GENERAL DEL ESTADO...). */
  entity: z.string().min(1).describe('Entidad que recomienda'),
  report_number: z.string().nullable().describe('Nº de informe de la entidad que recomienda'),
  compliance_report: z.string().nullable().describe('Nº de informe de cumplimiento'),
  pct_compliance: nullablePercent.describe('% de cumplimiento de las recomendaciones'),
  observations: z.string().nullable().describe('Observaciones'),
  ...source,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const deliberationSchema = z.object({
  ...reportRef,
  /** Date of the public deliberation (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('Fecha de la deliberación pública'),
  attendees: z.number().int().nonnegative().nullable().describe('Número de asistentes'),
  male: z.number().int().nonnegative().nullable().describe('Asistentes hombres'),
  female: z.number().int().nonnegative().nullable().describe('Asistentes mujeres'),
  glbti: z.number().int().nonnegative().nullable().describe('Asistentes GLBTI'),
  ...source,
});
export type Deliberation = z.infer<typeof deliberationSchema>;

export const coverageSchema = z.object({
  ...reportRef,
  /** Coverage level (NACIONAL, ZONAL, PROVINCIAL...). */
  level: z.string().min(1).describe('Nivel de cobertura'),
  units: z.number().int().nonnegative().nullable().describe('Número de unidades de atención'),
  users: z.number().int().nonnegative().nullable().describe('Número de usuarios'),
  male: z.number().int().nonnegative().nullable().describe('Usuarios hombres'),
  female: z.number().int().nonnegative().nullable().describe('Usuarias mujeres'),
  glbti: z.number().int().nonnegative().nullable().describe('Usuarios GLBTI'),
  ...source,
});
export type Coverage = z.infer<typeof coverageSchema>;

export const commitmentSchema = z.object({
  /** Stable id: `{report_id}-{n}` where n is the commitment's order in the plan. */
  id: slug.describe('Id estable del compromiso'),
  report_id: slug.describe('Plan de acción (reports.id)'),
  /** Order in the plan, 1-based. */
  number: z.number().int().positive().describe('Número de orden en el plan'),
  title: z.string().min(1).describe('Título del compromiso'),
  /** Theme / section heading ("Datos Abiertos", "Innovación Pública"...). */
  theme: z.string().nullable().describe('Eje temático'),
  institution_ids: z.array(slug).describe('Instituciones responsables (ids)'),
  /** Responsible institutions as printed. */
  institutions_reported: z.string().nullable().describe('Instituciones responsables tal como aparecen'),
  start: z.string().regex(/^\d{4}-\d{2}$/).nullable().describe('Mes de inicio (AAAA-MM)'),
  end: z.string().regex(/^\d{4}-\d{2}$/).nullable().describe('Mes de término (AAAA-MM)'),
  milestone_count: z.number().int().nonnegative().describe('Número de hitos'),
  ...source,
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const milestoneSchema = z.object({
  commitment_id: slug.describe('Compromiso (commitments.id)'),
  number: z.number().int().positive().describe('Número de hito'),
  text: z.string().min(1).describe('Actividad y producto entregable'),
  start: z.string().regex(/^\d{4}-\d{2}$/).nullable().describe('Mes de inicio (AAAA-MM)'),
  end: z.string().regex(/^\d{4}-\d{2}$/).nullable().describe('Mes de término (AAAA-MM)'),
  ...source,
});
export type Milestone = z.infer<typeof milestoneSchema>;

/**
 * One public procurement process as SERCOP records it (OCDS open contracting data or a flat
 * CSV export with an `ocid` column): one row per ocid, its releases merged by date.
 */
export const contractSchema = z.object({
  /** Open Contracting ID, unique in the dataset ("ocds-5wno2w-SIE-EERSA-DOM-46-21-3219"). */
  ocid: z.string().min(1).describe('Identificador OCDS del proceso (único)'),
  /** The buyer as an institution (see `institutions.id`). */
  institution_id: slug.describe('Institución compradora (institutions.id)'),
  /** Buyer name as SERCOP writes it. */
  buyer_name: z.string().min(1).describe('Nombre del comprador tal como lo escribe el SERCOP'),
  /** Buyer RUC from the OCDS party identifier (`EC-RUC-…`), when given. */
  buyer_ruc: z.string().regex(/^\d{13}$/).nullable().describe('RUC del comprador (identificador EC-RUC)'),
  /** Year of the process (CSV `year`; OCDS: tender period start, else first release date). */
  year: year.describe('Año del proceso'),
  /** Month of the process, 1–12 (same source as `year`). */
  month: z.number().int().min(1).max(12).describe('Mes del proceso (1–12)'),
  /** SERCOP procedure type as written ("Subasta Inversa Electrónica"); null when absent. */
  procedure: z.string().min(1).nullable().describe('Tipo de procedimiento tal como lo escribe el SERCOP'),
  /** Normalized key, the same keys as `procurement.procedure_key`; `otras` when unknown. */
  procedure_key: z.string().min(1).describe('Clave normalizada del tipo de contratación (como en procurement)'),
  /** OCDS procurement method: open, selective, limited, direct; null when absent. */
  method: z.string().min(1).nullable().describe('Método OCDS (open, selective, limited, direct)'),
  /** Amount in USD rounded half up to the cent from the exact decimal text; null when absent. */
  amount: nullableMoney.describe('Monto (USD, al centavo)'),
  /** Amount exactly as written in the source ("31.248000"), to audit the rounding. */
  amount_reported: z.string().nullable().describe('Monto tal como aparece en la fuente'),
  /** Date of the latest release (YYYY-MM-DD, as written in its local time). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('Fecha de la última publicación (AAAA-MM-DD)'),
  /** Process title (SERCOP's title is often the process code). */
  title: z.string().nullable().describe('Título del proceso'),
  /** What is bought, as described. */
  description: z.string().nullable().describe('Descripción del objeto de contratación'),
  /** Canton / city of the buyer. */
  locality: z.string().nullable().describe('Cantón o ciudad'),
  /** Province of the buyer. */
  region: z.string().nullable().describe('Provincia'),
  /** Supplier(s) awarded, as written. */
  suppliers: z.string().nullable().describe('Proveedor(es) adjudicado(s)'),
  source_file: source.source_file,
  /** 1-based line where the row (CSV) or the release/record (JSON) starts. */
  source_line: source.source_line,
  /** JSON pointer of the release or record inside the package ("/releases/3"); null for CSV. */
  source_pointer: z.string().nullable().describe('Puntero JSON de la publicación (null en CSV)'),
});
export type Contract = z.infer<typeof contractSchema>;

export const FLAG_CODES = [
  'total_mismatch',
  'pct_mismatch',
  'number_repaired',
  'value_suspicious',
  'value_missing',
  'fragment',
  'institution_inferred',
  'institution_unknown',
  'unknown_format',
  'unreadable',
  'invalid_record',
  'section_unrecognized',
  'duplicate_skipped',
  'line_too_long',
  'encoding_converted',
  'unit_unknown',
  'year_inferred',
  'control_character',
  'markup_removed',
  'file_skipped',
  'value_negative',
  /** The header's RUC or name belongs to another catalogue entry: published under the header's identity. */
  'institution_conflict',
  /** A byte-identical copy of another file: counted once. */
  'duplicate_report',
  /** Another version (same institution, year and format, different content): one is used for headlines. */
  'conflicting_reports',
  'procedure_unknown',
  'procurement_mismatch',
  'ocr',
  /** A document identified (institution, period, title) whose figures no parser reads yet. */
  'figures_not_read',
  /** The header's name, without RUC, is the beginning of another institution's name: kept apart, noted. */
  'institution_name_cut',
] as const;
export const flagSchema = z.object({
  /** Report the flag belongs to; null when the file could not become a report. */
  report_id: slug.nullable().describe('Informe (null si el archivo no se pudo leer)'),
  institution_id: slug.nullable().describe('Institución'),
  severity: z.enum(['error', 'warning', 'info']).describe('error | warning | info'),
  code: z.enum(FLAG_CODES).describe('Código del problema'),
  /** Human message in the form "problem: value (file:line)". */
  message: z.string().min(1).describe('Descripción: "problema: valor (archivo:línea)"'),
  /** Dataset of the figure it concerns (budget_lines, goals...), if any. */
  dataset: z.string().nullable().describe('Dataset de la cifra afectada'),
  /** Field of the figure it concerns (planned, pct_reported...), if any. */
  field: z.string().nullable().describe('Campo de la cifra afectada'),
  source_file: source.source_file,
  source_line: z.number().int().positive().nullable().describe('Línea (null si afecta a todo el archivo)'),
});
export type Flag = z.infer<typeof flagSchema>;
export type FlagCode = (typeof FLAG_CODES)[number];

/** Every dataset the ingest writes, in output order. */
export const DATASETS = {
  institutions: institutionSchema,
  reports: reportSchema,
  budget_lines: budgetLineSchema,
  budget_summaries: budgetSummarySchema,
  goals: goalSchema,
  procurement: procurementSchema,
  disposals: disposalSchema,
  recommendations: recommendationSchema,
  deliberations: deliberationSchema,
  coverage: coverageSchema,
  commitments: commitmentSchema,
  milestones: milestoneSchema,
  contracts: contractSchema,
  flags: flagSchema,
} as const;
export type DatasetName = keyof typeof DATASETS;
export type Datasets = { [K in DatasetName]: z.infer<(typeof DATASETS)[K]>[] };

/** One-line description of each dataset, for the data dictionary and /datos/. */
export const DATASET_DESCRIPTIONS: Record<DatasetName, string> = {
  institutions: 'Instituciones: las que nombran los encabezados de los informes, enriquecidas por el catálogo data/institutions.csv cuando coinciden',
  reports: 'Un registro por archivo de informe leído',
  budget_lines: 'Ejecución presupuestaria por línea o proyecto',
  budget_summaries: 'Presupuesto institucional total por informe',
  goals: 'Metas e indicadores con su cumplimiento',
  procurement: 'Procesos de contratación pública por tipo de procedimiento',
  disposals: 'Enajenaciones, donaciones y expropiaciones de bienes',
  recommendations: 'Recomendaciones de la Contraloría y otras entidades, y su % de cumplimiento',
  deliberations: 'Deliberación pública de rendición de cuentas: fecha y asistentes',
  coverage: 'Cobertura: unidades de atención y usuarios',
  commitments: 'Compromisos del Plan de Acción de Gobierno Abierto',
  milestones: 'Hitos de cada compromiso de Gobierno Abierto',
  contracts: 'Procesos de contratación pública según el SERCOP (datos abiertos OCDS), uno por ocid',
  flags: 'Alertas de calidad de datos, cada una junto a la cifra que afecta',
};
