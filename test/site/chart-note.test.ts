/**
 * A profile chart that draws only its first 50 rows says so in the page, not inside its file
 * (ProfileFigure.note, printed by ChartBody beside the <picture>): a screen reader and a text
 * search reach it. The fixture's Ministerio del Interior publishes 11 goals, all with a % (test/
 * fixtures/site/goals.json, from data/reports/2023-ministerio-del-interior-rendicion-de-cuentas.txt
 * lines 124–145); 60 copies of its first goal make 71, of which the chart draws 50.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Datasets } from '../../src/schema/datasets.ts';
import { imageOf, profileFigures } from '../../src/site/figures.ts';
import { institutionProfile } from '../../src/site/profile.ts';
import { fixture, MDI } from './helpers.ts';

function withGoals(extra: number): Datasets {
  const base = fixture();
  const first = base.goals.find((g) => g.institution_id === MDI)!;
  const copies = Array.from({ length: extra }, (_, i) => ({ ...first, goal: `Meta copiada ${i + 1}`, source_line: 10_000 + i }));
  return { ...base, goals: [...base.goals, ...copies] };
}

const goalsFigure = (ds: Datasets) => profileFigures(institutionProfile(ds, MDI), ds.reports).find((f) => f.kind === 'metas')!;

describe('the note on the rows a profile chart leaves out', () => {
  it('71 goals: the figure carries the note, and its files do not print it', () => {
    const f = goalsFigure(withGoals(60));
    expect(f.note).toBe('Se muestran las primeras 50 de 71 filas; las 21 restantes están en la tabla y en los datos descargables.');
    expect(imageOf(f)).toEqual({ files: f.files, alt: f.alt, note: f.note });
    const chart = f.render();
    expect(chart.wide).not.toContain('Se muestran');
    expect(chart.narrow).not.toContain('Se muestran');
    expect(parseHTML(`<html><body>${chart.wide}</body></html>`).document.querySelectorAll('g.ca-bars rect').length).toBe(50);
  });

  it('11 goals, all drawn: no note', () => {
    const f = goalsFigure(fixture());
    expect(f.note).toBeNull();
    expect(imageOf(f).note).toBeNull();
  });
});
