/**
 * The reader's sentence of a flag: what a citizen reads next to a figure and in #alertas.
 * The dataset's `message` ("problema: valor (archivo:línea)") stays as the ingest wrote it and
 * is shown only behind a "Detalle técnico" disclosure; the visible text is built here from the
 * flag's code, field and value, so no field name ("executed") or code ("number_repaired")
 * reaches the page.
 */
import type { Flag, FlagCode } from '../schema/datasets.ts';
import { num, pct, usd } from './format.ts';

interface FieldLabel {
  /** Spanish noun phrase without article ("monto ejecutado"). */
  label: string;
  feminine?: boolean;
}

/** Spanish name of every field a flag can point at; unknown fields read as "el dato". */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  planned: { label: 'valor planificado' },
  executed: { label: 'monto ejecutado' },
  achieved: { label: 'valor alcanzado' },
  pct_reported: { label: 'porcentaje declarado' },
  pct_computed: { label: 'porcentaje calculado' },
  pct_compliance: { label: 'porcentaje de cumplimiento' },
  amount: { label: 'monto' },
  awarded_amount: { label: 'monto adjudicado' },
  institution_id: { label: 'institución', feminine: true },
  institution_ids: { label: 'institución', feminine: true },
  year: { label: 'año' },
  unit: { label: 'unidad', feminine: true },
  value_unit: { label: 'unidad', feminine: true },
  unit_number: { label: 'número de la unidad' },
  title: { label: 'título' },
  indicator: { label: 'indicador' },
  theme: { label: 'tema' },
  text: { label: 'texto' },
  start: { label: 'fecha de inicio', feminine: true },
  end: { label: 'fecha de fin', feminine: true },
  ruc: { label: 'RUC' },
  number: { label: 'número' },
  attendees: { label: 'número de asistentes' },
  commitment_id: { label: 'compromiso' },
  institutions_reported: { label: 'número de instituciones que reportan' },
};

const MONEY_DATASETS = new Set(['budget_lines', 'budget_summaries', 'procurement', 'contracts']);
const MONEY_FIELDS = new Set(['planned', 'executed', 'amount', 'awarded_amount']);
const PCT_FIELDS = new Set(['pct_reported', 'pct_computed', 'pct_compliance']);

/** "el monto ejecutado" / "la institución" / "el dato"; the budget's `planned` is money. */
export function fieldPhrase(dataset: string | null, field: string | null): { text: string; feminine: boolean } {
  if (field === 'planned' && dataset !== null && MONEY_DATASETS.has(dataset)) return { text: 'el presupuesto planificado', feminine: false };
  const f = field !== null && Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined;
  if (!f) return { text: 'el dato', feminine: false };
  return { text: `${f.feminine ? 'la' : 'el'} ${f.label}`, feminine: !!f.feminine };
}

/**
 * The value a message quotes: the text between the problem and " (archivo:línea)", when it is a
 * number or a quoted string (flagMessage writes strings with JSON.stringify). Null otherwise.
 */
export function flagValue(f: Pick<Flag, 'message' | 'source_file' | 'source_line'>): string | number | null {
  const suffix = ` (${f.source_file}${f.source_line === null ? '' : `:${f.source_line}`})`;
  if (!f.message.endsWith(suffix)) return null;
  const body = f.message.slice(0, -suffix.length);
  const m = /: (-?\d+(?:\.\d+)?|"(?:[^"\\]|\\.)*")$/.exec(body);
  if (!m) return null;
  const raw = m[1]!;
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return null;
    }
  }
  return Number(raw);
}

/** The value as a reader sees it: money as dollars, percentages with "%", text in «». */
export function formatFlagValue(dataset: string | null, field: string | null, v: string | number): string {
  if (typeof v === 'string') return `«${v}»`;
  if (field !== null && PCT_FIELDS.has(field)) return pct(v);
  if (field !== null && MONEY_FIELDS.has(field) && dataset !== null && MONEY_DATASETS.has(dataset)) return usd(v);
  return num(v);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Phrase = { text: string; feminine: boolean };

/** One sentence per code, in plain Spanish; `p` is the affected field with its article. */
const SENTENCES: Record<FlagCode, (p: Phrase, hasField: boolean, dataset: string | null) => string> = {
  total_mismatch: (p, has) =>
    has ? `${cap(p.text)} que declara el informe no coincide con la suma de sus partes.` : 'Un total que declara el informe no coincide con la suma de sus partes.',
  pct_mismatch: () => 'El porcentaje que declara el informe no coincide con el que resulta de dividir sus propias cifras.',
  number_repaired: (p) =>
    `${cap(p.text)} venía ${p.feminine ? 'partida o mal escrita' : 'partido o mal escrito'} en el informe y se reconstruyó; el porcentaje que declara el informe confirma la lectura.`,
  value_suspicious: (p) => `${cap(p.text)} es posible pero poco probable; conviene verificarlo en el original.`,
  value_missing: (p) => `El informe no da ${p.text}; se publica como «no reportado», nunca como cero.`,
  fragment: () => 'El archivo es un fragmento de informe: le faltan la cabecera o algunas secciones, así que puede faltar información.',
  institution_inferred: () => 'El informe no dice en su encabezado qué institución lo publica; se dedujo de otras pistas del archivo (enlaces, memorandos, dependencia, o la entidad que financia cada una de sus filas).',
  institution_unknown: () => 'El informe no dice qué institución lo publica y nada en él permite identificarla; se publica aparte.',
  institution_conflict: (_p, _has, dataset) => dataset === 'contracts'
    ? 'El SERCOP registra a este comprador con un RUC o un nombre que en el catálogo corresponden a otra institución; sus procesos se publican con el nombre que da el SERCOP, sin mezclarlos con la otra.'
    : 'El RUC o el nombre del encabezado corresponden en el catálogo a otra institución; el informe se publica con el nombre de su encabezado, sin mezclarlo con la otra.',
  duplicate_report: () => 'Este archivo es una copia idéntica de otro; sus cifras se cuentan una sola vez.',
  conflicting_reports: () =>
    'Hay otra versión, distinta, del informe de esta institución para el mismo año; se muestran todas y los titulares usan una sola.',
  institution_name_cut: () => 'El nombre de la institución en este documento parece cortado: es el comienzo del de otra institución del explorador. Sin RUC ni otra prueba, se publica aparte.',
  figures_not_read: () => 'Todavía no leemos las cifras de este tipo de documento: se publican su título, institución y periodo; sus cifras están en el original.',
  unknown_format: () => 'No sabemos leer el formato de este archivo, así que sus cifras no se publican.',
  unreadable: () => 'El archivo no se pudo leer (está vacío, dañado o no es texto).',
  invalid_record: (p, has) =>
    has ? `Una fila se dejó fuera porque ${p.text} no es ${p.feminine ? 'válida' : 'válido'}.` : 'Una fila del informe no tenía datos válidos y se dejó fuera.',
  section_unrecognized: () => 'Una parte del informe no se pudo interpretar y se omitió.',
  duplicate_skipped: () => 'Una fila o un informe repetido se omitió para no contarlo dos veces.',
  line_too_long: () => 'Una línea del archivo era demasiado larga y no se leyó.',
  encoding_converted: () => 'El archivo usaba una codificación de caracteres antigua; se convirtió para leer bien las tildes y la ñ.',
  unit_unknown: () => 'No se pudo saber en qué unidad se expresan los valores de esta meta.',
  year_inferred: () => 'El informe no dice qué año cubre; se dedujo de otras pistas (nombre del archivo, fechas).',
  control_character: () => 'El archivo tenía caracteres invisibles que no son texto; se quitaron para poder leerlo.',
  markup_removed: () => 'Un texto del informe traía etiquetas HTML; se publica como texto plano.',
  file_skipped: () => 'Un archivo de la carpeta de informes no se leyó.',
  value_negative: (p) =>
    `${cap(p.text)} es ${p.feminine ? 'negativa' : 'negativo'}, algo que el formulario no admite; se publica tal cual para verificarlo en el original.`,
  procedure_unknown: () => 'El SERCOP no indica un tipo de procedimiento conocido; el proceso se cuenta como «otras».',
  procurement_mismatch: () =>
    'El monto de contratación que declara la institución difiere del que registra el SERCOP en más del 5 % y de $10.000.',
  ocr: (p, has) =>
    has ? `${cap(p.text)} se leyó con reconocimiento óptico de caracteres de una página escaneada; conviene verificarlo en el PDF original.`
      : 'Esta cifra se leyó con reconocimiento óptico de caracteres de una página escaneada; conviene verificarla en el PDF original.',
};

/** The reader's sentence of a flag, with the value it quotes when there is one. */
export function readerSentence(f: Pick<Flag, 'code' | 'dataset' | 'field' | 'message' | 'source_file' | 'source_line'>): string {
  const p = fieldPhrase(f.dataset, f.field);
  const sentence = SENTENCES[f.code](p, f.field !== null && Object.hasOwn(FIELD_LABELS, f.field), f.dataset);
  const v = flagValue(f);
  return v === null ? sentence : `${sentence} En el informe: ${formatFlagValue(f.dataset, f.field, v)}.`;
}
