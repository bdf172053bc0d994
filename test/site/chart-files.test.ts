/** Issue 17: each profile chart is written once, compact, as an SVG file (src/pages/instituciones/[id]/[chart].svg.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSvg } from '../../src/site/charts.ts';

describe('fileSvg: a chart as written to its own file', () => {
  it('drops Plot\'s <style> block and the layout newlines, and keeps every element and text', () => {
    const snap = readFileSync(new URL('../charts/snapshots/budgetLinesMinisterio.svg', import.meta.url), 'utf8');
    const file = fileSvg(snap);
    expect(snap).toContain('<style>');
    expect(file).not.toContain('<style>');
    expect(file).not.toContain('\n');
    expect(file.length).toBeLessThan(snap.length);
    // Every element but the style block, in the same order, with the same text.
    const elements = (s: string) => s.match(/<[^>]*>[^<]*/g)!.map((e) => e.trim()).filter((e) => !/^<\/?style>/.test(e) && !e.startsWith(':where'));
    expect(elements(file)).toEqual(elements(snap.replace(/<style>[^<]*<\/style>/, '')));
    expect(file.startsWith('<svg aria-label="Presupuesto planificado y ejecutado por rubro, Ministerio del Interior 2023" role="img" xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file.endsWith('</svg>')).toBe(true);
  });
});
