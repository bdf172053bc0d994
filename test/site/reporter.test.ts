/**
 * Reporter tools, pure parts: the citation sentence, the CSV of exactly the rows a chart draws,
 * figure ids and embed slugs, the <iframe> snippet and the social cards (deterministic PNG).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { commitmentFigures } from '../../src/site/commitment-figures.ts';
import { comparisonCite } from '../../src/site/comparison-figures.ts';
import { comparisonData } from '../../src/site/comparison-data.ts';
import { budgetComparison, comparisonCsv } from '../../src/site/compare.ts';
import { profileCite, profileFigures } from '../../src/site/figures.ts';
import { cardSvg, comparisonCard, firstClause, institutionCard, OG_PNG_HEIGHT, OG_PNG_WIDTH, palettePng, svgToPng } from '../../src/site/og.ts';
import { Resvg } from '@resvg/resvg-js';
import { decode as decodePng } from 'fast-png';
import { institutionProfile } from '../../src/site/profile.ts';
import {
  absoluteUrl, accessDateText, budgetChartCsv, citationLead, citationText, downloadName, embedHeight, embedSnippet,
  goalsChartCsv, procurementChartCsv, reportSuffix, toCsv,
} from '../../src/site/reporter.ts';
import { fixture, MDI, MDI_FILE } from './helpers.ts';

const ds = fixture();
const p = institutionProfile(ds, MDI);
const figures = profileFigures(p, ds.reports);
const parse = (csv: string) => Papa.parse<string[]>(csv.trim()).data;
/** Palette index of pixel `i` of a 4-bit image (two pixels per byte, rows padded to a byte: PNG spec 7.2). */
const nibble = (data: ArrayLike<number>, width: number, i: number) => {
  const x = i % width;
  const byte = data[Math.floor(i / width) * Math.ceil(width / 2) + (x >> 1)]!;
  return x & 1 ? byte & 15 : byte >> 4;
};

describe('citation', () => {
  const parts = {
    title: 'Ejecución por línea presupuestaria, 2023',
    institution: 'Ministerio del Interior',
    reports: [{ title: 'Informe de Rendición de Cuentas No 13359', period: '2023', file: MDI_FILE, from: 151, to: 158 }],
  };
  const url = 'https://example.org/cuentas-abiertas/instituciones/ministerio-del-interior/#grafico-presupuesto-2023';

  it('reads as one sentence: institution, title, report, period, file and lines, URL, access date', () => {
    expect(citationText(parts, url, '21 de noviembre de 2026')).toBe(
      'Ministerio del Interior: «Ejecución por línea presupuestaria, 2023». ' +
        `Informe de Rendición de Cuentas No 13359, periodo 2023 (archivo ${MDI_FILE}, líneas 151–158). ` +
        `En Cuentas Abiertas: ${url} (fecha de consulta: 21 de noviembre de 2026).`,
    );
  });
  it('leaves a blank for the date when no browser fills it (deterministic builds)', () => {
    expect(citationText(parts, url, null)).toMatch(/\(fecha de consulta: ____\)\.$/);
  });
  it('one line, a described line, a whole file, and a comparison without a single report', () => {
    const one = { ...parts, reports: [{ ...parts.reports[0]!, from: 164, to: 164, what: 'resumen del presupuesto' }] };
    expect(citationLead(one)).toContain(`(archivo ${MDI_FILE}, resumen del presupuesto: línea 164)`);
    expect(citationLead({ ...parts, reports: [{ ...parts.reports[0]!, from: null }] })).toContain(`(archivo ${MDI_FILE}).`);
    const cmp = citationLead(comparisonCite({ heading: 'Ejecución presupuestaria', chartTitle: '% del presupuesto codificado ejecutado' }));
    expect(cmp).toBe('«Ejecución presupuestaria: % del presupuesto codificado ejecutado». Informes de rendición de cuentas de cada institución (archivo y línea de cada fila en la columna «Fuente» de la tabla). En Cuentas Abiertas:');
  });
  it('the profile citation points at the budget summary line of each report', () => {
    const c = profileCite(p);
    expect(c.institution).toBe('Ministerio del Interior');
    expect(c.reports).toEqual([{ title: 'Informe de Rendición de Cuentas No 13359', period: '2023', file: MDI_FILE, from: 164, what: 'resumen del presupuesto' }]);
  });
  it('access date in es-EC long form', () => {
    expect(accessDateText(new Date('2026-11-21T12:00:00Z'))).toBe('21 de noviembre de 2026');
    expect(accessDateText(new Date('2024-03-01T03:00:00Z'))).toBe('29 de febrero de 2024');
  });
});

describe('CSV of the rows a chart draws', () => {
  it('budget: the 8 lines of the Ministerio del Interior with raw amounts and source lines', () => {
    const b = p.budget[0]!;
    const rows = parse(budgetChartCsv(b.lines));
    expect(rows[0]).toEqual(['Línea presupuestaria', 'Planificado (USD)', 'Ejecutado (USD)', '% declarado', '% calculado', 'Fuente']);
    expect(rows).toHaveLength(1 + b.chartRows.length);
    expect(rows[1]).toEqual(['Egresos en personal', '14586155.85', '14586155.85', '100', '100', `${MDI_FILE}:151`]);
    expect(rows[5]).toEqual(['Bienes y servicios para inversión', '32029586.58', '3035281', '9.48', '9.48', `${MDI_FILE}:155`]);
    expect(rows.slice(1).map((r) => r[5])).toEqual([151, 152, 153, 154, 155, 156, 157, 158].map((l) => `${MDI_FILE}:${l}`));
  });
  it('budget: lines without any amount are not drawn, so not in the CSV; null is an empty cell', () => {
    const line = (category: string, planned: number | null, executed: number | null, source_line: number) =>
      ({ category, planned, executed, pct_reported: null, pct_computed: null, source_file: 'x.txt', source_line });
    expect(parse(budgetChartCsv([line('A', 10, null, 3), line('B', null, null, 4), line('C, "d"', null, 5, 6)]))).toEqual([
      ['Línea presupuestaria', 'Planificado (USD)', 'Ejecutado (USD)', '% declarado', '% calculado', 'Fuente'],
      ['A', '10', '', '', '', 'x.txt:3'],
      ['C, "d"', '', '5', '', '', 'x.txt:6'],
    ]);
  });
  it('goals: one row per charted goal, with the capped value the bar shows', () => {
    const g = p.goals[0]!;
    const rows = parse(goalsChartCsv(g.goals));
    expect(rows).toHaveLength(1 + g.chartRows.length);
    expect(rows[0]).toEqual(['N.º', 'Indicador', 'Planificado', 'Alcanzado', '% declarado', '% calculado', '% en el gráfico (tope 100)', 'Fuente']);
    const over = rows.find((r) => r[4] === '400')!;
    expect(over[6]).toBe('100');
    expect(over[7]).toBe(`${MDI_FILE}:126`);
  });
  it('procurement: the 9 procedure types', () => {
    const rows = parse(procurementChartCsv(p.procurement[0]!.rows));
    expect(rows).toHaveLength(10);
    expect(rows[1]).toEqual(['CATÁLOGO ELECTRÓNICO', '7', '15666193.21', '1', '14794.25', `${MDI_FILE}:170`]);
  });
  it('timeline: each commitment with its source line', () => {
    const overview = commitmentFigures(ds).find((f) => f.slug === '')!;
    const rows = parse(overview.csv());
    expect(rows[0]).toEqual(['Tipo', 'Elemento', 'Compromiso', 'Inicio', 'Término', 'Fuente']);
    expect(rows).toHaveLength(1 + overview.items.length);
    expect(rows.slice(1).every((r) => r[0] === 'compromiso' && /\.txt:\d+$/.test(r[5]!))).toBe(true);
  });
  it('toCsv quotes what needs quoting and ends with a newline', () => {
    expect(toCsv([{ a: 'x,y', b: 1.5 }], [{ label: 'A', value: (r) => r.a }, { label: 'B', value: (r) => r.b }])).toBe('\ufeffA,B\n"x,y",1.5\n');
  });
});

describe('figures, ids and embeds', () => {
  it('the Ministerio del Interior profile has three shareable charts with stable ids and embed slugs', () => {
    expect(figures.map((f) => [f.id, f.slug])).toEqual([
      ['grafico-presupuesto-2023', 'presupuesto'],
      ['grafico-metas-2023', 'metas'],
      ['grafico-contratacion-2023', 'contratacion'],
    ]);
    expect(figures[0]!.range).toEqual({ from: 151, to: 158 });
    expect(figures[0]!.cite.reports[0]).toMatchObject({ file: MDI_FILE, from: 151, to: 158 });
  });
  it('a second report of the same year gets a numbered suffix', () => {
    const r = ds.reports.find((x) => x.institution_id === MDI)!;
    const twin = { ...r, id: `${r.id}-b` };
    expect(reportSuffix([r], r)).toBe('2023');
    expect(reportSuffix([r, twin], r)).toBe('2023-1');
    expect(reportSuffix([r, twin], twin)).toBe('2023-2');
  });
  it('the iframe snippet has a title, full width, a height from the narrow chart, and escapes', () => {
    const svg = '<svg aria-label="x" role="img" viewBox="0 0 340 459" height="459" width="340"></svg>';
    expect(embedHeight(svg)).toBe(459 + 230);
    expect(embedSnippet('https://e.org/embed/x/?a=1&b=2', 'Título "citado"', 689)).toBe(
      '<iframe src="https://e.org/embed/x/?a=1&amp;b=2" title="Título &quot;citado&quot;" width="100%" height="689" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(embedSnippet('https://e.org/embed/x/', 'T', 400, 'https://e.org/embed-altura.js')).toBe(
      '<iframe src="https://e.org/embed/x/" title="T" width="100%" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>'
      + '<script src="https://e.org/embed-altura.js" async></script>',
    );
  });
  it('absolute URLs with SITE_URL, the path without it; download names are plain', () => {
    expect(absoluteUrl(new URL('https://example.org'), '/cuentas-abiertas/x/')).toBe('https://example.org/cuentas-abiertas/x/');
    expect(absoluteUrl(undefined, '/x/')).toBe('/x/');
    expect(downloadName(MDI, 'presupuesto-2023')).toBe('ministerio-del-interior-presupuesto-2023');
  });
  it('comparison rows as data for the page script: filter values, raw and formatted cells, links', () => {
    const c = budgetComparison(ds);
    const d = comparisonData(c.rows, c.columns);
    expect(d.columns.map((col) => col.key)).toEqual(c.columns.map((col) => col.key));
    expect(d.institutionBase).toBe('/instituciones/');
    expect(d.reportBase).toBe('/informes/');
    expect(d.reportPageLines).toBe(5000);
    const mdi = d.rows.find((r) => r.i === MDI)!;
    expect(mdi.k).toBe(c.rows.find((r) => r.institution_id === MDI)!.key);
    expect(mdi.f).toEqual(['2023', 'ejecutiva', 'nacional', 'cpccs-rendicion']);
    expect(mdi.t).toBe('Ministerio del Interior MDI');
    expect(mdi.l).toBe(164);
    const at = (key: string) => d.columns.findIndex((col) => col.key === key);
    expect(mdi.v[at('codificado')]).toBe(78537516.23);
    expect(mdi.d[at('codificado')]).toBe('$78.537.516,23');
    expect(mdi.v[at('pct_calculado')]).toBe(40.39);
    expect(mdi.d[at('pct_calculado')]!.replace(/\u00a0/g, ' ')).toBe('40,39 %');
    expect(mdi.v[at('fuente')]).toBe(`${MDI_FILE}:164`);
    expect(mdi.d[at('fuente')]).toBeNull();
    // The CSV and the data hold the same raw values.
    const csv = Papa.parse<string[]>(comparisonCsv(c.rows, c.columns).trim()).data.slice(1);
    expect(d.rows.map((r) => r.v.map((x) => (x === null ? '' : String(x))))).toEqual(csv.map((row) => row.slice(0, -1)));
  });
});

describe('social cards', () => {
  it('the headline figure of an institution, with its source line', () => {
    const card = institutionCard(p);
    expect(card.title).toBe('Ministerio del Interior');
    expect(card.headline.replace(/\u00a0/g, ' ')).toBe('Ejecutó 40,39 % de su presupuesto');
    expect(card.more?.replace(/\u00a0/g, ' ')).toBe('Metas: 112,37 % declarado · 72,38 % con tope de 100 %');
    expect(card.source).toBe(`Fuente: ${MDI_FILE}:164`);
  });
  it('comparison cards keep the first clause of the takeaway', () => {
    expect(firstClause('A declara 1 %; b.')).toBe('A declara 1 %.');
    expect(comparisonCard(ds, 'metas').headline).not.toContain(';');
  });
  it('renders a deterministic 600×315 PNG', () => {
    const svg = cardSvg(institutionCard(p));
    expect(svg).toContain('Ministerio del Interior');
    const a = svgToPng(svg);
    const b = svgToPng(cardSvg(institutionCard(institutionProfile(ds, MDI))));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const buf = Buffer.from(a);
    expect(buf.subarray(1, 4).toString()).toBe('PNG');
    expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([600, 315]);
    expect([OG_PNG_WIDTH, OG_PNG_HEIGHT]).toEqual([600, 315]);
  });
  it('writes the card as a 16-colour indexed PNG: the flat colours exact, the edges within half a step', () => {
    const svg = cardSvg(institutionCard(p));
    const buf = Buffer.from(svgToPng(svg));
    expect([buf[24], buf[25]]).toEqual([4, 3]); // IHDR bit depth 4, colour type 3: indexed colour (PNG spec, 11.2.2)
    const drawn = new Resvg(svg, {
      fitTo: { mode: 'width', value: 600 },
      font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
      background: '#ffffff',
    }).render();
    const png = decodePng(buf);
    expect([png.width, png.height]).toEqual([drawn.width, drawn.height]);
    expect(png.palette!.length).toBe(16);
    const px = drawn.pixels; // a getter that copies the whole image: read once
    const flat = new Set(['255,255,255', '11,79,138', '26,26,26', '51,51,51', '84,84,84']);
    let flatPixels = 0;
    let flatChanged = 0;
    let worst = 0;
    for (let i = 0; i < png.width * png.height; i++) {
      const c = png.palette![nibble(png.data, png.width, i)]!;
      const drawnRgb = [px[4 * i]!, px[4 * i + 1]!, px[4 * i + 2]!];
      if (flat.has(drawnRgb.join(','))) {
        flatPixels++;
        if (c.join(',') !== drawnRgb.join(',')) flatChanged++;
      }
      worst = Math.max(worst, ...drawnRgb.map((v, k) => Math.abs(v - c[k]!)));
    }
    expect(flatPixels).toBeGreaterThan(0.9 * png.width * png.height);
    expect(flatChanged).toBe(0);
    // The widest step of the palette is white → brand blue in 7 steps (35 levels of red); the
    // nearest colour (in RGB distance) of an edge pixel stays within about half of it per channel.
    expect(worst).toBeLessThanOrEqual(24);
  });
  it('takes the nearest palette colour and refuses a palette over 16 colours', () => {
    const white = [255, 255, 255] as [number, number, number];
    const black = [0, 0, 0] as [number, number, number];
    const png = decodePng(palettePng(new Uint8Array([250, 250, 250, 255, 10, 20, 5, 255, 100, 100, 100, 255]), 3, 1, [white, black]));
    expect([0, 1, 2].map((i) => nibble(png.data, 3, i))).toEqual([0, 1, 1]);
    expect(() => palettePng(new Uint8Array(4), 1, 1, Array.from({ length: 17 }, () => white))).toThrow(/16 colores/);
  });
});
