/**
 * informe-gestion on text copied from a PDF viewer: one space, no TAB, between a block key and its
 * value. Values read from data/reports/2021-quito-az-manuela-saenz-informe-de-gestion.txt
 * (lines 17-20: project 1 budget; lines 24-30: goal 1; line 36: its PMDOT objective).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { informeGestionParser as parser } from '../../src/ingest/parsers/informe-gestion.ts';

const bundled = readFileSync('data/reports/2021-quito-az-manuela-saenz-informe-de-gestion.txt', 'utf8');
const oneSpace = bundled.replaceAll('\t', ' ');
const src = { file: 'copiado.txt', text: oneSpace, lines: oneSpace.split('\n') };

describe('informe-gestion copied with one space between key and value', () => {
  it('has no TAB and is still recognised', () => {
    expect(oneSpace).not.toContain('\t');
    expect(parser.detect(src)).toBe(true);
  });

  it('project 1: codificado USD 5.500,00 (line 18, cited), devengado USD 4884,15, 88,80 % (lines 17-20)', () => {
    const r = parser.parse(src);
    expect(r.budget_lines).toHaveLength(1);
    expect(r.budget_lines[0]).toMatchObject({
      category: 'PROYECTO 1: PREVENCIÓN SITUACIONAL Y CONVIVENCIA PACÍFICA', planned: 5500, executed: 4884.15, pct_reported: 88.8, source_line: 18,
    });
  });

  it('goal 1: 21 acciones programmed and executed, 100 %, its unit and PMDOT objective (lines 24-30, 36)', () => {
    const r = parser.parse(src);
    const g = r.goals.find((x) => x.goal_number === '1');
    expect(g).toMatchObject({
      goal: 'IMPLEMENTAR 21 ACCIONES DESTINADAS A MEJORAR LA ORGANIZACIÓN DE BARRIOS PARA LA SEGURIDAD Y CONVIVENCIA',
      indicator: 'Número de actividades', planned: 21, achieved: 21, value_unit: 'acciones', pct_reported: 100,
      unit: 'UNIDAD DE SEGURIDAD CIUDADANA',
      plan_objective: 'OE6. Asegurar una vida plena y justa, con igualdad de oportunidades; y con acceso a salud, educación, cultura y seguridad.',
    });
    expect(r.goals).toHaveLength(2);
  });
});
