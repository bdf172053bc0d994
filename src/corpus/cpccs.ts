/**
 * Synthetic CPCCS "Informe de Rendición de Cuentas" forms, complete or fragmentary, in the
 * layout of data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt (complete) and
 * 2023-iess-unidad-rendicion-de-cuentas-fragmento.txt (fragment: the first pages missing, the
 * text starts mid-table).
 *
 * Layout written (tab-separated, headings on their own line, "\$" escaped money, "40,39 %"):
 * header (No, PERIODO, DATOS GENERALES with NOMBRE / RUC / FUNCIÓN / TIPO / PERTENECE A),
 * GAD-only sections for GADs, coverage, equality policies (HTML in the cells), participation,
 * social control, the accountability process (FASE 0-3, mentions "Rendición de Cuentas <year>"),
 * public deliberation, media, transparency, planning, goals (objective on a line that repeats
 * the column header and the values on the next line, or both on one line; TOTAL % row),
 * budget lines + Total row, PRESUPUESTO INSTITUCIONAL, procurement (inline rows and the
 * label-line + values-line layout), disposals and Contraloría recommendations.
 *
 * Every figure is consistent to the cent (computed in integer cents and hundredths) except
 * where a noise is injected on purpose, and each noise is listed in the truth with the flag
 * the ingest must raise:
 * - ocr_split: a goal value or budget amount printed with a space inside its digits, whose
 *   printed % confirms the repair → number_repaired (one per split field);
 * - garbled_pct: a budget line with nothing executed prints "00,00 %" → value_suspicious;
 * - total_row_mismatch: the Total row is not the sum of its lines → total_mismatch;
 * - summary_mismatch: PRESUPUESTO INSTITUCIONAL differs from the Total row → total_mismatch;
 * - summary_parts_mismatch: corriente + inversión planificado ≠ codificado → total_mismatch;
 * - goals_total_mismatch: TOTAL % CUMPLIMIENTO is not the goals' average → total_mismatch;
 * - attendees_mismatch: men + women + GLBTI ≠ attendees → total_mismatch;
 * - missing_section: a core section left out → the report is incomplete (fragment flag);
 * - html: HTML tags in text cells the ingest keeps (goal descriptions, assets, observations).
 */
import type { CorpusInstitution } from './institutions.ts';
import {
  executionRatio, html, indicator, link, objective, paragraph, person, printedName, sentence, splitExact, upper,
  webDomain, words, yearBudget,
} from './common.ts';
import { cpccsUsd, decimal, dmy, ocrSplit, pct, pctHundredths, sum } from './format.ts';
import type { Rng } from './prng.ts';
import { Doc, type GenContext, type Generated, type NoiseEntry, type NoiseKind, type ReportTruth } from './types.ts';
import { ASSETS, PROCEDURES, PROSE, SPENDING_GROUPS, sectorWords } from './vocab.ts';

/** Noise kinds of this format, each with its probability in a report where it is not forced. */
export const CPCCS_NOISE: readonly (readonly [NoiseKind, number])[] = [
  ['ocr_split', 0.06], ['garbled_pct', 0.05], ['html', 0.3], ['total_row_mismatch', 0.04], ['summary_mismatch', 0.04],
  ['summary_parts_mismatch', 0.03], ['goals_total_mismatch', 0.04], ['attendees_mismatch', 0.03], ['missing_section', 0.03],
];

const LINK_HEADER = 'LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PÁG. WEB DE LA INSTITUCIÓN';
const LINK_HEADER_PAG = 'LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PAG. WEB DE LA INSTITUCIÓN';
const PROC_HEADER = ['Número Total Adjudicados', 'Valor Total Adjudicados', 'Número Total Finalizados', 'Valor Total Finalizados'];

// ---------------------------------------------------------------------------------------------
// Model

interface GoalModel {
  objective: string;
  metaNo: string;
  desc: string;
  indicator: string;
  planned: number; // hundredths
  achieved: number;
  pct: number;
  gestion: string;
  split: ('planned' | 'achieved')[];
  sameLine: boolean;
  html: boolean;
}

interface LineModel {
  type: string;
  category: string;
  planned: number; // cents
  executed: number;
  kind: 'current' | 'investment';
  split: 'planned' | 'executed' | null;
  garbled: boolean;
}

interface ProcModel {
  name: string;
  awardedCount: number;
  awarded: number;
  finalizedCount: number;
  finalized: number;
  twoLines: boolean;
}

interface Money2 {
  planned: number;
  executed: number;
}

interface Model {
  number: string;
  goals: GoalModel[];
  goalsTotal: number; // hundredths
  lines: LineModel[];
  totalRow: Money2;
  summary: { planned: number; currentPlanned: number; currentExecuted: number; investmentPlanned: number; investmentExecuted: number };
  procurement: ProcModel[];
  disposals: { kind: string; asset: string; amount: number; html: boolean }[];
  recommendations: { number: string; compliance: string; pct: number; obs: string; html: boolean }[];
  deliberation: { day: number; month: number; attendees: number; male: number; female: number; glbti: number; nations: number[] };
  coverage: { level: string; units: number; users: number; male: number; female: number; glbti: number }[];
  noise: NoiseEntry[];
  /** Core section left out (noise missing_section), if any. */
  dropped: string | null;
  /** Non-core section left out (variation, no flag). */
  skipped: string | null;
}

function want(ctx: GenContext, kind: NoiseKind): boolean {
  if (ctx.forced.includes(kind)) return true;
  const p = CPCCS_NOISE.find(([k]) => k === kind)?.[1] ?? 0;
  return ctx.rng.chance(p);
}

function goalRatio(rng: Rng): number {
  const r = rng.float();
  if (r < 0.07) return 0;
  if (r < 0.12) return 1.2 + rng.float() * 2.8;
  if (r < 0.5) return 1;
  return 0.5 + rng.float() * 0.7;
}

function buildGoals(ctx: GenContext, noise: Set<NoiseKind>): GoalModel[] {
  const { rng } = ctx;
  const w = words(ctx.inst);
  const n = rng.chance(0.05) ? 0 : rng.int(1, 15);
  const objectives = Math.min(n, rng.int(1, 5));
  const numbered = rng.chance(0.8);
  const goals: GoalModel[] = [];
  let g = 0;
  for (let o = 0; o < objectives; o++) {
    const count = o === objectives - 1 ? n - g : rng.int(1, Math.max(1, n - g - (objectives - o - 1)));
    const obj = `${objective(rng, w)}.`;
    for (let j = 0; j < count; j++, g++) {
      const ind = indicator(rng, w);
      let planned: number;
      if (ind.kind === 'pct') planned = rng.chance(0.6) ? rng.int(50, 100) * 100 : rng.int(4000, 10000);
      else planned = rng.int(1, 500) * 100;
      let achieved = Math.round(planned * goalRatio(rng));
      if (ind.kind === 'count') achieved = Math.round(achieved / 100) * 100;
      const goal = rng.pick(w.goals);
      goals.push({
        objective: obj, metaNo: String(count), desc: goal, indicator: `${numbered ? `${o + 1}.${j + 1}. ` : ''}${upper(ind.text)}`,
        planned, achieved, pct: 0, gestion: upper(sentence(rng)), split: [], sameLine: rng.chance(0.12), html: false,
      });
    }
  }
  if (noise.has('ocr_split') && goals.length > 0 && rng.chance(0.5)) {
    // A large quantity whose digits OCR broke, as "14805883 1,00" in the bundled report.
    const goal = rng.pick(goals);
    goal.indicator = goal.indicator.replace(/(NÚMERO|PORCENTAJE) DE/, 'CANTIDAD DE');
    goal.planned = rng.int(1_000_000, 500_000_000) * 100 + (rng.chance(0.3) ? rng.int(1, 99) : 0);
    goal.achieved = Math.round(goal.planned * (0.6 + rng.float() * 1.2));
    goal.split = rng.pick([['planned'], ['achieved'], ['planned', 'achieved']] as const).slice();
    noise.delete('ocr_split');
  }
  if (noise.has('html') && goals.length > 0) {
    for (const goal of goals) goal.html = rng.chance(0.4);
    goals[0]!.html = true;
  }
  for (const goal of goals) goal.pct = pctHundredths(goal.achieved, goal.planned);
  return goals;
}

function gadFamily(inst: CorpusInstitution): boolean {
  return inst.family === 'gad_municipal' || inst.family === 'gad_provincial' || inst.family === 'gad_parroquial';
}

function buildLines(ctx: GenContext, noise: Set<NoiseKind>): LineModel[] {
  const { rng, inst } = ctx;
  const total = yearBudget(rng, inst);
  const lines: LineModel[] = [];
  const style = gadFamily(inst) || inst.family === 'municipal_entity' ? rng.weighted([['projects', 6], ['groups', 3], ['meta', 1]] as const)
    : rng.weighted([['groups', 8], ['projects', 1], ['meta', 1]] as const);
  if (style === 'groups') {
    const groups = rng.sample(SPENDING_GROUPS, rng.int(2, 10));
    const parts = splitExact(total, groups.map((gr) => gr.weight * (0.4 + rng.float())));
    groups.forEach((gr, i) => lines.push({ type: 'PROGRAMA Y/O PROYECTO', category: gr.name, planned: parts[i]!, executed: 0, kind: gr.kind, split: null, garbled: false }));
  } else {
    const w = sectorWords(inst.sector);
    const names = rng.sample([...new Set([...w.projects, ...sectorWords('territorial').projects, 'Gasto administrativo y operativo'])], rng.int(1, 8));
    const parts = splitExact(total, names.map(() => 0.2 + rng.float()));
    const type = style === 'meta' ? 'META' : rng.pick(['PROGRAMA Y/O PROYECTO', 'PROYECTO']);
    names.forEach((name, i) => lines.push({
      type, category: style === 'meta' ? upper(name) : name, planned: parts[i]!, executed: 0,
      kind: /administrativo/.test(name) ? 'current' : 'investment', split: null, garbled: false,
    }));
  }
  for (const line of lines) {
    line.planned = Math.max(line.planned, 10_000);
    line.executed = Math.round(line.planned * executionRatio(rng));
  }
  if (noise.has('garbled_pct')) {
    const line = rng.pick(lines);
    line.executed = 0;
    line.garbled = true;
  }
  const clean = lines.filter((l) => !l.garbled);
  if (noise.has('ocr_split') && clean.length > 0) {
    const line = rng.pick(clean);
    line.split = line.executed > 0 && rng.chance(0.5) ? 'executed' : 'planned';
  }
  return lines;
}

function buildProcurement(ctx: GenContext, budget: number): ProcModel[] {
  const { rng, inst } = ctx;
  const factor = Math.min(3, Math.max(0.05, inst.budgetCents / (50 * 1_000_000 * 100)));
  const k = rng.int(1, 8);
  const chosen: (typeof PROCEDURES)[number][] = [];
  const pool = [...PROCEDURES];
  while (chosen.length < k && pool.length > 0) {
    const p = rng.weighted(pool.map((x) => [x, x.weight] as const));
    chosen.push(p);
    pool.splice(pool.indexOf(p), 1);
  }
  chosen.sort((a, b) => PROCEDURES.indexOf(a) - PROCEDURES.indexOf(b));
  const rows = chosen.map((p) => {
    const name = rng.pick(p.names);
    const infima = /INFIMA|ÍNFIMA/.test(name);
    const awardedCount = infima ? rng.int(3, 400) : /CAT/.test(name) ? rng.int(1, 350) : rng.int(1, 12);
    let awarded = 0;
    if (p.unit[1] > 0) {
      const unit = rng.logInt(Math.max(1, p.unit[0]), p.unit[1]) * 100 + rng.int(0, 99);
      awarded = Math.round(unit * awardedCount * (infima ? 1 : Math.max(0.1, factor)));
    }
    const finalizedCount = rng.chance(0.35) ? awardedCount : Math.floor(awardedCount * rng.float());
    const finalized = awardedCount === 0 ? 0 : Math.floor((awarded * finalizedCount) / awardedCount * (0.85 + rng.float() * 0.15));
    const special = /RÉGIMEN|SUBASTA/.test(name);
    return { name, awardedCount, awarded, finalizedCount, finalized, twoLines: rng.chance(special ? 0.6 : 0.08) };
  });
  // An institution does not award more than about half its budget.
  const cap = Math.floor(budget * 0.5);
  const awarded = sum(rows.map((r) => r.awarded));
  if (awarded > cap) {
    for (const r of rows) {
      r.awarded = Math.floor((r.awarded * cap) / awarded);
      r.finalized = Math.min(r.awarded, Math.floor((r.finalized * cap) / awarded));
    }
  }
  return rows;
}

function buildModel(ctx: GenContext, variant: 'complete' | 'fragment'): Model {
  const { rng, inst } = ctx;
  const noise = new Set<NoiseKind>(CPCCS_NOISE.map(([k]) => k).filter((k) => want(ctx, k)));
  if (variant === 'fragment') noise.delete('missing_section');
  const goals = buildGoals(ctx, noise);
  const lines = buildLines(ctx, noise);
  const linesSum: Money2 = { planned: sum(lines.map((l) => l.planned)), executed: sum(lines.map((l) => l.executed)) };

  // PRESUPUESTO INSTITUCIONAL: corriente / inversión, exactly the lines' totals.
  const currentLines = lines.filter((l) => l.kind === 'current');
  let currentPlanned: number;
  let currentExecuted: number;
  if (currentLines.length > 0 && currentLines.length < lines.length) {
    currentPlanned = sum(currentLines.map((l) => l.planned));
    currentExecuted = sum(currentLines.map((l) => l.executed));
  } else {
    currentPlanned = Math.round(linesSum.planned * (0.15 + rng.float() * 0.35));
    currentExecuted = Math.min(currentPlanned, linesSum.executed, Math.round(currentPlanned * (0.7 + rng.float() * 0.3)));
  }
  const totalRow = { ...linesSum };
  const summary = {
    planned: linesSum.planned, currentPlanned, currentExecuted,
    investmentPlanned: linesSum.planned - currentPlanned, investmentExecuted: linesSum.executed - currentExecuted,
  };
  const entries: NoiseEntry[] = [];
  /** A nonzero difference of up to $10.000, never taking `base` below half of itself. */
  const delta = (base: number) => {
    let d = (rng.chance(0.5) ? 1 : -1) * rng.logInt(1, 1_000_000);
    if (d < 0 && -d > base / 2) d = -d;
    return d;
  };
  /** Moves the summary's total `field` by d through its larger part (corriente + inversión stays = total). */
  const shift = (field: 'planned' | 'executed', d: number) => {
    if (field === 'planned') {
      summary.planned += d;
      if (summary.investmentPlanned >= summary.currentPlanned) summary.investmentPlanned += d;
      else summary.currentPlanned += d;
    } else if (summary.investmentExecuted >= summary.currentExecuted) summary.investmentExecuted += d;
    else summary.currentExecuted += d;
  };
  if (noise.has('total_row_mismatch')) {
    const field = rng.pick(['planned', 'executed'] as const);
    const d = delta(totalRow[field]);
    totalRow[field] += d;
    shift(field, d); // the summary agrees with the printed Total, not with the lines
    entries.push({ kind: 'total_row_mismatch', flag: 'total_mismatch', dataset: 'budget_lines', field, lines: [], note: `Total row ${field} ${d > 0 ? '+' : ''}${d} cents vs the sum of the lines` });
  }
  if (noise.has('summary_mismatch')) {
    const field = rng.pick(['planned', 'executed'] as const);
    const d = delta(field === 'planned' ? summary.planned : summary.currentExecuted + summary.investmentExecuted);
    shift(field, d);
    entries.push({ kind: 'summary_mismatch', flag: 'total_mismatch', dataset: 'budget_summaries', field, lines: [], note: `PRESUPUESTO INSTITUCIONAL ${field} ${d > 0 ? '+' : ''}${d} cents vs the Total row` });
  }
  if (noise.has('summary_parts_mismatch')) {
    const d = delta(summary.currentPlanned);
    summary.currentPlanned += d;
    entries.push({ kind: 'summary_parts_mismatch', flag: 'total_mismatch', dataset: 'budget_summaries', field: 'planned', lines: [], note: `gasto corriente planificado ${d > 0 ? '+' : ''}${d} cents` });
  }

  const avg = goals.length ? Math.round(sum(goals.map((x) => x.pct)) / goals.length) : 0;
  let goalsTotal = avg;
  if (noise.has('goals_total_mismatch') && goals.length > 0) {
    goalsTotal = Math.max(0, avg + (rng.chance(0.5) ? 1 : -1) * rng.int(50, 2500));
    if (goalsTotal === avg) goalsTotal = avg + 100;
    entries.push({ kind: 'goals_total_mismatch', flag: 'total_mismatch', dataset: 'goals', field: 'pct_reported', lines: [], note: `TOTAL % ${goalsTotal / 100} vs average ${avg / 100}` });
  }

  const attendees = rng.int(20, 600);
  const [male, female, glbti] = splitExact(attendees, [0.45 + rng.float() * 0.1, 0.45, rng.chance(0.2) ? 0.02 : 0]);
  const deliberation = {
    day: rng.int(1, 28), month: rng.int(2, 5), attendees, male: male!, female: female!, glbti: glbti!,
    nations: splitExact(attendees, [rng.float() * 0.1, 0.8, 0, rng.float() * 0.15, rng.float() * 0.1]),
  };
  if (noise.has('attendees_mismatch')) {
    deliberation.male += rng.int(1, 9);
    entries.push({ kind: 'attendees_mismatch', flag: 'total_mismatch', dataset: 'deliberations', field: 'attendees', lines: [] });
  }

  const levels = inst.level === 'nacional' ? ['NACIONAL', ...(rng.chance(0.4) ? ['ZONAL'] : [])] : [upper(inst.level === 'zonal' ? 'cantonal' : inst.level)];
  const coverage = levels.map((level) => {
    const users = rng.logInt(20, 250_000);
    const [m, f, g] = splitExact(users, [0.5, 0.48 + rng.float() * 0.04, rng.chance(0.2) ? 0.01 : 0]);
    return { level, units: rng.int(1, level === 'NACIONAL' ? 40 : 12), users, male: m!, female: f!, glbti: g! };
  });

  const disposals = rng.chance(0.45) ? [] : Array.from({ length: rng.chance(0.8) ? rng.int(1, 5) : rng.int(6, 14) }, () => ({
    kind: rng.weighted([['DONACIONES RECIBIDAS', 5], ['ENAJENACIÓN', 3], ['DONACIONES ENTREGADAS', 2], ['EXPROPIACIONES', 1]] as const),
    asset: rng.pick(ASSETS), amount: rng.logInt(200_00, 900_000_00), html: noise.has('html') && rng.chance(0.2),
  }));
  const recommendations = rng.chance(0.35) ? [] : Array.from({ length: rng.int(1, 6) }, () => ({
    number: `${rng.pick(['DNAI', 'DNA7', 'DPP', 'DR1', 'DNA3'])}-${String(rng.int(1, 120)).padStart(4, '0')}-${rng.int(ctx.year - 5, ctx.year)}`,
    compliance: rng.chance(0.6) ? 'S/N' : `Oficio Nro. ${String(rng.int(100, 9999))}-${ctx.year + 1}`,
    pct: rng.int(0, 20) * 500, obs: rng.pick(PROSE.observations), html: noise.has('html') && rng.chance(0.25),
  }));

  let dropped: string | null = null;
  if (noise.has('missing_section')) {
    dropped = rng.pick(['disposals', 'recommendations', 'procurement', 'deliberation']);
    entries.push({ kind: 'missing_section', flag: 'fragment', dataset: 'reports', field: null, lines: [], note: `section ${dropped} left out` });
  }
  const skipped = rng.chance(0.1) ? rng.pick(['media', 'transparency', 'coverage', 'previous_input']) : null;

  if (noise.has('html')) entries.push({ kind: 'html', flag: null, dataset: null, field: null, lines: [] });
  return {
    number: String(rng.int(1000, 99999)), goals, goalsTotal, lines, totalRow, summary, procurement: buildProcurement(ctx, linesSum.planned),
    disposals, recommendations, deliberation, coverage, noise: entries, dropped, skipped,
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering

const FUNCTION_LABEL: Record<string, string> = {
  ejecutiva: 'FUNCIÓN EJECUTIVA', legislativa: 'FUNCIÓN LEGISLATIVA', judicial: 'FUNCIÓN JUDICIAL', electoral: 'FUNCIÓN ELECTORAL',
  'transparencia y control social': 'FUNCIÓN DE TRANSPARENCIA Y CONTROL SOCIAL', gad: 'GOBIERNOS AUTÓNOMOS DESCENTRALIZADOS',
};
const TYPE_LABEL: Record<string, string> = {
  national: 'UDAF', provincial_office: 'EOD', district: 'EOD', gad_provincial: 'GAD PROVINCIAL', gad_municipal: 'GAD MUNICIPAL',
  gad_parroquial: 'GAD PARROQUIAL RURAL', municipal_entity: 'ENTIDAD ADSCRITA', zonal: 'EOD', municipal_area: 'EOD',
};

interface Writer {
  doc: Doc;
  ctx: GenContext;
  model: Model;
  domain: string;
  truth: Generated['truth'];
  htmlLines: number[];
}

function heading(w: Writer, text: string): void {
  w.doc.line(text);
  w.doc.blank();
}

function lnk(w: Writer, path = 'transparencia'): string {
  return link(w.ctx.rng, w.domain, path);
}

function writeHeader(w: Writer): void {
  const { doc, ctx, model } = w;
  const { inst } = ctx;
  doc.blank(2);
  doc.line(`INFORME DE RENDICIÓN DE CUENTAS No ${model.number}`);
  doc.blank();
  doc.line(`PERIODO ${ctx.year}`);
  doc.blank(3);
  heading(w, 'DATOS GENERALES');
  doc.row(['NOMBRE DE LA INSTITUCIÓN:', printedName(inst)]);
  doc.row(['RUC:', inst.ruc]);
  doc.row(['REPRESENTANTE LEGAL', person(ctx.rng)]);
  doc.row(['FUNCIÓN:', FUNCTION_LABEL[inst.function] ?? upper(inst.function)]);
  doc.row(['TIPO:', TYPE_LABEL[inst.family] ?? 'UDAF']);
  doc.row(['PERTENECE A:', upper(inst.parentName ?? inst.name)]);
  doc.blank();
}

function writeGadSections(w: Writer): void {
  const { doc, ctx } = w;
  const { rng } = ctx;
  heading(w, 'COMPETENCIAS EXCLUSIVAS:');
  doc.row(['COMPETENCIAS EXCLUSIVAS', 'PONGA SI O NO', 'DESCRIPCIÓN DE LA GESTIÓN', 'LINK AL MEDIO DE VERIFICACIÓN']);
  const comps = ['PLANIFICAR EL DESARROLLO TERRITORIAL Y FORMULAR LOS PLANES DE ORDENAMIENTO TERRITORIAL', 'PLANIFICAR, CONSTRUIR Y MANTENER LA VIALIDAD',
    'PRESTAR LOS SERVICIOS PÚBLICOS DE AGUA POTABLE Y ALCANTARILLADO', 'GESTIONAR LA COOPERACIÓN INTERNACIONAL', 'FOMENTAR LAS ACTIVIDADES PRODUCTIVAS'];
  for (const c of rng.sample(comps, rng.int(2, 5))) doc.row([c, 'SI', html(rng, sentence(rng)), lnk(w, 'competencias')]);
  doc.blank();
  heading(w, 'COMPETENCIAS CONCURRENTES:');
  doc.row(['COMPETENCIAS CONCURRENTES', 'PONGA SI O NO', 'DESCRIPCIÓN DE LA GESTIÓN', 'LINK AL MEDIO DE VERIFICACIÓN']);
  doc.row(['GESTIÓN DE RIESGOS', rng.chance(0.5) ? 'SI' : 'NO', rng.chance(0.5) ? sentence(rng) : 'S/N', rng.chance(0.5) ? lnk(w, 'riesgos') : 'NO APLICA']);
  doc.blank();
  heading(w, 'PRESUPUESTO PARTICIPATIVO:');
  doc.row(['SE HA IMPLEMENTADO PRESUPUESTO PARTICIPATIVO', 'PONGA SI O NO', 'MONTO ASIGNADO', 'LINK AL MEDIO DE VERIFICACIÓN']);
  doc.row([`PRESUPUESTO PARTICIPATIVO ${ctx.year}`, 'SI', cpccsUsd(rng.logInt(5_000, 2_000_000) * 100), lnk(w, 'presupuesto-participativo')]);
  doc.blank();
  heading(w, 'SISTEMA DE PARTICIPACIÓN CIUDADANA:');
  doc.line('EL GAD CUENTA CON UN SISTEMA DE PARTICIPACIÓN CIUDADANA CONFORMADO');
  doc.blank();
}

function writeCoverage(w: Writer): void {
  const { doc, model, truth } = w;
  heading(w, 'COBERTURA GEOGRÁFICA INSTITUCIONAL: UNIDAD ADMINISTRATIVA FINANCIERA');
  doc.row(['COBERTURA', 'NO. DE UNIDADES']);
  doc.row([model.coverage[0]!.level, 1]);
  doc.blank();
  heading(w, 'COBERTURA GEOGRÁFICA TERRITORIAL EODS:');
  doc.row(['COBERTURA', 'NO. DE UNIDADES', 'DESCRIPCIÓN DE LA COBERTURA']);
  doc.row(['-----------', '-----------------', '-----------------------------']);
  doc.blank();
  if (model.skipped === 'coverage') return;
  heading(w, 'COBERTURA GEOGRÁFICA INSTITUCIONAL: UNIDADES DE ATENCIÓN');
  doc.row(['Nivel', 'N° DE UNIDADES', 'N° DE USUARIOS', 'COBERTURA', 'GÉNERO', '', '', 'NACIONALIDADES O PUEBLOS', '', '', '', '', 'LINK AL MEDIO DE VERIFICACIÓN', '']);
  doc.row(['', '', '', '', 'MASCULINO', 'FEMENINO', 'GLBTI', 'MONTUBIO', 'MESTIZO', 'CHOLO', 'INDIGENA', 'AFROECUATORIANO', '', '']);
  for (const c of model.coverage) {
    doc.row([c.level, c.units, c.users, c.level, c.male, c.female, c.glbti, 0, 0, 0, 0, 0, 0, lnk(w, 'cobertura')]);
    truth.counts.coverage++;
  }
  doc.blank();
}

function policyRows(w: Writer): string[][] {
  const { rng } = w.ctx;
  const kinds = ['DISCAPACIDADES', 'GÉNERO', 'MOVILIDAD HUMANA', 'GENERACIONALES', 'INTERCULTURALES'];
  return kinds.map((k) => {
    if (rng.chance(0.3)) return [`IMPLEMENTACIÓN DE POLÍTICAS PÚBLICAS ${k === 'GENERACIONALES' || k === 'INTERCULTURALES' ? k : `DE ${k}`}`, 'NO', 'S/N', 'S/N', 'S/N'];
    return [
      `IMPLEMENTACIÓN DE POLÍTICAS PÚBLICAS ${k === 'GENERACIONALES' || k === 'INTERCULTURALES' ? k : `DE ${k}`}`, 'SI', rng.pick(PROSE.policies),
      rng.chance(0.6) ? html(rng, upper(paragraph(rng, 2, 8))) : upper(paragraph(rng, 1, 4)),
      rng.chance(0.5) ? html(rng, upper(paragraph(rng, 2, 6))) : upper(paragraph(rng, 1, 3)),
    ];
  });
}

function participationRows(w: Writer): string[][] {
  const { rng } = w.ctx;
  return ['AUDIENCIA PÚBLICA', 'CONSEJOS CONSULTIVOS', 'CONSEJOS CIUDADANOS SECTORIALES', 'DIÁLOGOS PERIÓDICOS DE DELIBERACIÓN', 'AGENDA PÚBLICA DE CONSULTA A LA CIUDADANÍA', 'OTROS']
    .map((m) => (rng.chance(0.4) ? [m, 'SI', String(rng.int(1, 45)), lnk(w, 'participacion')] : [m, 'NO', '0', 'NO APLICA']));
}

function socialControlRows(w: Writer): string[][] {
  const { rng } = w.ctx;
  return ['VEEDURÍAS CIUDADANAS', 'OBSERVATORIOS CIUDADANOS', 'DEFENSORÍAS COMUNITARIAS', 'COMITÉS DE USUARIOS DE SERVICIOS', 'OTROS']
    .map((m) => (rng.chance(0.2) ? [m, 'SI', String(rng.int(1, 6)), lnk(w, 'control-social')] : [m, 'NO', '0', 'NO APLICA']));
}

function planningRows(w: Writer): string[][] {
  return [
    ['SE HAN IMPLEMENTADO MECANISMOS DE PARTICIPACIÓN CIUDADANA PARA LA FORMULACIÓN DE POLÍTICAS Y PLANES INSTITUCIONALES', 'SI', lnk(w, 'planificacion')],
    ['SE COORDINA CON LAS INSTANCIAS DE PARTICIPACIÓN EXISTENTES EN EL TERRITORIO', w.ctx.rng.chance(0.7) ? 'SI' : 'NO', lnk(w, 'planificacion')],
  ];
}

function writeTable(w: Writer, title: string, header: string[], rows: string[][]): void {
  heading(w, title);
  w.doc.row(header);
  for (const r of rows) w.doc.row(r);
  w.doc.blank();
}

const POLICIES_HEADER = ['IMPLEMENTACIÓN DE POLÍTICAS PÚBLICAS PARA LA IGUALDAD', 'PONGA SI O NO', 'DESCRIBA LA POLÍTICA IMPLEMENTADA', 'DETALLE PRINCIPALES RESULTADOS OBTENIDOS', 'EXPLIQUE CÓMO APORTAR EL RESULTADO AL CUMPLIMIENTO DE LAS AGENDAS DE IGUALDAD'];
const PLANNING_HEADER = ['PLANIFICACIÓN PARTICIPATIVA', 'PONGA SI o NO', 'LINK AL MEDIO DE VERIFICACIÓN PUBLICADO EN LA PAG. WEB DE LA INSTITUCIÓN'];
const PARTICIPATION_HEADER = ['MECANISMOS DE PARTICIPACIÓN CIUDADANA', 'PONGA SI O NO', 'NÚMERO DE MECANISMOS IMPLEMENTADOS EN EL AÑO', LINK_HEADER_PAG];
const SOCIAL_HEADER = ['MECANISMOS DE CONTROL SOCIAL GENERADOS POR LA COMUNIDAD', 'PONGA SI o NO', 'NÚMERO DE MECANISMOS', LINK_HEADER_PAG];

function writeProcess(w: Writer): void {
  const { doc, ctx, model } = w;
  const { rng, year, inst } = ctx;
  const memo = inst.acronym && /^[A-Z]{2,}/.test(inst.acronym) ? inst.acronym.split(' ')[0]! : null;
  const memoRef = () => (memo ? `Memorando Nro. ${memo}-${rng.pick(['DPGE', 'CGPGE', 'DA', 'DPYS', 'CGAF'])}-${year + 1}-${String(rng.int(1, 2999)).padStart(4, '0')}-M - ` : '');
  const steps: [string, string][] = [
    ['FASE 0', 'CONFORMACIÓN DEL EQUIPO DE RENDICIÓN DE CUENTAS'],
    ['FASE 0', 'DISEÑO DE LA PROPUESTA DEL PROCESO DE RENDICIÓN DE CUENTAS'],
    ['FASE 1', 'EVALUACIÓN DE LA GESTIÓN INSTITUCIONAL:'],
    ['FASE 1', 'LLENADO DEL FORMULARIO DE INFORME DE RENDICIÓN DE CUENTAS ESTABLECIDO POR EL CPCCS'],
    ['FASE 1', 'REDACCIÓN DEL INFORME DE RENDICIÓN DE CUENTAS'],
    ['FASE 1', 'SOCIALIZACIÓN INTERNA Y APROBACIÓN DEL INFORME DE RENDICIÓN DE CUENTAS POR PARTE DE LOS RESPONSABLES'],
    ['FASE 2', 'DIFUSIÓN DEL INFORME DE RENDICIÓN DE CUENTAS A TRAVÉS DE DISTINTOS MEDIOS'],
    ['FASE 2', 'PLANIFICACIÓN DE LOS EVENTOS PARTICIPATIVOS'],
    ['FASE 2', 'REALIZACIÓN DEL EVENTO DE RENDICIÓN DE CUENTAS A LA CIUDADANÍA'],
    ['FASE 2', 'RINDIÓ CUENTAS A LA CIUDADANÍA EN LA PLAZO ESTABLECIDO'],
    ['FASE 2', 'INCORPORACIÓN DE LOS APORTES CIUDADANOS EN EL INFORME DE RENDICIÓN DE CUENTAS'],
    ['FASE 3', 'ENTREGA DEL INFORME DE RENDICIÓN DE CUENTAS AL CPCCS, A TRAVÉS DEL INGRESO DEL INFORME EN EL SISTEMA VIRTUAL'],
  ];
  heading(w, 'PROCESO DE RENDICIÓN DE CUENTAS:');
  doc.row(['FASE', 'PASOS DEL PROCESO DE RENDICIÓN DE CUENTAS', 'PONGA SI o NO', 'DESCRIBA LA EJECUCIÓN DE LOS PASOS', LINK_HEADER_PAG]);
  const d = model.deliberation;
  for (const [phase, step] of steps) {
    if (rng.chance(0.1)) {
      doc.row([phase, step, 'NO', 'S/N', 'NO APLICA']);
      continue;
    }
    const text = /REALIZACIÓN DEL EVENTO|RINDIÓ CUENTAS/.test(step)
      ? `Se realizó la deliberación pública de Rendición de Cuentas ${year} el ${dmy(d.day, d.month, year + 1)}. ${sentence(rng)}`
      : `${memoRef()}${rng.pick(['Informe de Rendición de Cuentas', 'Acta de Reunión Rendición de Cuentas', 'Plan de trabajo Rendición de Cuentas'])} ${year}. ${rng.chance(0.5) ? paragraph(rng, 1, 4) : ''}`.trim();
    doc.row([phase, step, 'SI', text, `https://www.${w.domain}/rendicion-de-cuentas-${year}/`]);
  }
  doc.blank();
  if (rng.chance(0.5)) {
    doc.row(['DESCRIBA LOS PRINCIPALES APORTES CIUDADANOS RECIBIDOS:', upper(paragraph(rng, 1, 3))]);
    doc.row(['--', '--']);
  } else {
    doc.line('DESCRIBA LOS PRINCIPALES APORTES CIUDADANOS RECIBIDOS: NO SE RECIBIERON APORTES CIUDADANOS');
  }
  doc.blank();
}

function writeDeliberation(w: Writer): void {
  const { doc, model, ctx, truth } = w;
  if (model.dropped === 'deliberation') return;
  const d = model.deliberation;
  heading(w, 'DATOS DE LA DELIBERACIÓN PÚBLICA Y EVALUACIÓN CIUDADANA DE RENDICIÓN DE CUENTAS:');
  doc.row(['FECHA EN QUE SE REALIZÓ LA RENDICIÓN DE CUENTAS ANTE LA CIUDADANÍA:', 'N° DE USUARIOS', 'NO. DE USUARIOS POR GÉNERO', '', '', 'NO. DE USUARIOS POR PUEBLOS Y NACIONALIDADES', '', '', '', '']);
  doc.row(['', '', 'MASCULINO', 'FEMENINO', 'GLBTI', 'MONTUBIO', 'MESTIZO', 'CHOLO', 'INDIGENA', 'AFROECUATORIANO']);
  const date = dmy(d.day, d.month, ctx.year + 1);
  const line = doc.row([date, d.attendees, d.male, d.female, d.glbti, ...d.nations]);
  truth.deliberation = { line, date: `${ctx.year + 1}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, attendees: d.attendees };
  truth.counts.deliberations = 1;
  const mismatch = model.noise.find((n) => n.kind === 'attendees_mismatch');
  if (mismatch) mismatch.lines.push(line);
  doc.blank();
}

function writeMiddle(w: Writer): void {
  const { doc, ctx, model } = w;
  const { rng } = ctx;
  if (model.skipped !== 'previous_input') {
    heading(w, 'INCORPORACIÓN DE LOS APORTES CIUDADANOS DE LA RENDICIÓN DE CUENTAS DEL AÑO ANTERIOR EN LA GESTIÓN INSTITUCIONAL:');
    doc.row(['DESCRIBA LOS COMPROMISOS ASUMIDOS CON LA COMUNIDAD', 'SE INCORPORÓ EL APORTE CIUDADANO EN LA GESTIÓN INSTITUCIONAL? (PONGA SI O NO)', 'PORCENTAJE DE AVANCES DE CUMPLIMIENTO', 'DESCRIPCIÓN DE RESULTADOS', 'LINK AL MEDIO DE VERIFICACIÓN']);
    doc.row(rng.chance(0.5) ? ['NO SE RECIBIERON APORTES CIUDADANOS', 'NO', '0', '', 'NO APLICA'] : [paragraph(rng, 1, 2), 'SI', String(rng.int(10, 100)), sentence(rng), lnk(w, 'aportes')]);
    doc.blank();
  }
  if (model.skipped !== 'media') {
    heading(w, 'DIFUSIÓN Y COMUNICACIÓN DE LA GESTIÓN INSTITUCIONAL:');
    doc.row(['MEDIOS DE VERIFICACIÓN', 'No. DE MEDIOS', 'PORCENTAJE DEL PPTO. DEL PAUTAJE QUE SE DESTINO A MEDIOS LOCALES Y REGIONALES', 'PORCENTAJE DEL PPTO. DEL PAUTAJE QUE SE DESTINO A MEDIOS NACIONALES', 'PORCENTAJE DEL PPTO. DEL PAUTAJE QUE SE DESTINO A MEDIOS INTERNACIONALES', LINK_HEADER, 'NOMBRE DE LA RADIO', 'MONTO', 'MINUTOS']);
    for (const m of ['Radio', 'Prensa', 'Televisión', 'Medios digitales']) {
      if (rng.chance(0.2)) {
        const local = rng.int(0, 100) * 100;
        doc.row([m, rng.int(1, 6), pct(local, true), pct(10000 - local, true), pct(0, true), lnk(w, 'comunicacion'), '', '', '']);
      } else doc.row([m, 0, '0,00 %', '0,00 %', '0,00 %', 'NO APLICA', '', '', '']);
    }
    doc.blank();
  }
  if (model.skipped !== 'transparency') {
    heading(w, 'TRANSPARENCIA Y ACCESO A LA INFORMACIÓN DE LA GESTIÓN INSTITUCIONAL Y DE SU RENDICIÓN DE CUENTAS:');
    doc.row(['MECANISMOS ADOPTADOS', 'PONGA SI O NO', LINK_HEADER]);
    doc.row(['PUBLICACIÓN EN LA PÁG. WEB DE LOS CONTENIDOS ESTABLECIDOS EN EL ART. 19 DE LA LOTAIP', 'SI', `https://www.${w.domain}/transparencia/`]);
    doc.row(['PUBLICACIÓN EN LA PÁG. WEB DE LOS CONTENIDOS ESTABLECIDOS EN EL ART. 29 DE LA LOTAIP', 'SI', `https://www.${w.domain}/transparencia/`]);
    doc.blank();
  }
  heading(w, 'PLANIFICACIÓN: Se refiere a la articulación de políticas públicas:');
  doc.row(['LA INSTITUCIÓN TIENE ARTICULADO EL PLAN ESTRATÉGICO INSTITUCIONAL', 'PONGA SI O NO', LINK_HEADER]);
  doc.row(['LA INSTITUCIÓN TIENE ARTICULADAS SUS POA AL PLAN NACIONAL DE DESARROLLO', 'SI', `https://www.${w.domain}/transparencia/`]);
  doc.row(['EL POA ESTÁ ARTICULADO AL PLAN ESTRATÉGICO', rng.chance(0.85) ? 'SI' : 'NO', lnk(w, 'planificacion')]);
  doc.blank();
}

function writeGoals(w: Writer): void {
  const { doc, ctx, model, truth } = w;
  const { rng } = ctx;
  heading(w, 'CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA:');
  doc.row(['OBJETIVOS ESTRATEGICOS/COMPETENCIAS EXCLUSIVAS', 'META POA', '', 'INDICADOR DE LA META', 'RESULTADOS', '', rng.chance(0.5) ? '% CUMPLIMIENTO DE LA GESTION' : '% CUMPLIMIENTO DE LA GESTIÓN', 'DESCRIPCIÓN DE LA GESTIÓN POR META']);
  doc.row(['', 'NO. DE META', 'DESCRIPCIÓN', '', 'TOTALES PLANIFICADOS', 'TOTALES CUMPLIDOS', '', '']);
  for (const g of model.goals) {
    const plannedText = g.split.includes('planned') ? ocrSplit(decimal(g.planned), rng) : decimal(g.planned);
    const achievedText = g.split.includes('achieved') ? ocrSplit(decimal(g.achieved), rng) : decimal(g.achieved);
    const desc = g.html ? html(rng, g.desc) : g.desc;
    const values = [g.metaNo, desc, g.indicator, plannedText, achievedText, pct(g.pct, true), g.gestion];
    let line: number;
    if (g.sameLine) {
      if (rng.chance(0.5)) doc.blank();
      line = doc.row([g.objective, ...values]);
    } else {
      doc.row([g.objective, 'NO. DE META', 'DESCRIPCIÓN', '', 'TOTALES PLANIFICADOS', 'TOTALES CUMPLIDOS', '', '']);
      line = doc.row(['', ...values]);
    }
    truth.rows.goals.push([line, g.planned / 100, g.achieved / 100, g.pct / 100, null]);
    for (const field of g.split) {
      model.noise.push({ kind: 'ocr_split', flag: 'number_repaired', dataset: 'goals', field, lines: [line], note: field === 'planned' ? plannedText : achievedText });
    }
    if (g.html) w.htmlLines.push(line);
  }
  const totalLine = rng.chance(0.7)
    ? doc.row(['TOTAL % CUMPLIMIENTO DE LA GESTIÓN:', '', '', '', '', '', pct(model.goalsTotal, true), ''])
    : doc.row(['', 'TOTAL % CUMPLIMIENTO DE LA GESTIÓN:', '', '', '', '', pct(model.goalsTotal, true), '']);
  truth.goals_pct_reported = model.goalsTotal / 100;
  truth.goals_pct_reported_line = totalLine;
  truth.counts.goals = model.goals.length;
  model.noise.find((n) => n.kind === 'goals_total_mismatch')?.lines.push(totalLine);
  doc.blank();
}

function writeBudget(w: Writer): void {
  const { doc, ctx, model, truth } = w;
  const { rng } = ctx;
  heading(w, 'CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA:');
  doc.row(['TIPO', 'DESCRIPCIÓN', 'PRESUPUESTO PLANIFICADO', 'PRESUPUESTO EJECUTADO', '% CUMPLIMIENTO DE LA GESTIÓN', LINK_HEADER]);
  const budgetLink = `${lnk(w, 'presupuesto')}${rng.chance(0.5) ? ` ${lnk(w, 'presupuesto')}` : ''}`;
  for (const l of model.lines) {
    const p = pctHundredths(l.executed, l.planned);
    const plannedText = l.split === 'planned' ? ocrSplit(cpccsUsd(l.planned), rng, '\\$') : cpccsUsd(l.planned);
    const executedText = l.split === 'executed' ? ocrSplit(cpccsUsd(l.executed), rng, '\\$') : cpccsUsd(l.executed);
    const line = doc.row([l.type, l.category, plannedText, executedText, l.garbled ? '00,00 %' : pct(p, true), budgetLink]);
    truth.rows.budget_lines.push([line, l.planned, l.executed, l.garbled ? null : p / 100]);
    if (l.split) model.noise.push({ kind: 'ocr_split', flag: 'number_repaired', dataset: 'budget_lines', field: l.split, lines: [line], note: l.split === 'planned' ? plannedText : executedText });
    if (l.garbled) model.noise.push({ kind: 'garbled_pct', flag: 'value_suspicious', dataset: 'budget_lines', field: 'pct_reported', lines: [line], note: '00,00 %' });
  }
  const t = model.totalRow;
  const totalLine = doc.row(['Total', 'TOTAL % CUMPLIMIENTO DE LA GESTIÓN:', cpccsUsd(t.planned), cpccsUsd(t.executed), pct(pctHundredths(t.executed, t.planned), true), '']);
  model.noise.find((n) => n.kind === 'total_row_mismatch')?.lines.push(totalLine);
  truth.counts.budget_lines = model.lines.length;
  truth.budget.lines_planned_cents = sum(model.lines.map((l) => l.planned));
  truth.budget.lines_executed_cents = sum(model.lines.map((l) => l.executed));
  truth.budget.total_row_planned_cents = t.planned;
  truth.budget.total_row_executed_cents = t.executed;
  doc.blank();

  heading(w, 'PRESUPUESTO INSTITUCIONAL:');
  doc.row(['TOTAL DE PRESUPUESTO INSTITUCIONAL CODIFICADO', 'GASTO CORRIENTE PLANIFICADO', 'GASTO CORRIENTE EJECUTADO', 'GASTO DE INVERSIÓN PLANIFICADO', 'GASTO DE INVERSIÓN EJECUTADO', '% EJECUCIÓN PRESUPUESTARIA']);
  const s = model.summary;
  const executed = s.currentExecuted + s.investmentExecuted;
  const summaryLine = doc.row([cpccsUsd(s.planned), cpccsUsd(s.currentPlanned), cpccsUsd(s.currentExecuted), cpccsUsd(s.investmentPlanned), cpccsUsd(s.investmentExecuted), pct(pctHundredths(executed, s.planned), true)]);
  for (const n of model.noise) if (n.kind === 'summary_mismatch' || n.kind === 'summary_parts_mismatch') n.lines.push(summaryLine);
  truth.budget.summary_planned_cents = s.planned;
  truth.budget.summary_executed_cents = executed;
  doc.blank();
}

function writeProcurement(w: Writer): void {
  const { doc, model, truth } = w;
  if (model.dropped === 'procurement') return;
  heading(w, 'PROCESOS DE CONTRATACIÓN Y COMPRAS PÚBLICAS DE BIENES Y SERVICIOS:');
  doc.row(['TIPO DE CONTRATACIÓN', 'ESTADO ACTUAL', '', '', '', LINK_HEADER]);
  doc.row(['', ...PROC_HEADER, '']);
  const href = lnk(w, 'transparencia');
  let previousTwo = false;
  for (const p of model.procurement) {
    const values = [p.awardedCount, cpccsUsd(p.awarded), p.finalizedCount, cpccsUsd(p.finalized), href];
    let line: number;
    if (p.twoLines) {
      if (!previousTwo) doc.blank();
      doc.row([p.name, ...PROC_HEADER, '']);
      line = doc.row(['', ...values]);
    } else {
      line = doc.row([p.name, ...values]);
    }
    previousTwo = p.twoLines;
    truth.rows.procurement.push([line, p.name, p.awardedCount, p.awarded, p.finalizedCount, p.finalized]);
  }
  truth.counts.procurement = model.procurement.length;
  doc.blank();
}

function writeDisposals(w: Writer): void {
  const { doc, model, ctx, truth } = w;
  if (model.dropped === 'disposals') return;
  heading(w, 'ENAJENACIÓN, DONACIONES Y EXPROPIACIONES DE BIENES:');
  doc.row(['TIPO', 'BIEN', 'VALOR TOTAL', LINK_HEADER_PAG]);
  if (model.disposals.length === 0) doc.row(['NINGUNA', 'NO APLICA', cpccsUsd(0), 'NO APLICA']);
  for (const d of model.disposals) {
    const line = doc.row([d.kind, d.html ? html(ctx.rng, d.asset) : d.asset, cpccsUsd(d.amount), lnk(w, 'bienes')]);
    if (d.html) w.htmlLines.push(line);
  }
  truth.counts.disposals = model.disposals.length;
  doc.blank();
}

function writeRecommendations(w: Writer): void {
  const { doc, model, ctx, truth } = w;
  if (model.dropped === 'recommendations') return;
  heading(w, 'INCORPORACIÓN DE RECOMENDACIONES Y DICTÁMENES POR PARTE DE LAS ENTIDADES DE LA FUNCIÓN DE TRANSPARENCIA Y CONTROL SOCIAL Y LA PROCURADURÍA GENERAL DEL ESTADO:');
  doc.row(['ENTIDAD QUE RECOMIENDA', 'Nº. DE INFORME DE LA ENTIDAD QUE RECOMIENDA', 'Nº. DE INFORME DE CUMPLIMIENTO', '% DE CUMPLIMIENTO DE LAS RECOMENDACIONES', 'OBSERVACIONES', LINK_HEADER]);
  if (model.recommendations.length === 0) doc.row(['NINGUNA', 'NO APLICA', 'NO APLICA', '0,00 %', 'NO APLICA', 'NO APLICA']);
  // Complete forms link the Contraloría's site; fragments only their own (as the bundled fragment).
  const href = truth.variant === 'complete' && ctx.rng.chance(0.5) ? 'http://www.contraloria.gob.ec/NoEncontrado' : lnk(w, 'contraloria');
  for (const r of model.recommendations) {
    const line = doc.row(['CONTRALORÍA GENERAL DEL ESTADO', r.number, r.compliance, pct(r.pct, true), r.html ? html(ctx.rng, r.obs) : r.obs, href]);
    if (r.html) w.htmlLines.push(line);
  }
  truth.counts.recommendations = model.recommendations.length;
}

/** Generates one CPCCS form (complete, or a fragment that starts mid-table). */
export function generateCpccs(ctx: GenContext, variant: 'complete' | 'fragment'): Generated {
  const model = buildModel(ctx, variant);
  const truth: Generated['truth'] = {
    format: 'cpccs-rendicion', variant, year: ctx.year,
    institution: { id: ctx.inst.id, name: ctx.inst.name, ruc: ctx.inst.ruc },
    complete: variant === 'complete' && model.dropped === null,
    report_number: variant === 'complete' ? model.number : null,
    counts: { budget_lines: 0, goals: 0, procurement: 0, disposals: 0, recommendations: 0, coverage: 0, deliberations: 0 },
    budget: { lines_planned_cents: null, lines_executed_cents: null, total_row_planned_cents: null, total_row_executed_cents: null, summary_planned_cents: null, summary_executed_cents: null },
    goals_pct_reported: null, goals_pct_reported_line: null, deliberation: null, noise: model.noise, rows: { budget_lines: [], goals: [], procurement: [] },
  };
  const w: Writer = { doc: new Doc(), ctx, model, domain: ctx.linkDomain ?? webDomain(ctx.inst, ctx.parent), truth, htmlLines: [] };
  const { doc } = w;
  const { rng } = ctx;

  if (variant === 'complete') {
    writeHeader(w);
    if (gadFamily(ctx.inst) && rng.chance(0.7)) writeGadSections(w);
    writeCoverage(w);
    writeTable(w, 'IMPLEMENTACIÓN DE POLÍTICAS PÚBLICAS PARA LA IGUALDAD:', POLICIES_HEADER, policyRows(w));
    writeTable(w, 'PLANIFICACIÓN PARTICIPATIVA:', PLANNING_HEADER, planningRows(w));
    writeTable(w, 'MECANISMOS DE PARTICIPACIÓN CIUDADANA:', PARTICIPATION_HEADER, participationRows(w));
    writeTable(w, 'MECANISMOS DE CONTROL SOCIAL:', SOCIAL_HEADER, socialControlRows(w));
    writeProcess(w);
  } else {
    // The first pages are missing: the text starts with the last rows of a table.
    doc.blank(2);
    const cut = rng.pick(['participation', 'social_control', 'process'] as const);
    const tail = cut === 'participation' ? planningRows(w) : cut === 'social_control' ? participationRows(w) : socialControlRows(w);
    for (const r of tail.slice(-rng.int(1, Math.min(3, tail.length)))) doc.row(r);
    if (rng.chance(0.6)) doc.row(tail[0]!.map((c) => '-'.repeat(Math.min(11, Math.max(2, c.length)))));
    doc.blank();
    if (cut === 'participation') writeTable(w, 'MECANISMOS DE PARTICIPACIÓN CIUDADANA:', PARTICIPATION_HEADER, participationRows(w));
    if (cut !== 'process') writeTable(w, 'MECANISMOS DE CONTROL SOCIAL:', SOCIAL_HEADER, socialControlRows(w));
    writeProcess(w);
  }
  writeDeliberation(w);
  writeMiddle(w);
  writeGoals(w);
  writeBudget(w);
  writeProcurement(w);
  writeDisposals(w);
  writeRecommendations(w);

  const htmlEntry = model.noise.find((n) => n.kind === 'html');
  if (htmlEntry) htmlEntry.lines.push(...w.htmlLines.sort((a, b) => a - b));
  if (variant === 'fragment') truth.complete = false;
  // A noise whose section was left out (attendees of a dropped deliberation...) raises nothing.
  truth.noise = model.noise.filter((n) => n.flag === null || n.lines.length > 0 || n.kind === 'missing_section');
  return { text: doc.text(), truth };
}
