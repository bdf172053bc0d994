/**
 * The three comparison charts (/comparar/{presupuesto,metas,contratacion}/) built in one place:
 * rows, columns, filter options, the pre-rendered chart variants and their texts. Shared by the
 * comparison pages and their embeds (/embed/comparar/{name}/) so both draw the same chart.
 */
import type { Datasets } from '../schema/datasets.ts';
import {
  budgetComparison, budgetTakeaway, chartSelection, goalsComparison, goalsTakeaway, procurementComparison, procurementTakeaway, rowLabel,
  type BaseRow, type BudgetRow, type Column, type Comparison, type FilterDim, type GoalsRow, type ProcurementRow,
} from './compare.ts';
import { renderProcurement, renderRanking, type RenderedChart } from './charts.ts';
import { int } from './format.ts';
import { memo } from './lookup.ts';
import { renderVariants, type Variant } from './variants.ts';
import { sercopComparison, sercopTakeaway, type SercopRow } from './contracts.ts';

/** Most bars a comparison chart draws; the table (and its "ver todas") has every row. */
export const CHART_ROWS = 20;
/** Rows of the table in the page's HTML; the rest load on demand (/comparar/{name}.json). */
export const TABLE_ROWS = 50;
/** Rows per page of the static full list (/comparar/{name}/todas/…), for readers without JavaScript. */
export const LIST_PAGE_ROWS = 250;

export const COMPARISON_NAMES = ['presupuesto', 'metas', 'contratacion', 'contratacion-sercop'] as const;
export type ComparisonName = (typeof COMPARISON_NAMES)[number];

export interface ComparisonFigure {
  name: ComparisonName;
  /** Page path ("/comparar/presupuesto/"). */
  path: string;
  /** Page heading. */
  heading: string;
  /** Id of the data table; the chart's anchor is the same with "grafico-". */
  tableId: string;
  /** The page's <title>, breadcrumb, meta description, search facet label and lead paragraph. */
  page: ComparisonPage;
  /** Caption of the data table. */
  tableCaption: string;
  chartTitle: string;
  chartNote: string;
  rows: BaseRow[];
  columns: Column<any>[];
  options: Record<FilterDim, { value: string; label: string }[]>;
  variants: Variant[];
  /** What the «Cambio frente al año anterior» column means; null when the table has none (a single year). */
  changeNote: string | null;
}

/** Texts of a comparison page; the lead is plain text with optional strong parts. */
export interface ComparisonPage {
  title: string;
  crumb: string;
  description: string;
  facetLabel: string;
  lead: (string | { strong: string })[];
  /** The procurement comparisons offer a switch between their two sources. */
  source?: 'declarado' | 'sercop';
}

/** The texts of each comparison page (the route /comparar/[name]/ renders them). */
const PAGES: Record<ComparisonName, ComparisonPage & { tableCaption: string }> = {
  presupuesto: {
    title: 'Comparar presupuesto', crumb: 'Presupuesto',
    description: 'Qué parte de su presupuesto codificado ejecutó cada institución, según sus informes de rendición de cuentas.',
    facetLabel: 'Presupuesto de todas las instituciones',
    lead: ['Porcentaje del presupuesto codificado que cada institución ejecutó (devengó), según su informe. Se ordena por el % calculado a partir de sus propias cifras (ejecutado ÷ codificado); el % que declara el informe está al lado.'],
    tableCaption: 'Presupuesto codificado y ejecutado por institución y año',
  },
  metas: {
    title: 'Comparar metas', crumb: 'Metas',
    description: 'Cumplimiento de metas declarado por cada institución frente al promedio con tope de 100 % por meta.',
    facetLabel: 'Metas de todas las instituciones',
    lead: [
      'Los informes declaran un «% total de cumplimiento» que es el promedio simple de sus metas: una meta cumplida al 400 % compensa tres metas en 0 %. Por eso el gráfico ordena por el promedio con ',
      { strong: 'tope de 100 % por meta' },
      ', y la tabla muestra también el total declarado.',
    ],
    tableCaption: 'Cumplimiento de metas por institución y año',
  },
  contratacion: {
    title: 'Comparar contratación', crumb: 'Contratación',
    description: 'Montos y procesos de contratación pública adjudicados y finalizados por institución.',
    facetLabel: 'Contratación pública de todas las instituciones',
    lead: ['Suma de los procesos que cada institución declara como adjudicados y finalizados en el año, por todos los tipos de procedimiento (catálogo electrónico, ínfima cuantía, subasta inversa…).'],
    tableCaption: 'Contratación pública por institución y año',
    source: 'declarado',
  },
  'contratacion-sercop': {
    title: 'Comparar contratación según el SERCOP', crumb: 'Contratación según el SERCOP',
    description: 'Procesos y montos de contratación pública que registra el SERCOP por institución y año, junto a lo que cada institución declara.',
    facetLabel: 'Contratación pública según el SERCOP',
    lead: ['Procesos que el Servicio Nacional de Contratación Pública registra en sus datos abiertos (estándar OCDS), uno por ocid, sumados por institución compradora y año; junto a ellos, el valor adjudicado que la misma institución declara en su informe de rendición de cuentas de ese año, cuando lo hay.'],
    tableCaption: 'Contratación pública según el SERCOP por institución y año',
    source: 'sercop',
  },
};

/**
 * The «Fuente:» line under a comparison's chart, on its page (the table follows) or on its embed
 * page (the table is on the comparison): the reports, or for the SERCOP comparison its open data
 * (with the declared amount from the reports).
 */
export function figureSource(page: ComparisonPage, where: 'page' | 'embed'): string {
  if (page.source === 'sercop') {
    return where === 'page'
      ? 'Fuente: datos abiertos de contratación pública del SERCOP (OCDS; archivo y línea de cada fila en la columna «Fuente» de la tabla) y, en «Declarado», el informe de cada institución. Tabla de datos: la tabla siguiente.'
      : 'Fuente: datos abiertos de contratación pública del SERCOP (OCDS) y, en «Declarado», el informe de cada institución; el archivo y la línea de cada cifra están en la tabla de la comparación completa.';
  }
  return where === 'page'
    ? 'Fuente: informes de cada institución (columna «Fuente» de la tabla). Tabla de datos: la tabla siguiente.'
    : 'Fuente: informes de rendición de cuentas de cada institución; el archivo y la línea de cada cifra están en la tabla de la comparación completa.';
}

/** Anchor of a comparison's chart: "tabla-presupuesto" → "grafico-presupuesto". */
export const chartIdOf = (tableId: string) => tableId.replace(/^tabla-/, 'grafico-');

/** Label of a charted row: its rank when the chart shows a selection ("12. Name (2023)"). */
function chartLabel(r: BaseRow, rank: number, numbered: boolean): string {
  return numbered ? `${int(rank)}. ${rowLabel(r)}` : rowLabel(r);
}

/** What part of the rows a chart draws, said under it; null when it draws every row. */
function selectionNote(shown: number, of: number, total: number, mode: 'extremes' | 'top', what: string): string | null {
  if (shown === total) return null;
  if (mode === 'top') return `El gráfico muestra las ${int(shown)} filas con ${what} más alto de ${int(of)}; la tabla tiene todas.`;
  const hi = Math.ceil(shown / 2);
  return `El gráfico muestra las ${int(hi)} filas con ${what} más alto y las ${int(shown - hi)} con el más bajo, de ${int(of)} con dato; la tabla tiene todas.`;
}

/**
 * The chart of a subset of rows: the CHART_ROWS rows `how` picks by `value` (the extremes, or the
 * top), numbered by rank when it is a selection, drawn by `draw`, with the note saying which.
 */
function selectionChart<R extends BaseRow>(o: {
  value: (r: R) => number | null;
  how: 'extremes' | 'top';
  what: string;
  draw: (picked: { r: R; label: string }[], rows: R[]) => RenderedChart;
}) {
  return (rows: R[]) => {
    const sel = chartSelection(rows, o.value, CHART_ROWS, o.how);
    const numbered = sel.rows.length < rows.length;
    return {
      chart: o.draw(sel.rows.map(({ row: r, rank }) => ({ r, label: chartLabel(r, rank, numbered) })), rows),
      note: selectionNote(sel.rows.length, sel.of, rows.length, o.how, o.what),
    };
  };
}

/**
 * The chart of a percentage ranking (budget executed, goals met) for a subset of rows: the
 * CHART_ROWS extremes, numbered by rank when it is a selection, with the 100 % reference.
 */
function percentRanking<R extends BaseRow>(o: {
  value: (r: R) => number | null;
  suffix?: (r: R) => string;
  what: string;
  takeaway: (rows: R[]) => string;
  axisLabel?: string;
  ariaLabel: string;
}) {
  return selectionChart<R>({
    value: o.value, how: 'extremes', what: o.what,
    draw: (picked, rows) => renderRanking(picked.map(({ r, label }) => ({ label: `${label}${o.suffix?.(r) ?? ''}`, value: o.value(r) })), {
      unit: '%', reference: 100, axisLabel: o.axisLabel, ariaLabel: o.ariaLabel, ariaDescription: o.takeaway(rows),
    }),
  });
}

/** The figure of a comparison (computed once per build and shared by the page and its embed). */
export function comparisonFigure(ds: Datasets, name: ComparisonName): ComparisonFigure {
  return memo(ds, `comparison-figure:${name}`, () => {
    const f = buildFigure(ds, name);
    return { ...f, changeNote: changeNoteOf(f.columns, name === 'contratacion-sercop' ? 'sercop' : 'reports') };
  });
}

/**
 * The note under a table with a change column (compare.ts changeColumn): the figure of a report
 * against the report of the year before, or (`sercop`) SERCOP's amount against its amount of the
 * year before.
 */
export function changeNoteOf(columns: readonly Column<any>[], from: 'reports' | 'sercop' = 'reports'): string | null {
  const c = columns.find((x) => x.kind === 'pp' || x.kind === 'usd_change');
  if (!c) return null;
  if (from === 'sercop') {
    return `«${c.label}»: el monto que el SERCOP registra en el año de la fila menos el que registra para la misma institución el año anterior, en dólares. «sin procesos en…»: los datos del SERCOP del explorador no tienen procesos de la institución en ese año.`;
  }
  const how = c.kind === 'pp'
    ? 'en puntos porcentuales («p.\u00a0p.»): de 40\u00a0% a 45\u00a0% son +5\u00a0p.\u00a0p. (no un aumento de 12,5\u00a0%)'
    : 'en dólares';
  return `«${c.label}»: la cifra de la fila menos la del informe de la misma institución del año anterior, ${how}. «sin informe de…»: la institución no tiene informe de ese año en el explorador.`;
}

function buildFigure(ds: Datasets, name: ComparisonName): Omit<ComparisonFigure, 'changeNote'> {
  const { tableCaption, ...page } = PAGES[name];
  const base = { name, path: `/comparar/${name}/`, tableId: `tabla-${name}`, page, tableCaption };
  /** The figure from the comparison's rows, its chart for any subset and the texts around it. */
  const figure = <R extends BaseRow>(
    c: Comparison<R>, text: { heading: string; chartTitle: string; chartNote: string },
    chart: (rows: R[]) => { chart: RenderedChart; note: string | null }, takeaway: (rows: R[]) => string,
  ) => ({ ...base, ...text, rows: c.rows, columns: c.columns, options: c.options, variants: renderVariants(c.rows, chart, takeaway) });
  if (name === 'presupuesto') {
    return figure(budgetComparison(ds), {
      heading: 'Ejecución presupuestaria', chartTitle: '% del presupuesto codificado ejecutado',
      chartNote: '* Suma de los proyectos que publica el informe, no el presupuesto total de la institución. La línea discontinua marca el 100 %.',
    }, percentRanking<BudgetRow>({
      value: (r) => r.pct, suffix: (r) => (r.basis === 'sum_of_lines' ? ' *' : ''), what: 'el % ejecutado', takeaway: budgetTakeaway,
      axisLabel: '% del presupuesto ejecutado', ariaLabel: 'Porcentaje del presupuesto codificado que ejecutó cada institución',
    }), budgetTakeaway);
  }
  if (name === 'metas') {
    return figure(goalsComparison(ds), {
      heading: 'Cumplimiento de metas', chartTitle: 'Promedio de cumplimiento con tope de 100 % por meta',
      chartNote: '«no reportado»: el informe no publica metas con lo alcanzado (por ejemplo, las matrices LOTAIP publican solo las metas planificadas).',
    }, percentRanking<GoalsRow>({
      value: (r) => r.capped_mean, what: 'el promedio con tope', takeaway: goalsTakeaway,
      ariaLabel: 'Promedio de cumplimiento de metas con tope de 100 % por meta, por institución',
    }), goalsTakeaway);
  }
  if (name === 'contratacion-sercop') {
    return figure(sercopComparison(ds), {
      heading: 'Contratación pública según el SERCOP', chartTitle: 'Monto de los procesos registrados en el SERCOP',
      chartNote: 'Suma al centavo de los procesos de cada institución compradora en los datos abiertos del SERCOP (OCDS), un proceso por ocid; «Declarado» es el valor adjudicado que la institución declara en su informe del mismo año.',
    }, selectionChart<SercopRow>({
      value: (r) => r.amount, how: 'top', what: 'el monto',
      draw: (picked, rows) => renderRanking(picked.map(({ r, label }) => ({ label, value: r.amount })), {
        unit: 'USD', ariaLabel: 'Monto de los procesos de contratación que registra el SERCOP, por institución y año', ariaDescription: sercopTakeaway(rows),
      }),
    }), sercopTakeaway);
  }
  return figure(procurementComparison(ds), {
    heading: 'Contratación pública', chartTitle: 'Monto adjudicado y finalizado',
    chartNote: 'Los totales suman las filas del informe de cada institución, sin redondear; el detalle por procedimiento está en la página de cada institución.',
  }, selectionChart<ProcurementRow>({
    value: (r) => r.awarded_amount, how: 'top', what: 'el monto adjudicado',
    draw: (picked, rows) => renderProcurement(picked.map(({ r, label }) => ({
      label,
      awarded_amount: r.awarded_amount ?? 0, finalized_amount: r.finalized_amount ?? 0,
      awarded_count: r.awarded_count ?? 0, finalized_count: r.finalized_count ?? 0,
    })), {
      ariaLabel: 'Montos adjudicados y finalizados en contratación pública, por institución',
      ariaDescription: procurementTakeaway(rows),
    }),
  }), procurementTakeaway);
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
