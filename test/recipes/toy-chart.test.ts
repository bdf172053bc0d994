/**
 * CONTRIBUTING.md, "Añadir un gráfico", followed once for a toy chart: attendance of a public
 * deliberation by group. Step 1 is the pure builder (written here as src/charts/<nombre>.ts
 * would be), step 2 its behaviour checks, step 3 the narrow and wide renderings of the site,
 * step 4 the figure whose title, rows, source range and CSV the page, the embed and the CSV
 * route share. Data: the deliberation row of the IESS fragment
 * (data/reports/2023-iess-unidad-rendicion-de-cuentas-fragmento.txt, line 37: 235 asistentes,
 * 100 hombres, 135 mujeres, 0 GLBTI).
 */
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { barsChart } from '../../src/charts/bars.ts';
import { formatInt } from '../../src/charts/format.ts';
import type { ChartBase } from '../../src/charts/render.ts';
import { NARROW_WIDTH, stripInnerAria, WIDE_WIDTH, type RenderedChart } from '../../src/site/charts.ts';
import { lineRange } from '../../src/site/figures.ts';

// Step 1: the builder, (data, options) → SVG, deterministic, es-EC numbers, absent = "no reportado".
interface AttendanceRow { label: string; people: number | null }
function attendanceChart(rows: AttendanceRow[], opts: ChartBase): string {
  return barsChart(rows.map((r) => ({ label: r.label, value: r.people })), opts, {
    className: 'ca-chart-attendance', format: (n) => formatInt(n), axisLabel: 'Personas', missingText: 'no reportado', barHeight: 14,
  });
}

// The site's rows, as src/site/profile.ts would give them (each with its source line).
const ROWS = [
  { label: 'Hombres', people: 100, source_line: 37 },
  { label: 'Mujeres', people: 135, source_line: 37 },
  { label: 'GLBTI', people: 0, source_line: 37 },
  { label: 'Sin dato', people: null, source_line: 37 },
];

const svgRoot = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector('svg')!;
const texts = (svg: string) => [...svgRoot(svg).querySelectorAll('text')].map((t) => t.textContent);

describe('toy chart: the recipe for a new chart', () => {
  const opts = { ariaLabel: 'Asistentes a la deliberación pública por grupo', ariaDescription: 'Asistieron 135 mujeres y 100 hombres.' };

  it('step 2: one accessible SVG, values in es-EC, the absent value says so, same input → same bytes', () => {
    const svg = attendanceChart(ROWS, { ...opts, width: 640 });
    const root = svgRoot(svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe(opts.ariaLabel);
    expect(root.querySelector('desc')?.textContent).toBe(opts.ariaDescription);
    const t = texts(svg);
    for (const s of ['Hombres', 'Mujeres', 'GLBTI', '100', '135', '0', 'no reportado']) expect(t).toContain(s);
    expect(attendanceChart(ROWS, { ...opts, width: 640 })).toBe(svg);
    expect(attendanceChart([], { ...opts, width: 640 })).toContain('Sin datos');
  });

  it('step 3: rendered narrow (phones) and wide, inner aria-labels removed', () => {
    const both: RenderedChart = {
      narrow: stripInnerAria(attendanceChart(ROWS, { ...opts, width: NARROW_WIDTH })),
      wide: stripInnerAria(attendanceChart(ROWS, { ...opts, width: WIDE_WIDTH })),
    };
    expect(svgRoot(both.narrow).getAttribute('viewBox')).toContain(` ${NARROW_WIDTH} `);
    expect(svgRoot(both.wide).getAttribute('viewBox')).toContain(` ${WIDE_WIDTH} `);
    expect(both.wide.match(/aria-label=/g)).toHaveLength(1);
  });

  it('step 4: title, rows, source range and CSV come from one figure object', () => {
    const figure = {
      id: 'grafico-deliberacion-2023',
      title: 'Asistentes a la deliberación pública, 2023',
      rows: ROWS,
      range: lineRange(ROWS),
      csv: () => Papa.unparse({ fields: ['Grupo', 'Personas'], data: ROWS.map((r) => [r.label, r.people ?? '']) }, { newline: '\n' }) + '\n',
    };
    expect(figure.range).toEqual({ from: 37, to: 37 });
    expect(figure.csv()).toBe('Grupo,Personas\nHombres,100\nMujeres,135\nGLBTI,0\nSin dato,\n');
    expect(texts(attendanceChart(figure.rows, { ...opts, width: WIDE_WIDTH })).filter((s) => figure.rows.some((r) => r.label === s))).toHaveLength(4);
  });
});
