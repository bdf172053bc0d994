/** Issue 17: each profile chart is written once, compact, as an SVG file (src/pages/instituciones/[id]/[chart].svg.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSvg, withoutTooltips } from '../../src/site/charts.ts';

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

describe('withoutTooltips: the phone file of a chart', () => {
  it('drops every <title> and keeps the root aria-label, the <desc> and the bars', () => {
    const svg = '<svg aria-label="Metas, 2023" role="img" viewBox="0 0 340 80"><desc>Promedio 96,44 %.</desc>'
      + '<g><rect x="16" y="45" width="10" height="14"><title>1.1 Tasa de matrícula: 116,07&#160;%</title></rect>'
      + '<rect x="16" y="60" width="12" height="14"><title>2.1 Servidores capacitados: 117,01&#160;%</title></rect></g></svg>';
    expect(withoutTooltips(svg)).toBe('<svg aria-label="Metas, 2023" role="img" viewBox="0 0 340 80"><desc>Promedio 96,44 %.</desc>'
      + '<g><rect x="16" y="45" width="10" height="14"></rect><rect x="16" y="60" width="12" height="14"></rect></g></svg>');
  });

  it('leaves a chart without tooltips as it is', () => {
    const svg = '<svg role="img" aria-label="Sin datos"><text x="1" y="2">No se pudo dibujar este gráfico</text></svg>';
    expect(withoutTooltips(svg)).toBe(svg);
  });
});
