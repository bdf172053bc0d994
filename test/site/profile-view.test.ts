/**
 * The profile page's view model: tables described by columns (each figure with its flags, each
 * row with its source) and charts whose title, takeaway and source range come from one figure.
 * Expected values are read from data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt:
 * budget lines 151–158 and their "Total" row 159 ($78.537.516,23 / $31.727.549,03 / 40,40 %);
 * procurement lines 170–176 and 179, 181 (totals added by hand: 50 awarded for $26.477.060,41,
 * 7 finalized for $268.761,61); goals lines 124 (1.1: 2,00 / 2,00 / 100,00 %) and 126 (1.2: 1,00 /
 * 4,00 / 400,00 %), under the objective «Mejorar la eficiencia…» and goal 3 «PREVENCIÓN, PROTECCIÓN…».
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/site/table.ts';
import { profileView } from '../../src/site/profile-view.ts';
import { goalsTable } from '../../src/site/profile-tables.ts';
import { handOffOf } from '../../src/site/lookup.ts';
import { fixture, MDI, MDI_FILE } from './helpers.ts';

const ds = fixture();
const v = profileView(ds, MDI, 'https://example.org/');
const valueOf = (c: Cell | undefined) => (c?.type === 'value' ? c.value : c?.type === 'text' ? c.text : c?.type === 'source' ? `${c.file}:${c.line}` : c?.type);

describe('profileView: Ministerio del Interior 2023', () => {
  it('goals table: number linking to the goal\'s anchor, figures, source line, a group heading before the first goal', () => {
    const t = v.goals[0]!.table;
    expect(t.id).toBe('tabla-metas-2023');
    expect(t.searchIgnore).toBe(true);
    expect(t.caption?.text).toBe('Metas 2023 (11)');
    expect(t.head.map((h) => [h.label, h.numeric])).toEqual([
      ['N.º', false], ['Indicador', false], ['Planificado', true], ['Alcanzado', true], ['% declarado', true], ['% calculado', true], ['Fuente', false],
    ]);
    expect(t.rows[0]!.map(valueOf)).toEqual(['1.1', 'NÚMERO DE ESTRATÉGIAS DE PREVENCIÓN FRENTE A LAS ALTERACIONES Y CONFLICTOS SOCIALES', 2, 2, 100, 100, `${MDI_FILE}:124`]);
    expect(t.rows[1]!.map(valueOf)).toEqual(['1.2', 'PORCENTAJE DE DOTACIÓN DE MEDIOS LOGÍSTICOS PARA LA POLICÍA NACIONAL', 1, 4, 400, 400, `${MDI_FILE}:126`]);
    expect(t.rows[0]![0]).toMatchObject({ href: '#meta-2023-1' });
    expect(t.rows[0]![0]).not.toHaveProperty('title');
    expect(t.caption?.note).toEqual({ className: 'visually-hidden', text: '. El número de cada meta es un enlace a esa meta.' });
    expect(t.rowInfo!.slice(0, 2).map((r) => r.id)).toEqual(['meta-2023-1', 'meta-2023-2']);
    expect(t.rowInfo![0]!.group!.lines.map((l) => [l.label, l.text.slice(0, 24)])).toEqual([
      ['Objetivo', 'Mejorar la eficiencia en'], ['Meta', 'PREVENCIÓN, PROTECCIÓN Y'],
    ]);
    expect(t.rowInfo![1]!.group).toBeNull();
    expect(t.more).toBeNull();
  });

  it('goals table: at most 200 rows with the rest named; targets only: the planned column, with its unit', () => {
    const block = v.goals[0]!.block;
    const many = goalsTable({ ...block, goals: Array.from({ length: 250 }, (_, i) => ({ ...block.goals[0]!, anchor: `m-${i}` })) }, 't');
    expect(many.rows).toHaveLength(200);
    expect(many.more).toEqual({ shown: 200, total: 250, dataset: 'goals' });
    expect(many.rowInfo!.filter((r) => r.group)).toHaveLength(1);
    const targets = goalsTable({ ...block, targetsOnly: true, goals: [{ ...block.goals[0]!, value_unit: '%', goal_number: null }] }, 't');
    expect(targets.head.map((h) => h.label)).toEqual(['N.º', 'Indicador', 'Meta planificada', 'Fuente']);
    expect(targets.caption?.text).toBe('Metas 2023 (1) · solo valores planificados');
    expect(targets.rows[0]![0]).toMatchObject({ text: 1 });
    expect(targets.rows[0]![2]).toMatchObject({ type: 'value', value: 2, unit: '\u00a0%' });
  });

  it('goals table: a group heading states from the first level that changed down to the goal, not the unit and objective again', () => {
    const block = v.goals[0]!.block;
    const g = (unit: string | null, objective: string | null, goal: string | null, i: number) => ({ ...block.goals[0]!, unit, objective, goal, anchor: `m-${i}` });
    const t = goalsTable({ ...block, goals: [g('U1', 'O1', 'M1', 0), g('U1', 'O1', 'M2', 1), g('U1', 'O1', 'M2', 2), g('U1', 'O2', 'M2', 3), g('U2', 'O2', 'M2', 4), g('U2', 'O2', null, 5)] }, 't');
    expect(t.rowInfo!.map((r) => r.group?.lines.map((l) => `${l.label}: ${l.text}${l.br ? '|' : ''}`) ?? null)).toEqual([
      ['Unidad: U1|', 'Objetivo: O1|', 'Meta: M1'],
      ['Meta: M2'],
      null,
      ['Objetivo: O2|', 'Meta: M2'],
      ['Unidad: U2|', 'Objetivo: O2|', 'Meta: M2'],
      ['Unidad: U2|', 'Objetivo: O2'],
    ]);
  });

  it('procurement table: columns, one row per procedure with its source line, computed totals', () => {
    const t = v.procurement[0]!.table;
    expect(t.id).toBe('tabla-contratacion-2023');
    expect(t.caption?.text).toBe('Procesos de contratación 2023 (9 tipos)');
    expect(t.head.map((h) => [h.label, h.numeric])).toEqual([
      ['Tipo de contratación', false], ['N.º adjudicados', true], ['Valor adjudicado', true], ['N.º finalizados', true], ['Valor finalizado', true], ['Fuente', false],
    ]);
    expect(t.rows[0]!.map(valueOf)).toEqual(['CATÁLOGO ELECTRÓNICO', 7, 15666193.21, 1, 14794.25, `${MDI_FILE}:170`]);
    expect(t.rows[3]!.map(valueOf)).toEqual(['ÍNFIMA CUANTÍA', 19, 71057.41, 1, 48360.57, `${MDI_FILE}:173`]);
    expect(t.foot!.map(valueOf)).toEqual(['Total (calculado)', 50, 26477060.41, 7, 268761.61, 'blank']);
  });

  it('budget lines table and its footer: the sum of the lines, as the report\'s Total row', () => {
    const t = v.budget[0]!.lines!;
    expect(t.caption?.text).toBe('Líneas presupuestarias 2023 (8)');
    expect(t.rows.map((r) => valueOf(r[5]))).toEqual([151, 152, 153, 154, 155, 156, 157, 158].map((l) => `${MDI_FILE}:${l}`));
    expect(t.rows[4]!.slice(0, 5).map(valueOf)).toEqual(['Bienes y servicios para inversión', 32029586.58, 3035281, 9.48, 9.48]);
    expect(t.foot!.map(valueOf)).toEqual(['Suma de las líneas (calculada)', 78537516.23, 31727549.03, 'blank', 40.4, 'blank']);
  });

  it('budget summary: one row per figure, each with the flags on that field only', () => {
    const s = v.budget[0]!.summary!;
    expect(s.rows.map((r) => valueOf(r[0]))[0]).toBe('Codificado (planificado)');
    expect(s.rows.map((r) => valueOf(r[1])).slice(0, 4)).toEqual([78537516.23, 31717549.13, 40.39, 40.39]);
    const executed = s.rows[1]![1]!;
    // The report's two executed totals differ by $9.999,90 (line 164 against the Total row).
    expect(executed.type === 'value' && executed.flags.map((f) => f.code)).toContain('total_mismatch');
    expect(s.rows[0]![1]!.type === 'value' && s.rows[0]![1]!.flags).toEqual([]);
  });

  it('one report: the year column is left out of head and rows alike', () => {
    const t = v.recommendations;
    expect(t.head.map((h) => h.label)).not.toContain('Año');
    for (const r of t.rows) expect(r[0]).toEqual({ type: 'absent' });
    expect(t.rows[0]!.length).toBe(t.head.length + 1);
  });

  it('charts take title, takeaway and source lines from the same figure, and link to the comparison', () => {
    const budget = v.budget[0]!.chart!;
    expect(budget.id).toBe('grafico-presupuesto-2023');
    expect(budget.title).toBe('Ejecución por línea presupuestaria, 2023');
    expect(budget.source).toMatchObject({ file: MDI_FILE, from: 151, to: 158 });
    const proc = v.procurement[0]!.chart!;
    expect(proc.source).toMatchObject({ from: 170, to: 181 });
    expect(proc.tools.csvHref).toBe('/instituciones/ministerio-del-interior/grafico-contratacion-2023.csv');
    expect(proc.tools.related?.href).toBe('/comparar/contratacion/?resaltar=ministerio-del-interior#tabla-contratacion');
  });

  it('#alertas: every flag once, grouped by code in order of first appearance', () => {
    expect(v.alertGroups.flatMap((g) => g.flags)).toHaveLength(v.all.length);
    expect(v.alertGroups.map((g) => g.code)).toEqual([...new Set(v.all.map((f) => f.code))]);
    expect(v.sections.at(-1)).toEqual(['alertas', `Alertas (${v.all.length})`]);
  });
});

describe('handOffOf: a value drawn for one page is given to the next one, then dropped', () => {
  it('computes, hands the same value over once, then computes again', () => {
    const ds2 = { ...ds };
    const take = handOffOf(ds2);
    let draws = 0;
    const draw = () => ({ n: ++draws });
    const first = take('chart:x', draw);
    expect(take('chart:x', draw)).toBe(first);
    expect(take('chart:x', draw)).toEqual({ n: 2 });
    // Another Datasets object has its own hand-off.
    expect(handOffOf({ ...ds })('chart:x', draw)).toEqual({ n: 3 });
  });
});
