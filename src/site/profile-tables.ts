/**
 * The data tables of an institution profile as TableModels (src/site/table.ts): which columns
 * each section shows, each figure with its flags and each row with its source. Rendered by
 * src/components/DataTable.astro.
 */
import type { Coverage, Deliberation, Disposal, Recommendation, Report } from '../schema/datasets.ts';
import { BASIS_LABELS } from './compare.ts';
import { fieldFlags } from './flags.ts';
import { longDate } from './format.ts';
import type { BudgetBlock, InstitutionProfile, ProcurementBlock, WithFlags } from './profile.ts';
import type { GoalRow, GoalsBlock } from './goals.ts';
import { reportSuffix } from './reporter.ts';
import { otherFlags, sourceColumn, tableOf, valueColumn, type Cell, type CellDetail, type GroupHeading, type TableColumn, type TableModel, type ValueFormat } from './table.ts';

/** The figures of a budget summary, in table order. */
export const SUMMARY_FIELDS = [
  ['planned', 'Codificado (planificado)', 'usd'],
  ['executed', 'Ejecutado', 'usd'],
  ['pct_reported', '% de ejecución declarado', 'pct'],
  ['pct_computed', '% de ejecución calculado (ejecutado ÷ codificado)', 'pct'],
  ['current_planned', 'Gasto corriente planificado', 'usd'],
  ['current_executed', 'Gasto corriente ejecutado', 'usd'],
  ['investment_planned', 'Gasto de inversión planificado', 'usd'],
  ['investment_executed', 'Gasto de inversión ejecutado', 'usd'],
] as const satisfies readonly (readonly [string, string, ValueFormat])[];

/** A text column; `rowFlags` puts there the flags of the row no figure column shows. */
function textColumn<R extends WithFlags<object>>(label: string, text: (r: R) => string | number | null, o: { className?: string; empty?: string; header?: boolean; note?: (r: R) => string | null; shown?: boolean; rowFlags?: () => readonly TableColumn<R>[] } = {}): TableColumn<R> {
  return {
    label, shown: o.shown,
    cell: (r) => ({ type: 'text', text: text(r), className: o.className, empty: o.empty, header: o.header, note: o.note?.(r), flags: o.rowFlags ? otherFlags(r, o.rowFlags()) : [] }),
  };
}
const yearColumn = <R extends WithFlags<{ year: number }>>(shown: boolean) => textColumn<R>('Año', (r) => r.year, { shown });
const value = (v: number | null, format: ValueFormat): Cell => ({ type: 'value', value: v, format, flags: [] });
const suffixOf = (reports: readonly Report[], r: Report) => reportSuffix(reports, r);

export function budgetSummaryTable(b: BudgetBlock, reports: readonly Report[]): TableModel | null {
  const s = b.summary;
  if (!s) return null;
  const year = b.report.year;
  return {
    id: `tabla-resumen-presupuesto-${suffixOf(reports, b.report)}`, kind: 'budget-summary', label: `Resumen del presupuesto ${year}`, className: 'compact',
    caption: { text: `Resumen del presupuesto ${year}`, note: s.basis === 'sum_of_lines' ? { className: 'muted small', text: ` (${BASIS_LABELS[s.basis].toLowerCase()})` } : null },
    head: [{ label: 'Concepto', numeric: false }, { label: 'Valor', numeric: true }],
    rows: SUMMARY_FIELDS.map(([field, label, format]) => [
      { type: 'text', text: label, header: true, flags: [] },
      { type: 'value', value: s[field], format, flags: fieldFlags(s.flags, field) },
    ]),
  };
}


export function budgetLinesTable(b: BudgetBlock, reports: readonly Report[]): TableModel {
  type L = BudgetBlock['lines'][number];
  const types = [...new Set(b.lines.map((l) => l.line_type))];
  const showType = types.length > 1;
  const figures = [
    valueColumn<L>('Planificado', 'planned', 'usd'), valueColumn<L>('Ejecutado', 'executed', 'usd'),
    valueColumn<L>('% declarado', 'pct_reported', 'pct'), valueColumn<L>('% calculado', 'pct_computed', 'pct'),
  ];
  const year = b.report.year;
  return {
    id: `tabla-presupuesto-${suffixOf(reports, b.report)}`, kind: 'budget-lines', label: `Líneas presupuestarias ${year}`,
    caption: { text: `Líneas presupuestarias ${year} (${b.lines.length})`, note: !showType && types[0] ? { className: 'small muted', text: ` · tipo: ${types[0]}` } : null },
    ...tableOf([textColumn<L>('Descripción', (l) => l.category, { header: true, note: (l) => (showType && l.line_type) || null, rowFlags: () => figures }), ...figures, sourceColumn<L>()], b.lines, 'budget_lines'),
    foot: b.lines.length > 1
      ? [{ type: 'text', text: 'Suma de las líneas (calculada)', header: true, flags: [] }, value(b.linesTotal.planned, 'usd'), value(b.linesTotal.executed, 'usd'), { type: 'blank' }, value(b.linesTotal.pct, 'pct'), { type: 'blank' }]
      : null,
  };
}

export function procurementTable(pr: ProcurementBlock, reports: readonly Report[]): TableModel {
  type P = ProcurementBlock['rows'][number];
  const figures = [
    valueColumn<P>('N.º adjudicados', 'awarded_count', 'int'), valueColumn<P>('Valor adjudicado', 'awarded_amount', 'usd'),
    valueColumn<P>('N.º finalizados', 'finalized_count', 'int'), valueColumn<P>('Valor finalizado', 'finalized_amount', 'usd'),
  ];
  const t = pr.totals;
  return {
    id: `tabla-contratacion-${suffixOf(reports, pr.report)}`, kind: 'procurement', label: `Contratación ${pr.report.year}`,
    caption: { text: `Procesos de contratación ${pr.report.year} (${pr.rows.length} tipos)` },
    ...tableOf([textColumn<P>('Tipo de contratación', (r) => r.procedure, { header: true, rowFlags: () => figures }), ...figures, sourceColumn<P>()], pr.rows, 'procurement'),
    foot: [{ type: 'text', text: 'Total (calculado)', header: true, flags: [] }, value(t.awarded_count, 'int'), value(t.awarded_amount, 'usd'), value(t.finalized_count, 'int'), value(t.finalized_amount, 'usd'), { type: 'blank' }],
  };
}

export function recommendationsTable(p: InstitutionProfile, many: boolean): TableModel {
  type R = WithFlags<Recommendation>;
  const figures = [valueColumn<R>('% de cumplimiento', 'pct_compliance', 'pct')];
  return {
    id: 'tabla-recomendaciones', kind: 'recommendations', label: 'Recomendaciones',
    ...tableOf([
        yearColumn<R>(many), textColumn<R>('Entidad', (r) => r.entity), textColumn<R>('Informe de la entidad', (r) => r.report_number),
        textColumn<R>('Informe de cumplimiento', (r) => r.compliance_report, { className: 'text' }), ...figures,
        textColumn<R>('Observaciones', (r) => r.observations, { className: 'wide', empty: '—', rowFlags: () => figures }), sourceColumn<R>(),
      ], p.recommendations, 'recommendations'),
  };
}

export function disposalsTable(p: InstitutionProfile, many: boolean): TableModel {
  type D = WithFlags<Disposal>;
  const figures = [valueColumn<D>('Valor total', 'amount', 'usd')];
  return {
    id: 'tabla-bienes', kind: 'disposals', label: 'Bienes',
    ...tableOf([yearColumn<D>(many), textColumn<D>('Tipo', (d) => d.kind), textColumn<D>('Bien', (d) => d.asset, { rowFlags: () => figures }), ...figures, sourceColumn<D>()], p.disposals, 'disposals'),
  };
}

export function deliberationsTable(p: InstitutionProfile, many: boolean): TableModel {
  type D = WithFlags<Deliberation>;
  const figures = [
    valueColumn<D>('Asistentes', 'attendees', 'int'), valueColumn<D>('Hombres', 'male', 'int'),
    valueColumn<D>('Mujeres', 'female', 'int'), valueColumn<D>('GLBTI', 'glbti', 'int'),
  ];
  return {
    id: 'tabla-deliberacion', kind: 'deliberations', label: 'Deliberación pública',
    ...tableOf([yearColumn<D>(many), textColumn<D>('Fecha', (d) => (d.date ? longDate(d.date) : null), { rowFlags: () => figures }), ...figures, sourceColumn<D>()], p.deliberations, 'deliberations'),
  };
}

export function coverageTable(p: InstitutionProfile, many: boolean): TableModel {
  type C = WithFlags<Coverage>;
  const figures = [
    valueColumn<C>('Unidades', 'units', 'int'), valueColumn<C>('Usuarios', 'users', 'int'), valueColumn<C>('Hombres', 'male', 'int'),
    valueColumn<C>('Mujeres', 'female', 'int'), valueColumn<C>('GLBTI', 'glbti', 'int'),
  ];
  return {
    id: 'tabla-cobertura', kind: 'coverage', label: 'Cobertura',
    ...tableOf([yearColumn<C>(many), textColumn<C>('Nivel', (c) => c.level, { rowFlags: () => figures }), ...figures, sourceColumn<C>()], p.coverage, 'coverage'),
  };
}

/**
 * The heading of a goal's group (unit, objective, goal), when it starts one: from the first of
 * those levels that differs from the previous goal's, down to the goal (a heading states a unit
 * or an objective once, not again above each of its goals). A goal whose levels are all empty
 * starts no group.
 */
function goalGroup(goals: readonly GoalRow[], i: number): GroupHeading | null {
  const g = goals[i]!;
  const prev = goals[i - 1];
  const levels = [['Unidad', g.unit, prev?.unit], ['Objetivo', g.objective, prev?.objective], ['Meta', g.goal, prev?.goal]] as const;
  const first = prev ? levels.findIndex(([, now, before]) => (now ?? '') !== (before ?? '')) : 0;
  if (first < 0) return null;
  // A goal with no «Meta» after one with a «Meta» restates its unit and objective: it is not under the previous goal.
  const changed = levels.slice(first).filter(([, text]) => text);
  const shown = changed.length > 0 ? changed : levels.filter(([, text]) => text);
  if (shown.length === 0) return null;
  return { lines: shown.map(([label, text], k) => ({ label, text: text!, br: k < shown.length - 1 })) };
}

/**
 * The goals of one report: number (a link to the goal's own anchor, which search results and line
 * links target), indicator with its plan objective and the value as printed, the figures with their
 * unit and flags (only the planned target when the report publishes no results), and the source;
 * a heading row before each unit/objective/goal group.
 */
export function goalsTable(g: GoalsBlock, id: string): TableModel {
  type G = GoalRow;
  const targets = g.targetsOnly;
  const unit = (r: G, v: number | null) => (r.value_unit === '%' && v !== null ? '\u00a0%' : undefined);
  const figure = (label: string, field: 'planned' | 'achieved'): TableColumn<G> & { field: string } => ({
    label, numeric: true, field,
    cell: (r) => ({ type: 'value', value: r[field], format: 'num', unit: unit(r, r[field]), flags: fieldFlags(r.flags, field) }),
  });
  const figures = targets
    ? [figure('Meta planificada', 'planned')]
    : [figure('Planificado', 'planned'), figure('Alcanzado', 'achieved'), valueColumn<G>('% declarado', 'pct_reported', 'pct'), valueColumn<G>('% calculado', 'pct_computed', 'pct')];
  const details = (r: G): CellDetail[] => [
    ...(r.plan_objective ? [{ label: 'Plan de desarrollo:', text: r.plan_objective }] : []),
    ...(r.value_text ? [{ label: 'Valor tal como aparece:', text: `«${r.value_text}»` }] : []),
  ];
  const columns: TableColumn<G>[] = [
    { label: 'N.º', cell: (r, i) => ({ type: 'text', text: r.goal_number ?? i + 1, href: `#${r.anchor}`, flags: [] }) },
    { label: 'Indicador', cell: (r) => ({ type: 'text', text: r.indicator, empty: 'sin indicador', className: 'wide', details: details(r), flags: otherFlags(r, figures) }) },
    ...figures,
    sourceColumn<G>(),
  ];
  return {
    id, kind: targets ? 'goal-targets' : 'goals', label: `Metas ${g.report.year}`, searchIgnore: true,
    // What the number links to, said once for screen readers instead of a title on every number.
    caption: { text: `Metas ${g.report.year} (${g.goals.length})${targets ? ' · solo valores planificados' : ''}`, note: { className: 'visually-hidden', text: '. El número de cada meta es un enlace a esa meta.' } },
    ...tableOf(columns, g.goals, 'goals', (r, i) => ({ id: r.anchor, group: goalGroup(g.goals, i) })),
  };
}
