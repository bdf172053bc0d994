/**
 * Parser for the Quito municipal "INFORME DE GESTIÓN <year> – POR SECTOR" reports
 * (e.g. Administración Zonal Manuela Sáenz, 2021).
 *
 * Layout (text exported from the municipal system, one PDF page after another):
 *
 *   INFORME DE GESTIÓN 2021 – POR SECTOR                      ← title, gives the year
 *   SECRETARÍA GENERAL DE COORDINACIÓN TERRITORIAL Y          ← parent body, split over
 *   PARTICIPACIÓN CIUDADANA                                      two (or more) lines
 *   1. PRINCIPALES RESULTADOS 2021                            ← numbered headings
 *   1.1. PROGRAMA 1: QUITO SIN MIEDO                          ← program
 *   1.1.1. Proyecto 1: PREVENCIÓN SITUACIONAL ...             ← project
 *   PROYECTO 1: PREVENCIÓN SITUACIONAL ...<TAB>               ← budget block: key<TAB>value
 *   Presupuesto codificado 2021:<TAB>USD 5.500,00
 *   Presupuesto devengado 2021:<TAB>USD 4884,15
 *   % Ejecución presupuestaria 2021:<TAB>88,80%
 *   Meta 1:<TAB>IMPLEMENTAR 21 ACCIONES ...                   ← goal block
 *   Indicador de la meta:<TAB>Número de actividades
 *   Valor programado 2021:<TAB>21 acciones                    ← number + unit word, or bare
 *   Valor ejecutado 2021:<TAB>21 acciones
 *   % de avance:<TAB>100%
 *   Entidad(es) ejecutora(s):<TAB>UNIDAD DE SEGURIDAD CIUDADANA
 *   Descripción de los resultados por meta:<TAB><ul ...>...   ← HTML prose (not kept)
 *   <TAB><ul ...> ...                                         ← empty key: continuation
 *   Objetivo del PMDOT 2021 – 2033 al que contribuye<TAB>OE6. ...
 *   1.2. CONCLUSIONES, RECOMENDACIONES                        ← prose from here: no records
 *
 * Quirks: page breaks show up as runs of blank lines in the middle of a block (even between
 * two fields of the same goal), so a blank line never closes a block: only the next block
 * key ("PROYECTO n:", "Meta n:") or a numbered heading does. A value may continue on a later
 * line whose key is empty. Values carry HTML (stripped). Money mixes "5.500,00" and "4884,15".
 *
 * Choices:
 * - budget line `category` is the project as printed in its block ("PROYECTO 1: ..."), without
 *   the program: project numbers restart per program, but the names differ, and the program
 *   is kept in each goal's `objective` ("PROGRAMA 1: QUITO SIN MIEDO / PROYECTO 1: ...").
 * - `budget_pct_reported` of the report is the project's reported % only when the report has
 *   exactly one project: then that % covers everything the report covers. With several
 *   projects the report states no overall %, and averaging percentages would invent one.
 * - the budget summary is the sum of the projects in integer cents (`sum_of_lines`); a total
 *   is null when any project lacks that figure (a partial sum would understate it).
 */
import type { BudgetLine, Goal } from '../../schema/datasets.ts';
import type { Draft, FlagDraft, ParseResult, Parser, SourceText } from '../types.ts';
import { emptyResult, flag, linkDomains, managementReport } from '../types.ts';
import type { NumberReading } from '../../lib/numbers.ts';
import { centsToUsd, parseDecimal, parseMoneyCents, parsePercent, percentAgrees, percentOf, sumCents } from '../../lib/numbers.ts';
import { fold, foldedMatcher, stripHtml } from '../../lib/text.ts';

/** Lines longer than this are not report layout: only their start is read. */
const MAX_LINE = 100_000;
const READ_PREFIX = 10_000;
/** Lines a project's title may wrap over. */
const TITLE_LINES = 3;
/** Keys are short labels; a longer "key" is prose. */
const MAX_KEY = 300;

const TITLE = /^informe de gestion\b/;
/**
 * The folded text names the municipality: "municipio (del distrito metropolitano )de quito" or
 * "distrito metropolitano de quito" (the longer form contains the latter).
 */
const NAMES_QUITO = foldedMatcher('includes', ['municipio de quito', 'distrito metropolitano de quito']);
const HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,6})\.\s+(\S.*)$/;

/** Field keys of a block, matched against the folded key (colon removed). */
type FieldName =
  | 'planned_money' | 'executed_money' | 'budget_pct'
  | 'indicator' | 'measure_unit' | 'planned_value' | 'achieved_value' | 'goal_pct' | 'unit'
  | 'results' | 'plan_objective' | 'plan_goal' | 'plan_contribution' | 'photos';

const FIELDS: readonly [FieldName, RegExp][] = [
  ['planned_money', /^presupuesto codificado\b/],
  ['executed_money', /^presupuesto (?:devengado|ejecutado)\b/],
  ['budget_pct', /^% (?:de )?ejecucion presupuestaria\b/],
  ['measure_unit', /^unidad de medida\b/],
  ['indicator', /^indicador\b/],
  ['planned_value', /^valor programado\b/],
  ['achieved_value', /^valor (?:ejecutado|alcanzado)\b/],
  ['goal_pct', /^% (?:de )?(?:avance|cumplimiento)\b/],
  ['unit', /^entidad(?:\(es\)|es)? ejecutora/],
  ['results', /^descripcion de los resultados\b/],
  ['plan_objective', /^objetivo del pmdot\b/],
  ['plan_goal', /^meta del pmdot\b/],
  ['plan_contribution', /^descripcion de como aporta\b/],
  ['photos', /^fotografias\b/],
];

/**
 * The labels as the form prints them («{n}»: a number, the year or the goal's), for a text without
 * TABs: its rows are read by them (Parser.labels, src/ingest/layout/labelled-rows.ts).
 */
const FORM_LABELS: readonly string[] = [
  'Presupuesto codificado {n}:', 'Presupuesto devengado {n}:', 'Presupuesto ejecutado {n}:',
  '% Ejecución presupuestaria {n}:', '% de ejecución presupuestaria {n}:',
  'Meta {n}:', 'Unidad de medida de la meta:', 'Indicador de la meta:',
  'Valor programado {n}:', 'Valor ejecutado {n}:', 'Valor alcanzado {n}:',
  '% de avance:', '% de cumplimiento:', 'Entidad(es) ejecutora(s):', 'Descripción de los resultados por meta:',
  'Objetivo del PMDOT {n} – {n} al que contribuye', 'Meta del PMDOT {n} – {n} al que contribuye',
  'Descripción de como aporta el cumplimiento de la meta y los resultado alcanzado al logro del PMDOT {n} – {n}.',
  'Fotografías (solo en caso de obras)',
];

interface Field {
  value: string;
  line: number;
}

interface Block {
  kind: 'project' | 'goal';
  /** "PROYECTO 1: ..." or the goal number. */
  label: string;
  /** Goal text (goal blocks). */
  text: string;
  line: number;
  /** Program and project in force when the block started. */
  program: string | null;
  project: string | null;
  fields: Partial<Record<FieldName, Field>>;
}

interface State {
  src: SourceText;
  result: ParseResult;
  program: string | null;
  project: string | null;
  block: Block | null;
  /** The field the next empty-key line continues. */
  lastField: FieldName | null;
  /** false once the conclusions / recommendations prose starts. */
  inResults: boolean;
  /** Whether the closing prose (conclusions...) was reached: a truncated file never gets there. */
  sawClosing: boolean;
  unknownKeys: Set<string>;
}

export const informeGestionParser: Parser = {
  format: 'informe-gestion',
  label: 'Informe de gestión',
  description:
    'Informes narrativos por proyecto, como los de las administraciones zonales de Quito: para cada proyecto, presupuesto codificado, devengado y % de ejecución; para cada meta, valor programado, valor ejecutado, % de avance, unidad ejecutora y el objetivo del plan de desarrollo (PMDOT) al que aporta. Como solo cubren los proyectos que el informe describe, su presupuesto es la suma de esos proyectos y no el de toda la institución.',
  countLabel: 'informes',
  labels: FORM_LABELS,

  detect(src: SourceText): boolean {
    let nonEmpty = 0;
    let titled = false;
    const limit = Math.min(src.lines.length, 400);
    for (let i = 0; i < limit; i++) {
      const line = src.lines[i]!;
      if (line.length > MAX_KEY * 4) continue;
      if (!line.trim()) continue;
      nonEmpty++;
      const f = fold(line);
      if (!titled) {
        if (nonEmpty > 10) return false;
        titled = TITLE.test(f);
        continue;
      }
      const key = keyedLine(f).split('\t')[0]!;
      if (key === f) continue;
      if (/^presupuesto codificado\b/.test(key) || /^meta \d+\s*:/.test(key)) return true;
    }
    return false;
  },

  parse(src: SourceText): ParseResult {
    const header = readHeader(src);
    const report = managementReport({ ...header, date: null });
    const result = emptyResult(report, {
      name: zoneName(src.text),
      parent: header.parent,
      domains: linkDomains(src.text),
      // Only when the text names the municipality ("DMQ" alone is the territory, not a name).
      other: NAMES_QUITO(src.text.slice(0, 2_000_000))
        ? ['Municipio del Distrito Metropolitano de Quito']
        : [],
    });
    result.flags.push(...header.flags);

    const state: State = {
      src, result, program: null, project: null, block: null, lastField: null, inResults: true,
      sawClosing: false, unknownKeys: new Set(),
    };
    for (let i = header.bodyStart; i < src.lines.length; i++) readLine(state, src.lines[i]!, i + 1);
    closeBlock(state);

    addSummary(result);
    if (result.budget_lines.length === 1) report.budget_pct_reported = result.budget_lines[0]!.pct_reported;
    const missing = [
      header.title === null ? 'falta el título "INFORME DE GESTIÓN"' : null,
      result.budget_lines.length === 0 && result.goals.length === 0 ? 'sin proyectos ni metas' : null,
      state.sawClosing ? null : 'termina antes de las conclusiones (¿truncado?)',
    ].filter((x): x is string => x !== null);
    if (missing.length) {
      report.complete = false;
      result.flags.push(flag(src, 'warning', 'fragment', `Informe incompleto: ${missing.join('; ')}`, null, null));
    }
    return result;
  },
};

// ---------------------------------------------------------------- header

interface Header {
  title: string | null;
  year: number | null;
  parent: string | null;
  /** Index (0-based) of the first line after the header. */
  bodyStart: number;
  flags: FlagDraft[];
}

/** Title (first non-empty line), the body named below it, and the year. */
function readHeader(src: SourceText): Header {
  const h: Header = { title: null, year: null, parent: null, bodyStart: 0, flags: [] };
  let i = 0;
  const max = Math.min(src.lines.length, 50);
  while (i < max && !src.lines[i]!.trim()) i++;
  const first = src.lines[i];
  if (first !== undefined && first.length < MAX_KEY && TITLE.test(fold(first))) {
    h.title = clean(first);
    const y = /\b((?:19|20)\d{2})\b/.exec(first);
    if (y) h.year = Number(y[1]);
    // The parent body: the non-empty lines right under the title, joined ("... Y" + "PARTICIPACIÓN ...").
    const parts: string[] = [];
    let j = i + 1;
    while (j < src.lines.length && parts.length < 4) {
      const line = src.lines[j]!;
      if (!line.trim() || line.includes('\t') || line.length > MAX_KEY || HEADING.test(line.trim())) break;
      parts.push(clean(line));
      j++;
    }
    if (parts.length) h.parent = parts.join(' ');
    h.bodyStart = j;
  } else {
    h.bodyStart = i;
  }
  if (h.year === null) {
    // No year in the title: take it from the budget / goal labels ("Presupuesto codificado 2021:").
    for (let k = 0; k < src.lines.length && h.year === null; k++) {
      const line = src.lines[k]!;
      if (line.length > MAX_LINE) continue;
      const m = /^(?:presupuesto codificado|valor programado|principales resultados)\s+((?:19|20)\d{2})\b/.exec(
        fold(line.split('\t')[0]!.replace(/^[\d.]+\s+/, '')),
      );
      if (m) {
        h.year = Number(m[1]);
        h.flags.push(flag(src, 'warning', 'year_inferred', 'Año tomado de una etiqueta, no del título', line.trim().slice(0, 80), k + 1));
      }
    }
    if (h.year === null) h.flags.push(flag(src, 'error', 'fragment', 'No se encontró el año del informe', null, null));
  }
  return h;
}

/** "Administración Zonal Manuela Sáenz" when the text names the zone (title-case words). */
function zoneName(text: string): string | null {
  const head = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  const re = /Administraci[oó]n Zonal ((?:(?:de|del|la|los|las) )?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?: (?:(?:de|del|la|los|las) )?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){0,4})/;
  const m = re.exec(head);
  return m ? `Administración Zonal ${m[1]}` : null;
}

// ---------------------------------------------------------------- lines

/**
 * A line without a TAB that starts with a block key ("PROYECTO 1: …", "Meta 2: …", "Presupuesto
 * codificado 2021: USD 5.500,00", as text copied from a PDF viewer gives them) → key TAB value.
 * Any other line is returned as it is.
 */
function keyedLine(line: string): string {
  if (line.includes('\t')) return line;
  const t = line.trim();
  // the PMDOT keys end without a colon: "Objetivo del PMDOT 2021 – 2033 al que contribuye OE6. …"
  const pmdot = /^((?:objetivo|meta) del pmdot\b.{0,40}?\bal que contribuye)\s+(\S.*)$/i.exec(t);
  if (pmdot) return `${pmdot[1]}\t${pmdot[2]}`;
  const m = t.length < MAX_KEY * 4 ? /^([^:]{1,200}?)\s*:\s*(.*)$/.exec(t) : null;
  if (!m) return line;
  const key = fold(m[1]!);
  if (/^proyecto\s+\d+$/.test(key)) return `${t}\t`;
  if (/^meta\s+\d+$/.test(key) || FIELDS.some(([, re]) => re.test(key))) return `${m[1]}:\t${m[2]}`;
  return line;
}


function readLine(state: State, raw: string, lineNo: number): void {
  let line = raw;
  if (line.length > MAX_LINE) {
    state.result.flags.push(flag(state.src, 'warning', 'line_too_long', 'Línea demasiado larga: solo se lee el inicio', line.length, lineNo));
    line = line.slice(0, READ_PREFIX);
  }
  const trimmed = line.trim();
  if (!trimmed) return; // page break: never closes a block
  if (!line.includes('\t')) {
    const h = trimmed.length < MAX_KEY ? HEADING.exec(trimmed) : null;
    if (h) return heading(state, h[2]!);
    line = keyedLine(trimmed);
  }
  if (!line.includes('\t')) {
    // A wrapped value without a tab: continuation of the last field; of a project's name, before any field
    // («PROYECTO 1: PREVENCIÓN SITUACIONAL Y» / «CONVIVENCIA PACÍFICA», a title wrapped in a narrow column).
    if (state.inResults && state.block && state.lastField) appendField(state.block, state.lastField, trimmed);
    else if (state.inResults && state.block?.kind === 'project' && !Object.keys(state.block.fields).length && lineNo - state.block.line <= TITLE_LINES) {
      state.block.label = `${state.block.label} ${trimmed}`;
      state.project = state.block.label;
    }
    return;
  }
  if (!state.inResults) return;
  const tab = line.indexOf('\t');
  const rawKey = line.slice(0, tab).trim();
  const value = line.slice(tab + 1);
  if (rawKey.length > MAX_KEY) return unknownLine(state, rawKey, lineNo);
  const key = fold(rawKey).replace(/\s*:$/, '');

  if (!key) {
    if (state.block && state.lastField) appendField(state.block, state.lastField, value);
    return;
  }
  const project = /^proyecto\s+(\d+)\s*:/.exec(key);
  if (project) {
    closeBlock(state);
    const label = clean(rawKey).replace(/\s*:$/, '');
    state.project = label;
    state.block = newBlock(state, 'project', label, '', lineNo);
    return;
  }
  const goal = /^meta\s+(\d+)$/.exec(key);
  if (goal) {
    closeBlock(state);
    state.block = newBlock(state, 'goal', goal[1]!, clean(value), lineNo);
    return;
  }
  const field = FIELDS.find(([, re]) => re.test(key))?.[0];
  if (!field || !state.block) return unknownLine(state, rawKey, lineNo);
  if (!state.block.fields[field]) state.block.fields[field] = { value, line: lineNo };
  else appendField(state.block, field, value);
  state.lastField = field;
}

/** Program, project and conclusions headings close the open block; other headings do not. */
function heading(state: State, text: string): void {
  const f = fold(text);
  if (/^programa\b/.test(f)) {
    closeBlock(state);
    state.program = clean(text).replace(/\.$/, '');
    state.project = null;
    state.inResults = true;
  } else if (/^proyecto\b/.test(f)) {
    closeBlock(state);
    state.project = clean(text).replace(/\.$/, '');
    state.inResults = true;
  } else if (/^(?:conclusiones|recomendaciones|principales retos|retos)\b/.test(f)) {
    closeBlock(state);
    state.inResults = false;
    state.sawClosing = true;
  }
}

function newBlock(state: State, kind: Block['kind'], label: string, text: string, line: number): Block {
  state.lastField = null;
  return { kind, label, text, line, program: state.program, project: state.project, fields: {} };
}

function appendField(block: Block, field: FieldName, value: string): void {
  const f = block.fields[field];
  if (f) f.value = `${f.value} ${value}`;
}

function unknownLine(state: State, rawKey: string, lineNo: number): void {
  const key = fold(rawKey).slice(0, 80);
  if (state.unknownKeys.has(key)) return;
  state.unknownKeys.add(key);
  state.result.flags.push(flag(state.src, 'info', 'section_unrecognized', 'Fila no reconocida', clean(rawKey).slice(0, 80), lineNo));
}

function closeBlock(state: State): void {
  const block = state.block;
  state.block = null;
  state.lastField = null;
  if (!block) return;
  if (block.kind === 'project') state.result.budget_lines.push(budgetLine(state, block));
  else state.result.goals.push(goalRecord(state, block));
}

// ---------------------------------------------------------------- records

function budgetLine(state: State, b: Block): Draft<BudgetLine> {
  const planned = readField(state, b, 'planned_money', 'budget_lines', 'planned', parseMoneyCents);
  const executed = readField(state, b, 'executed_money', 'budget_lines', 'executed', parseMoneyCents);
  const pct = readField(state, b, 'budget_pct', 'budget_lines', 'pct_reported', parsePercent);
  const [p, e] = confirmSplits(state, planned, executed, pct, 'budget_lines');
  return {
    line_type: 'PROYECTO',
    category: b.label,
    planned: p === null ? null : centsToUsd(p),
    executed: e === null ? null : centsToUsd(e),
    pct_reported: pct.value,
    pct_computed: percentOf(e, p),
    source_line: b.fields.planned_money?.line ?? b.line,
  };
}

function goalRecord(state: State, b: Block): Draft<Goal> {
  const plannedRaw = rawText(b, 'planned_value');
  const achievedRaw = rawText(b, 'achieved_value');
  const planned = readValue(state, b, 'planned_value', 'planned');
  const achieved = readValue(state, b, 'achieved_value', 'achieved');
  const pct = readField(state, b, 'goal_pct', 'goals', 'pct_reported', parsePercent);
  const [p, a] = confirmSplits(state, planned.reading, achieved.reading, pct, 'goals');

  let valueUnit = planned.unit ?? achieved.unit;
  let valueText: string | null = planned.unit !== null ? plannedRaw : achieved.unit !== null ? achievedRaw : null;
  if (planned.unit !== null && achieved.unit !== null && fold(planned.unit) !== fold(achieved.unit)) {
    valueUnit = null;
    valueText = `${plannedRaw} / ${achievedRaw}`;
    state.result.flags.push(flag(state.src, 'warning', 'unit_unknown', 'Unidades distintas en valor programado y ejecutado',
      valueText, b.fields.planned_value!.line, { dataset: 'goals', field: 'value_unit' }));
  }
  if (valueText === null && (planned.reading.issue !== null || achieved.reading.issue !== null)) {
    // Kept as printed when not a clean number ("NO APLICA", garbled, split).
    valueText = [plannedRaw, achievedRaw].filter(Boolean).join(' / ') || null;
  }
  const objective = [b.program, b.project].filter((x): x is string => !!x).join(' / ');
  return {
    unit: text(b, 'unit'),
    unit_number: null,
    objective: objective || null,
    goal_number: b.label,
    goal: b.text || null,
    indicator: text(b, 'indicator'),
    planned: p,
    achieved: a,
    value_unit: valueUnit,
    value_text: valueText,
    pct_reported: pct.value,
    pct_computed: percentOf(a, p),
    plan_objective: text(b, 'plan_objective'),
    source_line: b.line,
  };
}

/** A field as plain text, or null when absent / empty / "NO APLICA". */
function text(b: Block, field: FieldName): string | null {
  const f = b.fields[field];
  if (!f) return null;
  const t = clean(f.value);
  return t && !/^(?:n\/a|no aplica)$/i.test(t) ? t : null;
}

/** A field as printed (plain text), or null when absent or empty. */
function rawText(b: Block, field: FieldName): string | null {
  const f = b.fields[field];
  return f ? clean(f.value) || null : null;
}

function clean(s: string): string {
  return stripHtml(s);
}

/** How each numeric field is named in messages (as the report labels it). */
const LABELS: Partial<Record<FieldName, string>> = {
  planned_money: 'Presupuesto codificado',
  executed_money: 'Presupuesto devengado',
  budget_pct: '% Ejecución presupuestaria',
  planned_value: 'Valor programado',
  achieved_value: 'Valor ejecutado',
  goal_pct: '% de avance',
};

/** A number read from a field, with the line it came from. */
interface Reading extends NumberReading {
  line: number | null;
}

/**
 * Flags a reading that needs attention: missing → `value_missing`; garbled → `value_suspicious`
 * and null. A `split` reading is returned as is, for `confirmSplits` to judge.
 */
function check(state: State, r: NumberReading, line: number | null, dataset: string, target: string, label: string): Reading {
  const where = { dataset, field: target };
  if (r.issue === 'missing') {
    state.result.flags.push(flag(state.src, 'warning', 'value_missing', `Sin valor en «${label}»`, r.raw, line, where));
  } else if (r.issue === 'suspicious') {
    state.result.flags.push(flag(state.src, 'warning', 'value_suspicious', `Valor ilegible en «${label}»`, r.raw, line, where));
    return { ...r, value: null, line };
  }
  return { ...r, line };
}

function readField(
  state: State, b: Block, field: FieldName, dataset: string, target: string, parse: (s: string) => NumberReading,
): Reading {
  const f = b.fields[field];
  return check(state, parse(f ? clean(f.value) : ''), f?.line ?? b.line, dataset, target, LABELS[field] ?? field);
}

/** "21 acciones" → 21 + unit "acciones"; "80%" → 80 + "%"; "44" → 44, no unit. */
function readValue(state: State, b: Block, field: FieldName, target: 'planned' | 'achieved'): { reading: Reading; unit: string | null } {
  const f = b.fields[field];
  const raw = f ? clean(f.value) : '';
  const line = f?.line ?? b.line;
  const m = /^(-?\d[\d.,]{0,30})\s*(%|[A-Za-zÁÉÍÓÚÑáéíóúñü][^\d]{0,60})?$/.exec(raw);
  const label = LABELS[field] ?? field;
  if (!m) return { reading: check(state, parseDecimal(raw), line, 'goals', target, label), unit: null };
  const reading = check(state, { ...parseDecimal(m[1]!), raw }, line, 'goals', target, label);
  return { reading, unit: m[2] ? m[2].trim() : null };
}

/**
 * OCR-split numbers ("14805883 1,00") are trusted only when the reported % agrees with the
 * joined values (flag `number_repaired`); otherwise they become null (`value_suspicious`).
 */
function confirmSplits(
  state: State, planned: Reading, done: Reading, pct: Reading, dataset: string,
): [number | null, number | null] {
  const out: [number | null, number | null] = [planned.value, done.value];
  if (planned.issue !== 'split' && done.issue !== 'split') return out;
  const computed = percentOf(done.value, planned.value);
  const ok = pct.value !== null && computed !== null && percentAgrees(pct.value, computed);
  for (const [i, r] of [planned, done].entries()) {
    if (r.issue !== 'split') continue;
    const field = dataset === 'goals' ? (i === 0 ? 'planned' : 'achieved') : i === 0 ? 'planned' : 'executed';
    if (ok) {
      state.result.flags.push(flag(state.src, 'warning', 'number_repaired', 'Número partido, unido y confirmado con el %', r.raw, r.line, { dataset, field }));
    } else {
      state.result.flags.push(flag(state.src, 'warning', 'value_suspicious', 'Número partido sin confirmar', r.raw, r.line, { dataset, field }));
      out[i] = null;
    }
  }
  return out;
}

function addSummary(result: ParseResult): void {
  const lines = result.budget_lines;
  if (!lines.length) return;
  const cents = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : sumCents(xs.map((x) => Math.round(x! * 100))));
  const planned = cents(lines.map((l) => l.planned));
  const executed = cents(lines.map((l) => l.executed));
  result.budget_summaries.push({
    planned: planned === null ? null : centsToUsd(planned),
    executed: executed === null ? null : centsToUsd(executed),
    current_planned: null,
    current_executed: null,
    investment_planned: null,
    investment_executed: null,
    pct_reported: null,
    pct_computed: percentOf(executed, planned),
    basis: 'sum_of_lines',
    source_line: lines[0]!.source_line,
  });
}
