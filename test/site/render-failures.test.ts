/** Issue 15: one figure or card that cannot be rendered never stops the build. */
import { describe, expect, it, vi } from 'vitest';
import { both, CHART_FAILED_TEXT, chartFailed, svgSize } from '../../src/site/charts.ts';
import { cardPng, cardSvg } from '../../src/site/og.ts';

describe('render failures', () => {
  it('a chart builder that throws gives a chart saying it could not be drawn, and logs it', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = both(() => { throw new RangeError('Maximum call stack size exceeded'); }, { ariaLabel: 'Presupuesto X' });
    expect(r.narrow).toContain(CHART_FAILED_TEXT);
    expect(r.wide).toContain(CHART_FAILED_TEXT);
    expect(r.wide).toMatch(/^<svg/);
    expect(log).toHaveBeenCalledWith('gráfico no dibujado: Maximum call stack size exceeded (Presupuesto X)');
    log.mockRestore();
  });

  it('a failed chart is recognised (its <img> alt says it could not be drawn) and keeps its size', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = both(() => { throw new Error('x'); }, { ariaLabel: 'Presupuesto X' });
    log.mockRestore();
    expect(chartFailed(r.narrow)).toBe(true);
    expect(svgSize(r.narrow).width).toBe(340);
    expect(svgSize(r.wide).width).toBe(680);
    expect(svgSize(r.wide).height).toBeGreaterThan(0);
    const drawn = '<svg aria-label="A" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 456" height="456" width="340" class="ca-chart-budget"><desc>ca-chart-failed</desc></svg>';
    expect(chartFailed(drawn)).toBe(false);
    expect(svgSize(drawn)).toEqual({ width: 340, height: 456 });
  });

  it('a social card with control characters and markup in the name renders (resvg used to stop the build)', () => {
    const card = { title: 'MINISTERIO\x1b\x00 <script>alert(1)</script> DEL INTERIOR\ud800', headline: 'Ejecutó 40,39 %', detail: null, source: null };
    const svg = cardSvg(card);
    expect(svg).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    expect(svg).toContain('MINISTERIO &lt;script&gt;');
    const png = cardPng(card);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
