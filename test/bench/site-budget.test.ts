import { describe, expect, it } from 'vitest';
import { budgetProblems, FOLDER_BUDGET_KB, TOTAL_BUDGET_KB } from '../../bench/site-budget.ts';

const folder = (name: string, kbPerReport: number, reports: number) => ({ folder: name, bytes: kbPerReport * 1000 * reports, files: 1 });

describe('site size budget', () => {
  it('accepts a site whose folders are at their budgets', () => {
    const folders = [folder('og', FOLDER_BUDGET_KB.og!, 100), folder('informes', 10, 100)];
    expect(budgetProblems({ bytes: folders.reduce((n, f) => n + f.bytes, 0), files: 2, folders }, 100)).toEqual([]);
  });

  it('names the folder over its budget, the folder without one and a site over the total', () => {
    const og = folder('og', FOLDER_BUDGET_KB.og! + 0.5, 200);
    const nueva = folder('nueva', 1, 200);
    expect(budgetProblems({ bytes: og.bytes + nueva.bytes, files: 2, folders: [og, nueva] }, 200)).toEqual([
      `carpeta sobre su presupuesto: og ${(FOLDER_BUDGET_KB.og! + 0.5).toFixed(1)} KB por informe, máximo ${FOLDER_BUDGET_KB.og} (200 informes)`,
      'carpeta sin presupuesto de tamaño: nueva (bench/site-budget.ts)',
    ]);
    const total = (TOTAL_BUDGET_KB + 1) * 1000 * 10;
    expect(budgetProblems({ bytes: total, files: 1, folders: [] }, 10)).toEqual([
      `sitio sobre su presupuesto: ${(TOTAL_BUDGET_KB + 1).toFixed(1)} KB por informe, máximo ${TOTAL_BUDGET_KB} (10 informes)`,
    ]);
  });
});
