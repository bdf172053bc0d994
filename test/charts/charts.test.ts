/**
 * Chart builders: Observable-Plot-style snapshot tests plus behaviour assertions.
 *
 * Each snapshot is a named function; its name is its file: budgetLinesMinisterio →
 * test/charts/snapshots/budgetLinesMinisterio.svg. A missing snapshot is written and the test
 * FAILS unless UPDATE_SNAPSHOTS=1 (CI cannot pass silently on a missing file); a changed output
 * fails with a line diff, or rewrites the file with UPDATE_SNAPSHOTS=1. Data: see README.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  budgetLinesChart, budgetLinesHiddenText, goalsChart, goalsHiddenText, procurementChart, procurementHiddenText, rankingChart, timelineChart, trendChart,
  type BudgetLineRow, type GoalRow, type ProcurementRow, type RankingRow, type TimelineItem, type TrendPanel,
} from '../../src/charts/index.js';
import { textWidth } from '../../src/charts/text.js';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');

// ---------------------------------------------------------------------------------------------
// Data: Ministerio del Interior, informe de rendición de cuentas 2023
// (data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt).

/** CUMPLIMIENTO DE LA EJECUCIÓN PRESUPUESTARIA, lines 151–158 (planned / executed USD). */
const BUDGET: BudgetLineRow[] = [
  { label: 'Egresos en personal', planned: 14586155.85, executed: 14586155.85 },
  { label: 'Bienes y servicios de consumo', planned: 7496825.85, executed: 5183550.7 },
  { label: 'Otros egresos corrientes', planned: 1037983.98, executed: 264144.0 },
  { label: 'Egresos en personal para inversión', planned: 234501.52, executed: 196648.23 },
  { label: 'Bienes y servicios para inversión', planned: 32029586.58, executed: 3035281.0 },
  { label: 'Otros egresos de inversión', planned: 312915.17, executed: 0 },
  { label: 'Egresos de capital', planned: 22821556.73, executed: 8443778.7 },
  { label: 'Otros Pasivos', planned: 17990.55, executed: 17990.55 },
];

/** CUMPLIMIENTO DE LA EJECUCIÓN PROGRAMÁTICA, lines 124–145 (indicator, % reported). */
const GOALS: GoalRow[] = [
  { label: '1.1. NÚMERO DE ESTRATÉGIAS DE PREVENCIÓN FRENTE A LAS ALTERACIONES Y CONFLICTOS SOCIALES', pct: 100 },
  { label: '1.2. PORCENTAJE DE DOTACIÓN DE MEDIOS LOGÍSTICOS PARA LA POLICÍA NACIONAL', pct: 400 },
  {
    label: '1.3. NÚMERO DE ESTRATEGIAS IMPLEMENTADAS DE CORRESPONSABILIDAD PARTICIPATIVA PARA LA PROMOCIÓN DE UNA CULTURA DE PAZ Y PREVENCIÓN DE DELITOS Y VIOLENCIA',
    pct: 150,
  },
  { label: '2.1. PORCENTAJE DE TERRITORIOS EN RIESGO DE VIOLENCIA Y DELINCUENCIA INTERVENIDOS', pct: 0 },
  { label: '2.2. NÚMERO DE INSTRUMENTOS LOGÍSTICOS Y DE SEGURIDAD CIUDADANA POTENCIADOS', pct: 0 },
  { label: '2.3. NÚMERO DE PLANES LOCALES DE SEGURIDAD CIUDADANA GESTIONADOS', pct: 125 },
  { label: '3.1. PORCENTAJE DE SATISFACCIÓN DEL USUARIO EXTERNO', pct: 96.21 },
  { label: '3.2. CANTIDAD DE SUSTANCIAS CATALOGADAS SUJETAS A FISCALIZACIÓN DEPOSITADAS', pct: 164.85 },
  { label: '3.3. CANTIDAD DE INFRAESTRUCTURA POLICIAL ADECUADA EN SITIOS ESTRATÉGICOS', pct: 0 },
  { label: '4.1. NÚMERO DE PROCESOS SUSTANTIVOS LEVANTADOS Y/O ACTUALIZADOS', pct: 100 },
  { label: '4.2. NÚMERO DE INSTRUMENTOS DE GESTIÓN INSTITUCIONAL VALIDADOS', pct: 100 },
];

/** PROCESOS DE CONTRATACIÓN Y COMPRAS PÚBLICAS, lines 170–176, 179, 181 (count / USD). */
const PROCUREMENT: ProcurementRow[] = [
  ['CATÁLOGO ELECTRÓNICO', 7, 15666193.21, 1, 14794.25],
  ['CONSULTORÍA', 1, 22321.43, 0, 0],
  ['COTIZACIÓN', 4, 573425.14, 0, 0],
  ['ÍNFIMA CUANTÍA', 19, 71057.41, 1, 48360.57],
  ['LICITACIÓN', 1, 157246.22, 1, 157246.22],
  ['OTRAS', 2, 30.31, 0, 0],
  ['PRODUCCIÓN NACIONAL', 3, 0, 3, 0],
  ['RÉGIMEN ESPECIAL', 8, 4751559.55, 1, 48360.57],
  ['SUBASTA INVERSA ELECTRÓNICA', 5, 5235227.14, 0, 0],
].map(([label, awardedCount, awardedAmount, finalizedCount, finalizedAmount]) => ({
  label: label as string,
  awarded_count: awardedCount as number,
  awarded_amount: awardedAmount as number,
  finalized_count: finalizedCount as number,
  finalized_amount: finalizedAmount as number,
}));

/**
 * Budget execution across the bundled reports (caller-ranked): IESS fragment line 77 (91,13 %),
 * AZ Manuela Sáenz project 1 line 20 (88,80 %), Ministerio del Interior line 159 (40,40 %);
 * the CNE 2023 report publishes goals, not its budget execution → null.
 */
const RANKING: RankingRow[] = [
  { label: 'IESS – Unidad de Rendición de Cuentas (2023)', value: 91.13 },
  { label: 'Administración Zonal Manuela Sáenz – Proyecto 1 (2021)', value: 88.8 },
  { label: 'Ministerio del Interior (2023)', value: 40.4, highlight: true },
  { label: 'Consejo Nacional Electoral (2023)', value: null },
];

/** Planned budget totals (USD) of the same reports. */
const RANKING_USD: RankingRow[] = [
  { label: 'Ministerio del Interior (2023)', value: 78537516.23, highlight: true },
  { label: 'IESS – Unidad de Rendición de Cuentas (2023)', value: 18215009.19 },
  { label: 'Administración Zonal Manuela Sáenz – Proyecto 1 (2021)', value: 5500 },
];

/**
 * Plan de Acción de Gobierno Abierto 2019-2022 as its reviewed parse has it
 * (test/fixtures/ogp-plan/plan-2019-2022-completo.expected.json, checked line by line against the
 * plan in test/fixtures/ogp-plan/README.md): commitments with their dates (headings and «Fecha de
 * inicio y término del compromiso», lines 872–1164) and milestones with theirs.
 */
const PLAN = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/ogp-plan/plan-2019-2022-completo.expected.json'), 'utf8')) as {
  commitments: { number: number; title: string; start: string; end: string }[];
  milestones: { commitment_number: number; number: number; text: string; start: string; end: string }[];
};

/** The first two commitments (Datos Abiertos, lines 872–890 and 899–918) with their milestones. */
const TIMELINE: TimelineItem[] = PLAN.commitments.slice(0, 2).flatMap((c) => [
  { id: `c${c.number}`, kind: 'commitment' as const, group: 'Datos Abiertos', start: c.start, end: c.end, label: c.title },
  ...PLAN.milestones.filter((m) => m.commitment_number === c.number).map((m) => (
    { id: `c${c.number}-${m.number}`, kind: 'milestone' as const, group: `c${c.number}`, start: m.start, end: m.end, label: `Hito ${m.number}: ${m.text}` })),
]);

/** Commitments only. */
const COMMITMENTS: TimelineItem[] = PLAN.commitments
  .map(({ title: label, start, end }, i) => ({ id: `c${i + 1}`, kind: 'commitment' as const, group: null, label, start, end }));

const DESCRIPTION = 'Gráfico de barras. Cifras del informe de rendición de cuentas 2023 del Ministerio del Interior.';

// ---------------------------------------------------------------------------------------------
// Snapshot cases: the function name is the file name.

function budgetLinesMinisterio() {
  return budgetLinesChart(BUDGET, {
    ariaLabel: 'Presupuesto planificado y ejecutado por rubro, Ministerio del Interior 2023',
    ariaDescription: DESCRIPTION,
  });
}
function budgetLinesMinisterioPhone() {
  return budgetLinesChart(BUDGET, { width: 340, ariaLabel: 'Presupuesto por rubro, Ministerio del Interior 2023' });
}
function budgetLinesWithNulls() {
  return budgetLinesChart(
    [
      BUDGET[1]!,
      { label: 'Egresos de capital', planned: 22821556.73, executed: null },
      { label: 'Rubro sin cifras', planned: null, executed: null },
      { label: 'Otros Pasivos', planned: null, executed: 17990.55 },
    ],
    { width: 340, ariaLabel: 'Presupuesto con cifras faltantes' },
  );
}
function goalsMinisterioCapped() {
  return goalsChart(GOALS, {
    cap: 100,
    ariaLabel: 'Cumplimiento de metas, Ministerio del Interior 2023',
    ariaDescription: 'Once metas; tres en 0 %, una en 400 %.',
  });
}
function goalsMinisterioCappedPhone() {
  return goalsChart(GOALS, { cap: 100, width: 340, ariaLabel: 'Cumplimiento de metas, Ministerio del Interior 2023' });
}
function goalsMinisterioUncapped() {
  return goalsChart([...GOALS.slice(0, 4), { label: 'Meta sin cifra de cumplimiento', pct: null }], {
    ariaLabel: 'Cumplimiento de metas sin recorte',
  });
}
function procurementMinisterio() {
  return procurementChart(PROCUREMENT, {
    ariaLabel: 'Contratación pública por tipo de procedimiento, Ministerio del Interior 2023',
    ariaDescription: DESCRIPTION,
  });
}
function procurementMinisterioPhone() {
  return procurementChart(PROCUREMENT, { width: 340, ariaLabel: 'Contratación pública por tipo de procedimiento' });
}
function rankingBudgetExecution() {
  return rankingChart(RANKING, { unit: '%', reference: 100, axisLabel: '% del presupuesto ejecutado', ariaLabel: 'Ejecución presupuestaria por institución' });
}
function rankingBudgetExecutionPhone() {
  return rankingChart(RANKING, { unit: '%', reference: 100, width: 340, axisLabel: '% del presupuesto ejecutado', ariaLabel: 'Ejecución presupuestaria por institución' });
}
function rankingPlannedBudget() {
  return rankingChart(RANKING_USD, { unit: 'USD', ariaLabel: 'Presupuesto planificado por institución' });
}
function timelineGobiernoAbierto() {
  return timelineChart(TIMELINE, { ariaLabel: 'Cronograma de dos compromisos de datos abiertos y sus hitos' });
}
function timelineGobiernoAbiertoPhone() {
  return timelineChart(TIMELINE, { width: 340, ariaLabel: 'Cronograma de dos compromisos de datos abiertos y sus hitos' });
}
function timelineCommitments() {
  return timelineChart(COMMITMENTS, { ariaLabel: 'Compromisos del Plan de Acción de Gobierno Abierto 2019-2022' });
}

// Years side by side: test/fixtures/trends/README.md (figures read by hand, file and line there).
/** GAD Parroquial Rural de Luis Vargas Torres, 2022 (lines 179, 143–161, 185–188) and 2023 (178, 146–162, 184–192). */
const TREND_LVT: TrendPanel[] = [
  { title: 'Ejecución del presupuesto', unit: '%', points: [{ year: 2022, value: 73.89, change: null }, { year: 2023, value: 84.29, change: 10.4 }] },
  { title: 'Metas: promedio con tope de 100 %', unit: '%', points: [{ year: 2022, value: 97.77, change: null }, { year: 2023, value: 55.18, change: -42.59 }] },
  { title: 'Contratación adjudicada', unit: 'USD', points: [{ year: 2022, value: 251148.7, change: null }, { year: 2023, value: 284333.08, change: 33184.38 }] },
];
/** SPPAT, 2022 (lines 146, 122–130, 152) and 2023 (135, no goals, 141–147). */
const TREND_SPPAT: TrendPanel[] = [
  { title: 'Ejecución del presupuesto', unit: '%', points: [{ year: 2022, value: 84.77, change: null }, { year: 2023, value: 24.15, change: -60.62 }] },
  { title: 'Metas: promedio con tope de 100 %', unit: '%', points: [{ year: 2022, value: 97.05, change: null }, { year: 2023, value: null, change: null }] },
  { title: 'Contratación adjudicada', unit: 'USD', points: [{ year: 2022, value: 27467.56, change: null }, { year: 2023, value: 838217.87, change: 810750.31 }] },
];
function trendLuisVargasTorres() {
  return trendChart(TREND_LVT, { ariaLabel: 'Evolución por año', ariaDescription: 'La ejecución del presupuesto pasó de 73,89 % en 2022 a 84,29 % en 2023.' });
}
function trendLuisVargasTorresPhone() {
  return trendChart(TREND_LVT, { width: 340, ariaLabel: 'Evolución por año' });
}
function trendSppatWithoutGoals() {
  return trendChart(TREND_SPPAT, { width: 340, ariaLabel: 'Evolución por año' });
}
function emptyBudget() {
  return budgetLinesChart([], { width: 340, ariaLabel: 'Presupuesto' });
}

const CASES = [
  budgetLinesMinisterio, budgetLinesMinisterioPhone, budgetLinesWithNulls,
  goalsMinisterioCapped, goalsMinisterioCappedPhone, goalsMinisterioUncapped,
  procurementMinisterio, procurementMinisterioPhone,
  rankingBudgetExecution, rankingBudgetExecutionPhone, rankingPlannedBudget,
  timelineGobiernoAbierto, timelineGobiernoAbiertoPhone, timelineCommitments,
  trendLuisVargasTorres, trendLuisVargasTorresPhone, trendSppatWithoutGoals,
  emptyBudget,
];

function assertSnapshot(name: string, actual: string): void {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  if (!existsSync(file)) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    if (!update) throw new Error(`snapshot ${name}.svg was missing: written now; review it and re-run (or set UPDATE_SNAPSHOTS=1)`);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) return;
  if (update) {
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(expected);
}

describe('snapshots', () => {
  for (const fn of CASES) {
    it(fn.name, () => assertSnapshot(fn.name, fn()));
  }
});

// ---------------------------------------------------------------------------------------------
// Helpers to inspect an SVG.

function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg> element');
  return { document, root };
}

function texts(svg: string, selector = 'text'): string[] {
  const { document } = parse(svg);
  return [...document.querySelectorAll(selector)].map((t) => printedLines(t).join('\n'));
}

/** The lines a <text> prints: one per <tspan>, else its own text nodes (never its <title>). */
function printedLines(t: Element): string[] {
  const spans = [...t.querySelectorAll('tspan')];
  if (spans.length) return spans.map((s) => s.textContent ?? '');
  // linkedom may split "$15,7&#160;M" into several text nodes: concatenate them.
  return [[...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('')];
}

function translate(el: Element | null): [number, number] {
  const m = /translate\(([-\d.e]+)(?:[ ,]([-\d.e]+))?\)/.exec(el?.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

/** Right edge (px) of every start-anchored text inside `g.<className>`. */
function textRightEdges(svg: string, className: string): { text: string; right: number; bold: boolean }[] {
  const { document } = parse(svg);
  const out: { text: string; right: number; bold: boolean }[] = [];
  for (const g of document.querySelectorAll(`g.${className}`)) {
    const [gx] = translate(g);
    const bold = g.getAttribute('font-weight') === 'bold';
    for (const t of g.querySelectorAll('text')) {
      const [tx] = translate(t);
      for (const line of printedLines(t)) out.push({ text: line, right: gx + tx + textWidth(line, 12, bold), bold });
    }
  }
  return out;
}

const NB = '\u00a0';

// ---------------------------------------------------------------------------------------------
// Behaviour.

describe('every chart', () => {
  const outputs = CASES.map((fn) => [fn.name, fn()] as const);

  it('is a standalone accessible <svg> with a fixed class and 12 px text', () => {
    for (const [name, svg] of outputs) {
      expect(svg.startsWith('<svg'), name).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>'), name).toBe(true);
      expect(svg, name).not.toContain('<figure');
      const { root } = parse(svg);
      expect(root.getAttribute('role'), name).toBe('img');
      expect(root.getAttribute('aria-label'), name).toBeTruthy();
      expect(root.getAttribute('font-size'), name).toBe('12');
      expect(root.getAttribute('class'), name).toMatch(/^ca-chart-/);
      // No generated ids or class names (Plot's default is "plot-" + random hex).
      expect(svg, name).not.toMatch(/plot-[0-9a-f]{6}|plot-clip-|plot-marker-|plot-pattern-/);
      // No smaller font anywhere.
      for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1]), name).toBeGreaterThanOrEqual(12);
      expect(svg, name).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('is deterministic: two calls give byte-identical SVG', () => {
    for (const fn of CASES) expect(fn(), fn.name).toBe(fn());
    // Interleaving calls of different charts does not change anything either.
    const a = goalsMinisterioCapped();
    budgetLinesMinisterio();
    timelineGobiernoAbierto();
    expect(goalsMinisterioCapped()).toBe(a);
  });

  it('writes ariaDescription into <desc> and only when given', () => {
    const { document } = parse(budgetLinesMinisterio());
    expect(document.querySelector('svg > desc')?.textContent).toBe(DESCRIPTION);
    expect(budgetLinesMinisterioPhone()).not.toContain('<desc');
  });

  it('keeps value texts inside the SVG at 340 and 640 px', () => {
    const cases: [string, string, number][] = [
      ['budget 340', budgetLinesMinisterioPhone(), 340],
      ['budget 640', budgetLinesMinisterio(), 640],
      ['goals 340', goalsMinisterioCappedPhone(), 340],
      ['procurement 340', procurementMinisterioPhone(), 340],
      ['ranking 340', rankingBudgetExecutionPhone(), 340],
    ];
    for (const [name, svg, width] of cases) {
      const edges = ['ca-values', 'ca-values-highlight', 'ca-values-capped', 'ca-labels', 'ca-counts']
        .flatMap((c) => textRightEdges(svg, c));
      expect(edges.length, name).toBeGreaterThan(3);
      for (const e of edges) expect(e.right, `${name}: ${e.text}`).toBeLessThanOrEqual(width);
    }
  });
});

describe('empty input', () => {
  it('returns a valid SVG saying "Sin datos" for every chart', () => {
    const outputs = [
      budgetLinesChart([], { ariaLabel: 'a' }),
      goalsChart([], { ariaLabel: 'a', cap: 100 }),
      procurementChart([], { ariaLabel: 'a' }),
      rankingChart([], { ariaLabel: 'a', unit: '%' }),
      timelineChart([], { ariaLabel: 'a', ariaDescription: 'b' }),
    ];
    for (const svg of outputs) {
      const { root } = parse(svg);
      expect(root.getAttribute('role')).toBe('img');
      expect(root.getAttribute('viewBox')).toBe('0 0 640 80');
      expect(texts(svg)).toEqual(['Sin datos']);
    }
  });
});

describe('budgetLinesChart', () => {
  it('labels bars with short es-EC money', () => {
    const values = texts(budgetLinesMinisterio(), 'g.ca-values text');
    expect(values).toEqual([
      `$14,6${NB}M de $14,6${NB}M`,
      `$5,2${NB}M de $7,5${NB}M`,
      `$264,1${NB}mil de $1${NB}M`,
      `$196,6${NB}mil de $234,5${NB}mil`,
      `$3${NB}M de $32${NB}M`,
      `$0 de $312,9${NB}mil`,
      `$8,4${NB}M de $22,8${NB}M`,
      `$18${NB}mil de $18${NB}mil`,
    ]);
  });

  it('formats the x axis in USD with "M"', () => {
    const svg = budgetLinesMinisterio();
    const ticks = texts(svg, 'g[aria-label="x-axis tick label"] text');
    expect(ticks[0]).toBe('$0');
    expect(ticks).toContain(`$10${NB}M`);
    expect(texts(svg, 'g[aria-label="x-axis label"] text')).toEqual(['USD']);
  });

  it('gives every bar a <title> with the exact amounts', () => {
    const { document } = parse(budgetLinesMinisterio());
    const titles = [...document.querySelectorAll('g.ca-planned rect title')].map((t) => t.textContent);
    expect(titles[1]).toBe('Bienes y servicios de consumo: planificado $7.496.825,85; ejecutado $5.183.550,70');
  });

  it('writes "no reportado" for missing figures and never draws them as 0', () => {
    const svg = budgetLinesWithNulls();
    const { document } = parse(svg);
    expect(document.querySelectorAll('g.ca-planned rect').length).toBe(2); // consumo + capital
    expect(document.querySelectorAll('g.ca-executed rect').length).toBe(2); // consumo + pasivos
    expect(texts(svg, 'g.ca-missing text')).toEqual(['no reportado']);
    expect(texts(svg, 'g.ca-values text')).toEqual([
      `$5,2${NB}M de $7,5${NB}M`,
      `ejecutado no reportado · plan $22,8${NB}M`,
      `$18${NB}mil · plan no reportado`,
    ]);
  });

  it('draws the 0 executed of "Otros egresos de inversión" as a zero-width bar', () => {
    const { document } = parse(budgetLinesMinisterio());
    const executed = [...document.querySelectorAll('g.ca-executed rect')];
    expect(executed.length).toBe(8);
    expect(Number(executed[5]!.getAttribute('width') ?? '0')).toBe(0);
  });
});

describe('goalsChart', () => {
  it('caps bars at the cap and still prints the real value "400 %"', () => {
    for (const svg of [goalsMinisterioCapped(), goalsMinisterioCappedPhone()]) {
      expect(svg).toContain('400&#160;%');
      expect(texts(svg, 'g.ca-values-capped text')).toEqual([`400${NB}%`, `150${NB}%`, `125${NB}%`, `164,85${NB}%`]);
      const { document } = parse(svg);
      const capX = Number(document.querySelector('g.ca-reference line')!.getAttribute('x1'));
      const bars = [...document.querySelectorAll('g.ca-bars rect')];
      expect(bars.length).toBe(11);
      const rights = bars.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width') ?? 0));
      for (const right of rights) expect(right).toBeLessThanOrEqual(capX + 0.01);
      // The 100 % and 400 % bars end exactly at the cap: the comparison above is not vacuous.
      expect(rights[0]).toBeCloseTo(capX, 1);
      expect(rights[1]).toBeCloseTo(capX, 1);
      expect(document.querySelectorAll('g.ca-capped path').length).toBe(4);
      expect(texts(svg, 'g.ca-note text')[0]).toMatch(/^Barras recortadas en 100/);
      // No tick beyond the cap.
      expect(texts(svg, 'g[aria-label="x-axis tick label"] text').at(-1)).toBe(`100${NB}%`);
    }
  });

  it('without a cap the 400 % bar runs past the 100 % rule', () => {
    const { document } = parse(goalsChart(GOALS, { ariaLabel: 'x' }));
    const refX = Number(document.querySelector('g.ca-reference line')!.getAttribute('x1'));
    const r = document.querySelectorAll('g.ca-bars rect')[1]!;
    expect(Number(r.getAttribute('x')) + Number(r.getAttribute('width'))).toBeGreaterThan(refX * 2);
  });

  it('shows 0 % goals as an empty track labelled "0 %"', () => {
    const svg = goalsMinisterioCapped();
    expect(texts(svg, 'g.ca-values text').filter((t) => t === `0${NB}%`).length).toBe(3);
    const { document } = parse(svg);
    expect(document.querySelectorAll('g.ca-track rect').length).toBe(11);
  });

  it('writes "sin dato" for a null goal', () => {
    const svg = goalsMinisterioUncapped();
    expect(texts(svg, 'g.ca-missing text')).toEqual(['sin dato']);
    const { document } = parse(svg);
    expect(document.querySelectorAll('g.ca-bars rect').length).toBe(4);
  });

  it('puts the 100 % reference and the "% de cumplimiento" axis label', () => {
    const svg = goalsMinisterioCapped();
    expect(texts(svg, 'g.ca-reference-label text')).toEqual([`Meta 100${NB}%`]);
    expect(texts(svg, 'g[aria-label="x-axis label"] text')).toEqual(['% de cumplimiento']);
  });

  it('wraps long labels and keeps the full text in a <title> when cut', () => {
    const { document } = parse(goalsMinisterioCappedPhone());
    const label = [...document.querySelectorAll('g.ca-labels text')][2]!;
    expect(label.querySelectorAll('tspan').length).toBe(3);
    expect(label.querySelector('title')?.textContent).toBe(GOALS[2]!.label);
    expect([...label.querySelectorAll('tspan')].at(-1)?.textContent?.endsWith('…')).toBe(true);
    // A label that fits has no <title>.
    const short = [...document.querySelectorAll('g.ca-labels text')][6]!;
    expect(short.querySelector('title')).toBeNull();
  });
});

describe('procurementChart', () => {
  it('prints counts with singular/plural and short amounts', () => {
    const svg = procurementMinisterio();
    const counts = texts(svg, 'g.ca-counts text');
    expect(counts[0]).toBe('7 adjudicados · 1 finalizado');
    expect(counts[1]).toBe('1 adjudicado · 0 finalizados');
    expect(counts[6]).toBe('3 adjudicados · 3 finalizados');
    const values = texts(svg, 'g.ca-values text');
    expect(values.slice(0, 2)).toEqual([`$15,7${NB}M`, `$14,8${NB}mil`]);
    expect(values).toContain('$30,31');
  });

  it('writes "no reportado" for missing amounts and counts', () => {
    const svg = procurementChart(
      [{ label: 'COTIZACIÓN', awarded_amount: 573425.14, finalized_amount: null, awarded_count: null, finalized_count: 0 }],
      { ariaLabel: 'x' },
    );
    expect(texts(svg, 'g.ca-missing text')).toEqual(['no reportado']);
    expect(texts(svg, 'g.ca-counts text')).toEqual(['adjudicados: no reportado · 0 finalizados']);
    const { document } = parse(svg);
    expect(document.querySelectorAll('g.ca-finalized rect').length).toBe(0);
    expect(document.querySelectorAll('g.ca-awarded rect').length).toBe(1);
  });
});

describe('rankingChart', () => {
  it('emphasises highlighted rows and lists nulls as "no reportado"', () => {
    const svg = rankingBudgetExecution();
    expect(texts(svg, 'g.ca-labels-highlight text')).toEqual(['Ministerio del Interior (2023)']);
    expect(texts(svg, 'g.ca-values-highlight text')).toEqual([`40,4${NB}%`]);
    expect(texts(svg, 'g.ca-missing text')).toEqual(['no reportado']);
    const { document } = parse(svg);
    const fills = [...document.querySelectorAll('g.ca-bars rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toEqual(['#A6A6A6', '#A6A6A6', '#0072B2']);
    expect(document.querySelectorAll('g.ca-reference line').length).toBe(4);
  });

  it('names its axis: the caller\'s label, else "% de cumplimiento" for percentages', () => {
    expect(rankingBudgetExecution()).toContain('% del presupuesto ejecutado');
    expect(rankingBudgetExecution()).not.toContain('% de cumplimiento');
    expect(rankingChart([{ label: 'A', value: 50 }], { unit: '%', ariaLabel: 'x' })).toContain('% de cumplimiento');
  });

  it('uses USD formatting for unit "USD" and draws no reference unless asked', () => {
    const svg = rankingPlannedBudget();
    expect(texts(svg, 'g.ca-values-highlight text')).toEqual([`$78,5${NB}M`]);
    expect(texts(svg, 'g.ca-values text')).toEqual([`$18,2${NB}M`, `$5,5${NB}mil`]);
    expect(svg).not.toContain('ca-reference');
    expect(texts(svg, 'g[aria-label="x-axis label"] text')).toEqual(['USD']);
  });
});

describe('timelineChart', () => {
  it('puts milestones under their commitment, whatever the input order', () => {
    const shuffled = [...TIMELINE].reverse();
    const svg = timelineChart(shuffled, { ariaLabel: 'x' });
    const { document } = parse(svg);
    const ys = (sel: string) => [...document.querySelectorAll(sel)].map((t) => translate(t)[1]);
    const commitments = ys('g.ca-labels text');
    const milestones = ys('g.ca-milestone-labels text');
    expect(commitments.length).toBe(2);
    expect(milestones.length).toBe(12);
    // Reversed input: c2 comes first, then its 5 milestones, then c1 and its 7.
    expect(texts(svg, 'g.ca-labels text')[0]).toContain('Re-diseño');
    expect(milestones.filter((y) => y > commitments[0]! && y < commitments[1]!).length).toBe(5);
    expect(milestones.filter((y) => y > commitments[1]!).length).toBe(7);
  });

  it('draws bars from the first day of the start month to the end of the end month', () => {
    const { document } = parse(timelineGobiernoAbierto());
    const bars = [...document.querySelectorAll('g.ca-bars rect')];
    expect(bars.length).toBe(14);
    const title = (i: number) => bars[i]!.querySelector('title')?.textContent;
    expect(title(0)).toBe(`${TIMELINE[0]!.label}: feb${NB}2020 – abr${NB}2022`);
    expect(title(1)).toMatch(new RegExp(`: feb–abr${NB}2020$`));
    // c2 (ene 2020 – oct 2021, 22 months) is 22/27 of the domain ene 2020 – abr 2022 (28 months).
    const x = (i: number) => Number(bars[i]!.getAttribute('x'));
    const w = (i: number) => Number(bars[i]!.getAttribute('width'));
    const c2 = bars.findIndex((b) => b.querySelector('title')?.textContent?.startsWith('Re-diseño'));
    const c1 = 0;
    const perMonth = w(c1) / 27; // feb 2020 – abr 2022 inclusive = 27 months
    expect(w(c2) / perMonth).toBeCloseTo(22, 0);
    expect((x(c1) - x(c2)) / perMonth).toBeCloseTo(1, 0);
  });

  it('labels the time axis with Spanish month abbreviations and years', () => {
    const ticks = texts(timelineGobiernoAbierto(), 'g[aria-label="x-axis tick label"] text');
    expect(ticks[0]).toBe('ene\n2020');
    expect(ticks).toContain('ene\n2021');
    expect(ticks.some((t) => /^(mar|abr|may|jul|sep|oct|nov)$/.test(t))).toBe(true);
    expect(ticks.join(' ')).not.toMatch(/Jan|Feb|Apr|May|Aug|Dec/);
  });

  it('writes "fechas no válidas" for unusable months instead of drawing', () => {
    const svg = timelineChart(
      [
        { id: 'a', label: 'Compromiso', group: null, start: '2020-01', end: '2020-06', kind: 'commitment' },
        { id: 'b', label: 'Hito al revés', group: 'a', start: '2020-06', end: '2020-01', kind: 'milestone' },
        { id: 'c', label: 'Hito sin mes', group: 'a', start: '2020', end: '2020-13', kind: 'milestone' },
      ],
      { ariaLabel: 'x' },
    );
    expect(texts(svg, 'g.ca-missing text')).toEqual(['fechas no válidas', 'fechas no válidas']);
    const { document } = parse(svg);
    expect(document.querySelectorAll('g.ca-bars rect').length).toBe(1);
  });
});

describe('edge cases', () => {
  it('handles all-zero data with a single "0" tick', () => {
    const svg = budgetLinesChart([{ label: 'Otros egresos de inversión', planned: 0, executed: 0 }], { ariaLabel: 'x' });
    expect(texts(svg, 'g[aria-label="x-axis tick label"] text')).toEqual(['$0']);
    expect(texts(svg, 'g.ca-values text')).toEqual(['$0 de $0']);
    const goals = goalsChart([{ label: 'a', pct: 0 }], { ariaLabel: 'x', cap: 100 });
    expect(texts(goals, 'g.ca-values text')).toEqual([`0${NB}%`]);
  });

  it('keeps negative amounts inside the frame', () => {
    const svg = budgetLinesChart(
      [
        { label: 'Reintegro', planned: 1000000, executed: -250000 },
        { label: 'Egresos en personal', planned: 2000000, executed: 1500000 },
      ],
      { width: 340, ariaLabel: 'x' },
    );
    const { document } = parse(svg);
    for (const r of document.querySelectorAll('rect')) expect(Number(r.getAttribute('x'))).toBeGreaterThanOrEqual(0);
    const zeroX = Number(document.querySelector('g.ca-zero line')!.getAttribute('x1'));
    const negative = document.querySelectorAll('g.ca-executed rect')[0]!;
    expect(Number(negative.getAttribute('x'))).toBeLessThan(zeroX - 10);
    expect(Number(negative.getAttribute('x')) + Number(negative.getAttribute('width'))).toBeCloseTo(zeroX, 1);
  });

  it('clamps absurd widths and escapes markup in labels', () => {
    const svg = rankingChart([{ label: 'A & B <script>', value: 12.5 }], { width: 10, unit: '%', ariaLabel: 'R & D "x"' });
    const { root } = parse(svg);
    expect(root.getAttribute('width')).toBe('240');
    expect(root.getAttribute('aria-label')).toBe('R & D "x"');
    expect(svg).toContain('A &amp; B &lt;script&gt;');
    expect(svg).not.toContain('<script');
  });
});

describe('huge inputs (issue 15)', () => {
  const rects = (svg: string, cls: string) => parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll(`g.${cls} rect`).length;

  it('budgetLinesChart with 100,000 lines neither overflows the stack nor draws them all, and says so', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ label: `Línea ${i + 1}`, planned: 1000 + i, executed: i % 7 === 0 ? -5 : 900 }));
    const svg = budgetLinesChart(rows, { ariaLabel: 'x' });
    expect(rects(svg, 'ca-planned')).toBe(50);
    expect(svg).toContain('Se muestran las primeras 50 de 100.000 líneas; las 99.950 restantes');
    expect(svg.length).toBeLessThan(200_000);
  });

  it('goals and procurement charts are bounded the same way; 50 rows or fewer get no note', () => {
    const goals = Array.from({ length: 60_000 }, (_, i) => ({ label: `Meta ${i}`, pct: i % 150 }));
    const svg = goalsChart(goals, { ariaLabel: 'x', cap: 100 });
    expect(rects(svg, 'ca-bars')).toBe(50);
    expect(svg).toContain('Se muestran las primeras 50 de 60.000 filas');
    const proc = Array.from({ length: 70_000 }, (_, i) => ({ label: `P${i}`, awarded_count: 1, awarded_amount: i, finalized_count: null, finalized_amount: -i }));
    expect(procurementChart(proc, { ariaLabel: 'x' })).toContain('Se muestran las primeras 50 de 70.000 filas');
    expect(goalsChart(goals.slice(0, 50), { ariaLabel: 'x', cap: 100 })).not.toContain('Se muestran');
  });

  it('with hiddenRowsNote false the chart leaves its note to the page, which gets the same words from the *HiddenText functions', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => ({ label: `Línea ${i + 1}`, planned: 1000 + i, executed: 900 }));
    const inside = budgetLinesChart(lines, { ariaLabel: 'x' });
    const outside = budgetLinesChart(lines, { ariaLabel: 'x', hiddenRowsNote: false });
    expect(outside).not.toContain('Se muestran');
    expect(rects(outside, 'ca-planned')).toBe(50);
    // The chart without its note is shorter by the note's block, and otherwise the same drawing.
    expect(Number(/height="(\d+)"/.exec(outside)![1])).toBeLessThan(Number(/height="(\d+)"/.exec(inside)![1]));
    expect(budgetLinesHiddenText(lines)).toBe('Se muestran las primeras 50 de 100.000 líneas; las 99.950 restantes están en la tabla y en los datos descargables.');
    expect(inside).toContain('Se muestran las primeras 50 de 100.000 líneas; las 99.950 restantes');
    const goals = Array.from({ length: 51 }, (_, i) => ({ label: `Meta ${i}`, pct: i }));
    expect(goalsChart(goals, { ariaLabel: 'x', cap: 100, hiddenRowsNote: false })).not.toContain('Se muestran');
    expect(goalsHiddenText(goals)).toBe('Se muestran las primeras 50 de 51 filas; la restante está en la tabla y en los datos descargables.');
    expect(goalsHiddenText(goals.slice(0, 50))).toBeNull();
    const proc = Array.from({ length: 1_234 }, (_, i) => ({ label: `P${i}`, awarded_count: 1, awarded_amount: i, finalized_count: null, finalized_amount: null }));
    expect(procurementChart(proc, { ariaLabel: 'x', hiddenRowsNote: false })).not.toContain('Se muestran');
    expect(procurementHiddenText(proc)).toBe('Se muestran las primeras 50 de 1.234 filas; las 1.184 restantes están en la tabla y en los datos descargables.');
  });
});

describe('trendChart', () => {
  it('each year its value and its change from the year before, in es-EC, the exact figure in the bar title', () => {
    const svg = trendLuisVargasTorresPhone();
    const t = texts(svg).map((x) => x.replaceAll('\u00a0', ' '));
    for (const s of ['Ejecución del presupuesto', 'Metas: promedio con tope de 100 %', 'Contratación adjudicada', '2022', '2023',
      '73,89 %', '84,29 %', '· +10,4 p. p.', '97,77 %', '55,18 %', '· \u221242,59 p. p.', '$251,1 mil', '$284,3 mil', '· +$33,2 mil']) {
      expect(t, s).toContain(s);
    }
    const titles = [...parse(svg).document.querySelectorAll('rect title')].map((x) => (x.textContent ?? '').replaceAll('\u00a0', ' '));
    expect(titles).toContain('2023: $284.333,08 (+$33.184,38 frente a 2022)');
    expect(titles).toContain('2023: 55,18 % (\u221242,59 p. p. frente a 2022)');
  });
  it('a year without the figure says «no reportado» and draws no bar', () => {
    const svg = trendSppatWithoutGoals();
    expect(texts(svg, '.ca-missing text')).toEqual(['no reportado']);
    expect(parse(svg).document.querySelectorAll('.ca-bars rect')).toHaveLength(5);
  });
  it('every text fits inside the 340 px width', () => {
    const svg = trendLuisVargasTorresPhone();
    const { document } = parse(svg);
    for (const t of document.querySelectorAll('.ca-values text, .ca-changes text')) {
      const x = Number(t.getAttribute('x') ?? 0) + Number((t.getAttribute('transform') ?? '').match(/translate\(([-\d.]+)/)?.[1] ?? 0);
      expect(x + textWidth(printedLines(t).join(''), 12), printedLines(t).join('')).toBeLessThanOrEqual(340);
    }
  });
  it('no panel with points: "Sin datos"', () => {
    expect(trendChart([], { width: 340, ariaLabel: 'x' })).toContain('Sin datos');
  });
});
