/**
 * Synthetic municipal "INFORME DE GESTIÓN <year> – POR SECTOR" reports, in the layout of
 * data/reports/2021-quito-az-manuela-saenz-informe-de-gestion.txt:
 *
 *   INFORME DE GESTIÓN 2022 – POR SECTOR / the parent body over one or two lines
 *   1. PRINCIPALES RESULTADOS 2022
 *   1.1. PROGRAMA 1: ...  →  1.1.1. Proyecto 1: ...  →  1.1.1.1. Ejecución presupuestaria.
 *   PROYECTO 1: ...<TAB> / Presupuesto codificado 2022:<TAB>USD 5.500,00 / Presupuesto devengado /
 *   % Ejecución presupuestaria  →  1.1.1.2. Cumplimiento de metas.
 *   Meta 1:<TAB>... / Unidad de medida / Indicador / Valor programado / Valor ejecutado / % de avance /
 *   Entidad(es) ejecutora(s) / Descripción de los resultados (HTML) / PMDOT objective, goal,
 *   contribution / Fotografías
 *   1.n. CONCLUSIONES, RECOMENDACIONES ... Principales retos ... signatures.
 *
 * Page breaks (blank-line runs) fall inside blocks, even between two fields of a goal, and a
 * results description may continue on a later line with an empty key, as in the bundled report.
 * The report names a zonal administration only in its prose ("de la Administración Zonal
 * Calderón, ..."); municipal secretariats are identified by the domain of their photo links.
 *
 * Noise (truth lists the expected flag): ocr_split (a money figure with a space in its digits,
 * confirmed by the printed %) → number_repaired; na_value ("Valor ejecutado: N/A" and
 * "% de avance: N/A") → value_missing ×2; garbled_pct ("00,00%" for a goal with nothing done)
 * → value_suspicious; html in the goal text; ungrouped money ("USD 4884,15", no flag).
 */
import { executionRatio, html, link, paragraph, person, sentence, splitExact, upper, webDomain, yearBudget } from './common.ts';
import { gestionUsd, hundredths, ocrSplit, pct, pctHundredths, sum } from './format.ts';
import type { Rng } from './prng.ts';
import { Doc, type BudgetRow, type GenContext, type Generated, type GoalRow, type NoiseEntry, type NoiseKind, type ReportTruth } from './types.ts';
import { GENERIC_WORDS, PROSE, sectorWords } from './vocab.ts';

export const GESTION_NOISE: readonly (readonly [NoiseKind, number])[] = [
  ['ocr_split', 0.15], ['na_value', 0.15], ['garbled_pct', 0.1], ['html', 0.3], ['ungrouped_money', 0.4],
];

const PROGRAMS = ['SEGURA', 'SOLIDARIA', 'VERDE', 'PRODUCTIVA', 'PARTICIPATIVA', 'CONECTADA', 'SALUDABLE', 'DE OPORTUNIDADES', 'SIN MIEDO', 'INCLUYENTE'];
const PMDOT_OBJECTIVES = [
  'OE1. Garantizar una movilidad sostenible, eficiente y segura.',
  'OE2. Promover una ciudad productiva, innovadora y competitiva.',
  'OE3. Consolidar una ciudad verde y resiliente frente al cambio climático.',
  'OE4. Fortalecer la gobernanza democrática y la participación ciudadana.',
  'OE5. Impulsar el desarrollo cultural y la recuperación del patrimonio.',
  'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.',
];

interface GoalModel {
  text: string;
  unitOfMeasure: string;
  indicator: string;
  /** Count unit printed after the values ("acciones"), "%" or none. */
  unit: string | null;
  planned: number; // hundredths
  achieved: number;
  na: boolean;
  garbled: boolean;
  html: boolean;
}

interface ProjectModel {
  name: string;
  planned: number; // cents
  executed: number;
  split: 'planned' | 'executed' | null;
  goals: GoalModel[];
}

function valueText(h: number, unit: string | null): string {
  const n = h % 100 === 0 ? (h >= 100_000 ? hundredths(h).replace(/,00$/, '') : String(h / 100)) : hundredths(h);
  if (unit === '%') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

function pctText(h: number): string {
  return h % 100 === 0 ? `${h / 100}%` : pct(h, false);
}

function goalModel(rng: Rng, ctx: GenContext): GoalModel {
  const w = sectorWords(ctx.inst.sector);
  const isPct = rng.chance(0.25);
  const countUnit = rng.pick(w.units);
  const planned = isPct ? rng.int(50, 100) * 100 : rng.logInt(1, 2500) * 100;
  const r = rng.float();
  const ratio = r < 0.08 ? 0 : r < 0.6 ? 1 : r < 0.7 ? 1 + rng.float() * 0.5 : 0.4 + rng.float() * 0.6;
  const achieved = Math.round((planned * ratio) / 100) * 100;
  const action = rng.pick(['IMPLEMENTAR', 'EJECUTAR', 'REALIZAR', 'ATENDER', 'INTERVENIR CON', 'ENTREGAR']);
  const indicator = isPct ? `Porcentaje de ${rng.pick(w.percents)}` : `Número de ${countUnit}`;
  return {
    text: isPct
      ? `ALCANZAR EL ${planned / 100}% DE ${upper(rng.pick(w.percents))}`
      : `${action} ${planned / 100} ${upper(countUnit)} PARA ${rng.pick(['MEJORAR', 'FORTALECER', 'AMPLIAR', 'GARANTIZAR'])} ${upper(rng.pick(w.objects))}`,
    unitOfMeasure: isPct ? indicator : `Número de ${countUnit} de ${rng.pick(w.goals).toLowerCase()}`,
    indicator: rng.chance(0.5) ? indicator : `Número de ${rng.pick(['actividades', 'acciones', 'eventos', 'intervenciones'])}`,
    unit: isPct ? '%' : rng.chance(0.6) ? countUnit : null,
    planned, achieved, na: false, garbled: false, html: false,
  };
}

/** Generates one municipal informe de gestión. */
export function generateGestion(ctx: GenContext): Generated {
  const { rng, inst, year } = ctx;
  const noise = new Set<NoiseKind>(GESTION_NOISE.map(([k]) => k).filter((k) => ctx.forced.includes(k) || rng.chance(GESTION_NOISE.find(([x]) => x === k)![1])));
  const w = sectorWords(inst.sector);
  const city = inst.city ?? 'Quito';
  const zonal = inst.family === 'zonal';
  const domain = zonal ? null : webDomain(inst, ctx.parent);

  // Programs, projects, goals.
  const nPrograms = rng.int(1, 3);
  const projectNames = rng.shuffle([...w.projects, ...sectorWords('territorial').projects, ...GENERIC_WORDS.projects]);
  const programs: { name: string; projects: ProjectModel[] }[] = [];
  const budget = Math.round(yearBudget(rng, inst) * (0.05 + rng.float() * 0.3));
  const allProjects: ProjectModel[] = [];
  for (let p = 0; p < nPrograms && projectNames.length > 0; p++) {
    const projects: ProjectModel[] = [];
    for (let q = rng.int(1, 3); q > 0 && projectNames.length > 0; q--) {
      const goals = Array.from({ length: rng.int(1, 4) }, () => goalModel(rng, ctx));
      projects.push({ name: upper(projectNames.pop()!), planned: 0, executed: 0, split: null, goals });
    }
    programs.push({ name: `${upper(city)} ${rng.pick(PROGRAMS)}`, projects });
    allProjects.push(...projects);
  }
  const parts = splitExact(budget, allProjects.map(() => 0.2 + rng.float()));
  allProjects.forEach((pr, i) => {
    pr.planned = Math.max(parts[i]!, 100_00);
    pr.executed = Math.round(pr.planned * Math.min(1, executionRatio(rng)));
  });
  const allGoals = allProjects.flatMap((p) => p.goals);
  if (noise.has('ocr_split')) {
    const pr = rng.pick(allProjects);
    pr.split = pr.executed > 0 && rng.chance(0.5) ? 'executed' : 'planned';
  }
  if (noise.has('na_value')) rng.pick(allGoals).na = true;
  if (noise.has('garbled_pct')) {
    const g = rng.pick(allGoals.filter((x) => !x.na).length ? allGoals.filter((x) => !x.na) : allGoals);
    if (!g.na) {
      g.achieved = 0;
      g.garbled = true;
    }
  }
  if (noise.has('html')) for (const g of allGoals) g.html = rng.chance(0.3);
  const grouped = !noise.has('ungrouped_money');

  // Rendering.
  const doc = new Doc();
  const truthRows = { budget_lines: [] as BudgetRow[], goals: [] as GoalRow[] };
  const entries: NoiseEntry[] = [];
  const htmlLines: number[] = [];
  doc.blank(rng.int(2, 4));
  doc.line(`INFORME DE GESTIÓN ${year} – POR SECTOR`);
  if (zonal && city === 'Quito') {
    doc.line('SECRETARÍA GENERAL DE COORDINACIÓN TERRITORIAL Y');
    doc.line('PARTICIPACIÓN CIUDADANA');
  } else if (zonal) {
    doc.line('DIRECCIÓN GENERAL DE COORDINACIÓN TERRITORIAL DEL');
    doc.line(`GOBIERNO AUTÓNOMO DESCENTRALIZADO MUNICIPAL DE ${upper(city)}`);
  } else {
    doc.line(upper(inst.name.replace(/ del Distrito Metropolitano de Quito$/, '')));
  }
  doc.blank();
  doc.line(`1. PRINCIPALES RESULTADOS ${year}`);
  doc.blank();
  const unitName = zonal ? `UNIDAD DE ${rng.pick(['SEGURIDAD CIUDADANA', 'GESTIÓN PARTICIPATIVA', 'TERRITORIO Y VIVIENDA', 'CULTURA', 'GESTIÓN DE RIESGOS', 'INCLUSIÓN SOCIAL'])}` : upper(inst.name.split(' ').slice(0, 4).join(' '));
  programs.forEach((program, p) => {
    doc.line(`1.${p + 1}. PROGRAMA ${p + 1}: ${program.name}`);
    doc.blank();
    program.projects.forEach((pr, q) => {
      const n = `1.${p + 1}.${q + 1}`;
      doc.line(`${n}. Proyecto ${q + 1}: ${pr.name}.`);
      doc.blank();
      doc.line(`${n}.1. Ejecución presupuestaria.`);
      doc.blank();
      doc.row([`PROYECTO ${q + 1}: ${pr.name}`, '']);
      const plannedText = pr.split === 'planned' ? ocrSplit(gestionUsd(pr.planned, grouped), rng, 'USD ') : gestionUsd(pr.planned, grouped);
      const executedText = pr.split === 'executed' ? ocrSplit(gestionUsd(pr.executed, grouped), rng, 'USD ') : gestionUsd(pr.executed, grouped);
      const p100 = pctHundredths(pr.executed, pr.planned);
      const plannedLine = doc.row([`Presupuesto codificado ${year}:`, plannedText]);
      const executedLine = doc.row([`Presupuesto devengado ${year}:`, executedText]);
      doc.row([`% Ejecución presupuestaria ${year}:`, pct(p100, false)]);
      truthRows.budget_lines.push([plannedLine, pr.planned, pr.executed, p100 / 100]);
      if (pr.split) {
        entries.push({ kind: 'ocr_split', flag: 'number_repaired', dataset: 'budget_lines', field: pr.split, lines: [pr.split === 'planned' ? plannedLine : executedLine], note: pr.split === 'planned' ? plannedText : executedText });
      }
      doc.blank();
      doc.line(`${n}.2. Cumplimiento de metas.`);
      doc.blank();
      pr.goals.forEach((g, m) => {
        const goalLine = doc.row([`Meta ${m + 1}:`, g.html ? html(rng, g.text) : g.text]);
        if (g.html) htmlLines.push(goalLine);
        doc.row(['Unidad de medida de la meta:', g.unitOfMeasure]);
        doc.row(['Indicador de la meta:', g.indicator]);
        doc.row([`Valor programado ${year}:`, valueText(g.planned, g.unit)]);
        const achievedLine = doc.row([`Valor ejecutado ${year}:`, g.na ? 'N/A' : valueText(g.achieved, g.unit)]);
        const h = pctHundredths(g.achieved, g.planned);
        const pctLine = doc.row(['% de avance:', g.na ? 'N/A' : g.garbled ? '00,00%' : pctText(h)]);
        truthRows.goals.push([goalLine, g.planned / 100, g.na ? null : g.achieved / 100, g.na || g.garbled ? null : h / 100, null]);
        if (g.na) {
          entries.push({ kind: 'na_value', flag: 'value_missing', dataset: 'goals', field: 'achieved', lines: [achievedLine] });
          entries.push({ kind: 'na_value', flag: 'value_missing', dataset: 'goals', field: 'pct_reported', lines: [pctLine] });
        }
        if (g.garbled) entries.push({ kind: 'garbled_pct', flag: 'value_suspicious', dataset: 'goals', field: 'pct_reported', lines: [pctLine], note: '00,00%' });
        doc.row(['Entidad(es) ejecutora(s):', unitName]);
        const bullets = Array.from({ length: rng.int(1, 5) }, () => `• ${sentence(rng)}`).join('');
        doc.row(['Descripción de los resultados por meta:', `<ul style="list-style-type: none">${bullets}`]);
        if (rng.chance(0.3)) {
          doc.blank(3); // page break inside the goal block
          doc.row(['', `<ul style="list-style-type: none"> ${sentence(rng)}`]);
        }
        doc.row(['Objetivo del PMDOT 2021 – 2033 al que contribuye', rng.pick(PMDOT_OBJECTIVES)]);
        if (rng.chance(0.15)) doc.blank(3);
        doc.row(['Meta del PMDOT 2021 – 2033 al que contribuye', `Lograr que ${rng.int(10, 500)} ${rng.pick(['barrios', 'comunidades', 'parroquias', 'organizaciones sociales'])} del cantón ${city} ${rng.pick(['mejoren', 'fortalezcan', 'amplíen'])} ${rng.pick(w.objects)}, al 2023`]);
        doc.row(['Descripción de como aporta el cumplimiento de la meta y los resultado alcanzado al logro del PMDOT 2021 – 2033.', paragraph(rng, 1, 3)]);
        doc.row(['Fotografías (solo en caso de obras)', domain ? link(rng, domain, 'gestion') : rng.chance(0.5) ? 'NO APLICA' : '']);
        doc.blank();
      });
    });
  });
  const c = programs.length + 1;
  doc.line(`1.${c}. CONCLUSIONES, RECOMENDACIONES`);
  doc.blank();
  doc.line(`1.${c + 1}. Conclusiones`);
  doc.blank();
  const who = zonal ? `la ${upper(unitName.slice(0, 1))}${unitName.slice(1).toLowerCase()} de la ${inst.name}` : `la ${inst.name}`;
  const first = sentence(rng);
  doc.line(`- ✓ ${upper(who.slice(0, 1))}${who.slice(1)}, durante el año ${year}, ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
  for (let i = rng.int(1, 3); i > 0; i--) doc.line(`- ✓ ${sentence(rng)}`);
  doc.blank();
  doc.line(`1.${c + 2}. Recomendaciones`);
  doc.blank();
  for (let i = rng.int(1, 3); i > 0; i--) doc.line(`- ${rng.pick(PROSE.results).replace(/^./, (x) => x.toUpperCase())}.`);
  doc.blank();
  doc.line(`1.${c + 3}. Principales retos ${year + 1}`);
  doc.blank(rng.chance(0.5) ? 3 : 1);
  for (let i = rng.int(1, 3); i > 0; i--) doc.line(`- ${sentence(rng)}`);
  doc.blank();
  doc.row(['Acción', 'Nombre y Apellido', 'Cargo', 'Firma']);
  doc.row(['Elaborado por:', person(rng, false), `JEFE DE ${unitName}`, '']);
  const reviewer = person(rng, false);
  doc.row(['Revisado por:', reviewer, 'DIRECTOR DE GESTIÓN PARTICIPATIVA', '']);
  doc.row(['Aprobado por', reviewer, 'DIRECTOR DE GESTIÓN PARTICIPATIVA', '']);

  if (htmlLines.length) entries.push({ kind: 'html', flag: null, dataset: null, field: null, lines: htmlLines });
  if (!grouped) entries.push({ kind: 'ungrouped_money', flag: null, dataset: null, field: null, lines: [] });
  const plannedSum = sum(allProjects.map((p) => p.planned));
  const executedSum = sum(allProjects.map((p) => p.executed));
  const truth: Generated['truth'] = {
    format: 'informe-gestion', variant: 'complete', year, institution: { id: inst.id, name: inst.name, ruc: inst.ruc },
    complete: true, report_number: null,
    counts: { budget_lines: allProjects.length, goals: allGoals.length, procurement: 0, disposals: 0, recommendations: 0, coverage: 0, deliberations: 0 },
    budget: {
      lines_planned_cents: plannedSum, lines_executed_cents: executedSum, total_row_planned_cents: null, total_row_executed_cents: null,
      summary_planned_cents: plannedSum, summary_executed_cents: executedSum,
    },
    goals_pct_reported: null, goals_pct_reported_line: null, deliberation: null, noise: entries,
    rows: { budget_lines: truthRows.budget_lines, goals: truthRows.goals, procurement: [] },
  };
  return { text: doc.text(), truth };
}
