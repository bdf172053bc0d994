/**
 * The three comparison charts (/comparar/{presupuesto,metas,contratacion}/) built in one place:
 * rows, columns, filter options, the pre-rendered chart variants and their texts. Shared by the
 * comparison pages and their embeds (/embed/comparar/{name}/) so both draw the same chart.
 */
import type { Datasets } from '../schema/datasets.ts';
import {
  budgetComparison, budgetTakeaway, goalsComparison, goalsTakeaway, procurementComparison, procurementTakeaway, rowLabel,
  FILTER_DIMS, type BaseRow, type BudgetRow, type Column, type FilterDim, type GoalsRow, type ProcurementRow,
} from './compare.ts';
import { renderProcurement, renderRanking, type RenderedChart } from './charts.ts';
import { renderVariants } from './variants.ts';

export const COMPARISON_NAMES = ['presupuesto', 'metas', 'contratacion'] as const;
export type ComparisonName = (typeof COMPARISON_NAMES)[number];

export interface ComparisonFigure {
  name: ComparisonName;
  /** Page path ("/comparar/presupuesto/"). */
  path: string;
  /** Page heading. */
  heading: string;
  /** Id of the data table; the chart's anchor is the same with "grafico-". */
  tableId: string;
  chartTitle: string;
  chartNote: string;
  rows: BaseRow[];
  columns: Column<any>[];
  options: Record<FilterDim, { value: string; label: string }[]>;
  variants: { key: string; chart: RenderedChart; takeaway: string }[];
}

/** Anchor of a comparison's chart: "tabla-presupuesto" → "grafico-presupuesto". */
export const chartIdOf = (tableId: string) => tableId.replace(/^tabla-/, 'grafico-');

export function comparisonFigure(ds: Datasets, name: ComparisonName): ComparisonFigure {
  const base = { name, path: `/comparar/${name}/`, tableId: `tabla-${name}` };
  if (name === 'presupuesto') {
    const c = budgetComparison(ds);
    const chart = (rows: BudgetRow[]) =>
      renderRanking(rows.map((r) => ({ label: `${rowLabel(r)}${r.basis === 'sum_of_lines' ? ' *' : ''}`, value: r.pct })), {
        unit: '%', reference: 100,
        ariaLabel: 'Porcentaje del presupuesto codificado que ejecutó cada institución',
        ariaDescription: budgetTakeaway(rows),
      });
    return {
      ...base, heading: 'Ejecución presupuestaria', chartTitle: '% del presupuesto codificado ejecutado',
      chartNote: '* Suma de los proyectos que publica el informe, no el presupuesto total de la institución. La línea discontinua marca el 100 %.',
      rows: c.rows, columns: c.columns, options: c.options, variants: renderVariants(c.rows, chart, budgetTakeaway),
    };
  }
  if (name === 'metas') {
    const c = goalsComparison(ds);
    const chart = (rows: GoalsRow[]) =>
      renderRanking(rows.map((r) => ({ label: rowLabel(r), value: r.capped_mean })), {
        unit: '%', reference: 100,
        ariaLabel: 'Promedio de cumplimiento de metas con tope de 100 % por meta, por institución',
        ariaDescription: goalsTakeaway(rows),
      });
    return {
      ...base, heading: 'Cumplimiento de metas', chartTitle: 'Promedio de cumplimiento con tope de 100 % por meta',
      chartNote: '«no reportado»: el informe no publica metas con lo alcanzado (por ejemplo, las matrices LOTAIP publican solo las metas planificadas).',
      rows: c.rows, columns: c.columns, options: c.options, variants: renderVariants(c.rows, chart, goalsTakeaway),
    };
  }
  const c = procurementComparison(ds);
  const chart = (rows: ProcurementRow[]) =>
    renderProcurement(rows.map((r) => ({
      label: rowLabel(r),
      awarded_amount: r.awarded_amount ?? 0, finalized_amount: r.finalized_amount ?? 0,
      awarded_count: r.awarded_count ?? 0, finalized_count: r.finalized_count ?? 0,
    })), {
      ariaLabel: 'Montos adjudicados y finalizados en contratación pública, por institución',
      ariaDescription: procurementTakeaway(rows),
    });
  return {
    ...base, heading: 'Contratación pública', chartTitle: 'Monto adjudicado y finalizado',
    chartNote: 'Los totales se suman en centavos a partir de las filas del informe; el detalle por procedimiento está en la página de cada institución.',
    rows: c.rows, columns: c.columns, options: c.options, variants: renderVariants(c.rows, chart, procurementTakeaway),
  };
}

/** Filter values of each row, in FILTER_DIMS order (what the embed's script matches the query against). */
export function rowFilterValues(rows: readonly BaseRow[]): string[][] {
  return rows.map((r) => FILTER_DIMS.map((d) => String(r[d])));
}

/** Citation of a comparison: one report per row, so the rows' sources are referred to. */
export function comparisonCite(f: Pick<ComparisonFigure, 'chartTitle' | 'heading'>) {
  return {
    title: `${f.heading}: ${f.chartTitle}`,
    institution: null,
    reports: [],
    reportsNote: 'Informes de rendición de cuentas de cada institución (archivo y línea de cada fila en la columna «Fuente» de la tabla).',
  };
}
