/**
 * resultOnDisplayedLines (src/ingest/build.ts): a parse result of joined text (a PDF's or an
 * untabbed text's wrapped rows made one line for the parsers) cites the displayed lines, the ones
 * /informes/{id}/ shows, for its rows and for the report's line of its stated goals total.
 */
import { describe, expect, it } from 'vitest';
import { resultOnDisplayedLines } from '../../src/ingest/build.ts';
import { joinRuns } from '../../src/ingest/layout/line-map.ts';
import { emptyResult } from '../../src/ingest/types.ts';

// Displayed text: a goal row wrapped over lines 3-5, then the stated total on line 6.
const DISPLAYED = [
  'METAS',                                              // 1
  'NO. DE META   INDICADOR         % CUMPLIMIENTO',     // 2
  '1.1.          NÚMERO DE         100,00 %',           // 3
  '              OPERATIVOS',                           // 4
  '              REALIZADOS',                           // 5
  'TOTAL % CUMPLIMIENTO DE LA GESTIÓN:   100,00 %',     // 6
];

describe('resultOnDisplayedLines', () => {
  const { map } = joinRuns(DISPLAYED, [1, 1, 3, 1], (ls) => ls.join(' '));
  const draft = (line: number | null) => {
    const r = emptyResult({
      period: '2023', year: 2023, title: 'Informe', report_number: null, complete: true,
      budget_pct_reported: null, goals_pct_reported: line === null ? null : 100, goals_pct_reported_line: line, date: null,
    });
    r.goals.push({
      unit: null, unit_number: null, objective: null, goal_number: '1.1.', goal: null, indicator: 'NÚMERO DE OPERATIVOS REALIZADOS',
      planned: null, achieved: null, value_unit: null, value_text: null, pct_reported: 100, pct_computed: null, plan_objective: null,
      source_line: 3,
    });
    return r;
  };

  it('the stated goals total on joined line 4 cites displayed line 6, which prints it', () => {
    const out = resultOnDisplayedLines(draft(4), 'a.pdf', map);
    expect(out.report.goals_pct_reported_line).toBe(6);
    expect(DISPLAYED[6 - 1]).toContain('TOTAL % CUMPLIMIENTO DE LA GESTIÓN');
    expect(out.goals.map((g) => g.source_line)).toEqual([3]);
  });

  it('no stated total stays null', () => {
    expect(resultOnDisplayedLines(draft(null), 'a.pdf', map).report.goals_pct_reported_line).toBeNull();
  });
});
