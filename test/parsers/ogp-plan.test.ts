/**
 * ogp-plan parser: the First Open Government Action Plan of Ecuador 2019-2022 (rescheduled version).
 * Exact values below were read from data/reports/2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ogpPlanParser, readToc, sentenceCase, splitInstitutions, titleBeforeDates } from '../../src/ingest/parsers/ogp-plan.ts';
import type { ParseResult, SourceText } from '../../src/ingest/types.ts';
import { exactCases } from '../support/cases.ts';
import { readExpected } from '../support/parse.ts';

const FIXTURES = 'test/fixtures/ogp-plan';
const REPORTS = 'data/reports';
const OGP = '2019-2022-plan-de-accion-gobierno-abierto-ecuador.txt';
const OTHERS = [
  '2021-quito-az-manuela-saenz-informe-de-gestion.txt',
  '2023-consejo-nacional-electoral-lotaip-a4-metas.txt',
  '2023-iess-unidad-rendicion-de-cuentas-fragmento.txt',
  '2023-ministerio-del-interior-rendicion-de-cuentas.txt',
];

function source(text: string, file = 'test.txt'): SourceText {
  const normalized = text.replace(/\r\n?/g, '\n');
  return { file, text: normalized, lines: normalized.split('\n') };
}
const readSource = (dir: string, file: string) => source(readFileSync(join(dir, file), 'utf8'), file);
const fullText = readFileSync(join(FIXTURES, 'plan-2019-2022-completo.txt'), 'utf8');
const fullLines = fullText.split('\n');
const parseSource = () => readSource(FIXTURES, 'plan-2019-2022-completo.txt');
const parseFull = () => ogpPlanParser.parse(parseSource());

/** The full plan with one line (1-based) replaced by one or more lines. */
function withLine(line: number, replacement: string): SourceText {
  const lines = [...fullLines];
  lines.splice(line - 1, 1, replacement);
  return source(lines.join('\n'), 'variant.txt');
}
const codes = (r: ParseResult) => r.flags.map((f) => f.code).sort();
const milestone = (r: ParseResult, c: number, n: number) =>
  r.milestones.find((m) => m.commitment_number === c && m.number === n);

describe('detect', () => {
  it('claims the OGP action plan', () => {
    expect(ogpPlanParser.detect(readSource(REPORTS, OGP))).toBe(true);
  });
  it.each(OTHERS)('does not claim %s', (file) => {
    expect(ogpPlanParser.detect(readSource(REPORTS, file))).toBe(false);
  });
  it('needs the plan name, not just milestones', () => {
    expect(ogpPlanParser.detect(source('<b>Hito 1:</b> algo\tEnero 2020\tMarzo 2020'))).toBe(false);
    expect(ogpPlanParser.detect(source('Informe que cita el Plan de Acción de Gobierno Abierto.\nMeta 1'))).toBe(false);
  });
  it('claims a plan truncated before its milestones by its cover heading', () => {
    expect(ogpPlanParser.detect(source(fullLines.slice(0, 619).join('\n')))).toBe(true);
  });
  it('is false on empty text', () => {
    expect(ogpPlanParser.detect(source(''))).toBe(false);
  });
});

describe('the whole plan', () => {
  const r = parseFull();

  it('reads the report', () => {
    // As the fixture's reviewed expected output has it (test/parsers/expected-outputs.test.ts checks the rest).
    expect(r.report).toEqual(readExpected(FIXTURES, 'plan-2019-2022-completo').report);
  });

  it('names the publisher and its link domains', () => {
    expect(r.institution.name).toBe('Gobierno Abierto Ecuador');
    expect(r.institution.other).toEqual(['GRUPO NÚCLEO DE GOBIERNO ABIERTO ECUADOR']);
    expect(r.institution.ruc).toBeNull();
    expect(r.institution.domains[0]).toBe('gobiernoabierto.ec');
    expect(r.institution.domains).toContain('opengovpartnership.org');
  });

  it('finds ten commitments with their milestone counts', () => {
    expect(r.commitments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.commitments.map((c) => c.milestone_count)).toEqual([7, 5, 9, 4, 5, 4, 9, 5, 5, 6]);
    expect(r.milestones).toHaveLength(59);
  });

  it('reads every commitment: title, theme, institutions, dates, title line', () => {
    const rows = r.commitments.map((c) => [c.title, c.theme, c.institution_names, c.start, c.end, c.source_line]);
    expect(rows).toEqual([
      ['Elaboración colaborativa de la política de datos abiertos y la guía para su implementación', 'Datos abiertos',
        ['Ministerio de Telecomunicaciones y de la Sociedad de la Información'], '2020-02', '2022-04', 872],
      ['Re-diseño y actualización del portal de datos abiertos', 'Datos abiertos',
        ['Secretaría Técnica de Planificación “Planifica Ecuador”'], '2020-01', '2021-10', 900],
      ['Plataforma de Información Abierta de Contratación Pública', 'Datos abiertos',
        ['Servicio Nacional de Contratación Pública'], '2020-01', '2021-12', 928],
      ['Implementación de los derechos de participación y acceso a la información ambiental (Escazú)',
        'Desarrollo de capacidades para la transparencia', ['Ministerio del Ambiente y Agua'], '2019-11', '2022-06', 971],
      ['Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia en las '
        + 'industrias extractivas en Ecuador (petróleo, gas y minería)', 'Desarrollo de capacidades para la transparencia',
      ['Ministerio de Energía y Recursos Naturales No Renovables'], '2020-01', '2021-08', 999],
      ['Desarrollo de capacidades para garantizar la transparencia y el acceso a la información pública',
        'Empoderamiento ciudadano', ['Defensoría del Pueblo'], '2020-01', '2022-06', 1033],
      ['Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y '
        + 'creación de un observatorio ciudadano de violencia de género y diversidades sexo-genéricas',
      'Empoderamiento ciudadano', ['Secretaría de Derechos Humanos'], '2020-07', '2022-06', 1058],
      ['Primer laboratorio de innovación ciudadana de Ecuador', 'Innovación pública',
        ['Presidencia de la República del Ecuador'], '2020-01', '2022-06', 1103],
      ['Ciudadanización de la mejora de los trámites (simplificación)', 'Innovación pública',
        ['Presidencia de la República del Ecuador', 'Ministerio de Telecomunicaciones y de la Sociedad de la Información'],
        '2020-07', '2022-03', 1129],
      ['Co-creación de una estrategia para la mejora de la Calidad de los Servicios Públicos de la Función Ejecutiva',
        'Innovación pública', ['Ministerio del Trabajo'], '2020-01', '2022-06', 1161],
    ]);
  });

  it('keeps the raw institutions text, two institutions run together in commitment 9', () => {
    expect(r.commitments[8]!.institutions_reported)
      .toBe('Presidencia de la República del Ecuador Ministerio de Telecomunicaciones y de la Sociedad de la Información');
    expect(r.commitments[0]!.institutions_reported).toBe('Ministerio de Telecomunicaciones y de la Sociedad de la Información');
  });

  it('reads milestones of commitment 1', () => {
    expect(milestone(r, 1, 1)).toEqual({
      commitment_number: 1, number: 1, start: '2020-02', end: '2020-04', source_line: 884,
      text: 'Validación de la política de datos abiertos, elaborada con insumos recibidos de participantes de los '
        + 'sectores público, privado, academia, sociedad civil y ciudadanía, que fueron obtenidos en mesas realizadas '
        + 'de manera previa a la formalización del presente compromiso.',
    });
    expect(milestone(r, 1, 7)).toMatchObject({ start: '2021-01', end: '2022-04', source_line: 890 });
  });

  it('counts the triple table of commitment 3 once, keeping the row alone on its line', () => {
    const c3 = r.milestones.filter((m) => m.commitment_number === 3);
    expect(c3.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(c3.map((m) => m.source_line)).toEqual([948, 949, 950, 951, 952, 954, 955, 956, 957]);
    expect(milestone(r, 3, 1)).toMatchObject({ start: '2020-01', end: '2020-02' });
    expect(milestone(r, 3, 5)).toMatchObject({ start: '2020-02', end: '2020-09' });
    expect(milestone(r, 3, 9)).toMatchObject({ start: '2021-09', end: '2021-11' });
    expect(milestone(r, 3, 8)!.text).toBe('Promoción del uso de los datos publicados. (Usar: Visualizar. Analizar. Comparar. Hacer una diferencia)');
  });

  it('reads dates wrapped in <p> (commitment 4, hito 1) and rows after a blank line', () => {
    expect(milestone(r, 4, 1)).toMatchObject({ start: '2020-07', end: '2021-01', source_line: 984 });
    expect(milestone(r, 4, 4)).toMatchObject({ start: '2019-11', end: '2020-05', source_line: 988 });
    expect(milestone(r, 5, 1)).toMatchObject({ start: '2020-01', end: '2020-06', source_line: 1014 });
    expect(milestone(r, 5, 2)).toMatchObject({ start: '2020-06', end: '2020-08', source_line: 1016 });
  });

  it('reads milestones of commitments 7 and 10', () => {
    expect(milestone(r, 7, 4)!.text).toMatch(/^Identificación, consolidación y análisis, de manera colaborativa,/);
    expect(milestone(r, 7, 4)!.text).not.toMatch(/<|>/);
    expect(milestone(r, 7, 9)).toMatchObject({ start: '2021-09', end: '2022-06', source_line: 1086 });
    expect(milestone(r, 10, 6)).toMatchObject({ start: '2022-06', end: '2022-06', source_line: 1181 });
  });

  it('holds plain text and valid dates', () => {
    for (const m of r.milestones) {
      expect(m.text).not.toMatch(/<\/?[a-z]|\*\*|^Hito/i);
      expect(m.start! <= m.end!).toBe(true);
    }
    for (const c of r.commitments) expect(c.title).not.toMatch(/<|\.$/);
  });

  it('raises exactly these flags', () => {
    expect(codes(r)).toEqual(['duplicate_skipped', 'duplicate_skipped', 'value_suspicious', 'value_suspicious']);
    const dup = r.flags.filter((f) => f.code === 'duplicate_skipped');
    expect(dup.map((f) => [f.severity, f.source_line])).toEqual([['info', 946], ['info', 982]]);
    const title = r.flags.find((f) => f.field === 'title')!;
    expect(title).toMatchObject({ severity: 'warning', source_line: 999 });
    expect(title.message).toContain('transparencia financiera en las industrias');
    const inst = r.flags.find((f) => f.field === 'institutions_reported')!;
    expect(inst).toMatchObject({ severity: 'info', source_line: 1133 });
  });
});

describe('excerpt: section 4 up to commitment 4, without cover or table of contents', () => {
  const r = ogpPlanParser.parse(readSource(FIXTURES, 'compromisos-1-a-4.txt'));

  it('reads four commitments, lines relative to the excerpt', () => {
    expect(r.commitments.map((c) => [c.milestone_count, c.source_line])).toEqual([[7, 7], [5, 35], [9, 63], [4, 106]]);
    expect(milestone(r, 3, 9)).toMatchObject({ start: '2021-09', end: '2021-11', source_line: 92 });
  });
  it('infers the period from the commitments and is not complete', () => {
    expect(r.report).toMatchObject({ period: '2019-2022', year: 2022, complete: false });
    expect(codes(r)).toEqual(['duplicate_skipped', 'duplicate_skipped', 'fragment', 'section_unrecognized', 'year_inferred']);
  });
});

describe('variants of the real text', () => {
  it('flags duplicate copies that disagree, keeping the row alone on its line', () => {
    const line946 = fullLines[945]!;
    const altered = line946.replace('<td data-bbox="1195 1200 1441 1352" style="text-align: center;">Julio 2020</td>',
      '<td data-bbox="1195 1200 1441 1352" style="text-align: center;">Agosto 2020</td>');
    expect(altered).not.toBe(line946);
    const r = ogpPlanParser.parse(withLine(946, altered));
    expect(milestone(r, 3, 2)).toMatchObject({ end: '2020-07', source_line: 949 });
    const bad = r.flags.filter((f) => f.message.includes('copias del hito 2'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'warning', code: 'value_suspicious', source_line: 946 });
    expect(r.flags.filter((f) => f.code === 'duplicate_skipped')).toHaveLength(2);
  });

  it('copies that differ only in their spacing coincide; one that differs in a word does not', () => {
    // Line 946's HTML copy of milestone 2, «… Data Estándar (OC4IDS) dirigida …», as a PDF's text
    // of narrow cells gives it back: «(OC4IDS )», «compras públicas y actores clave,previamente».
    const line946 = fullLines[945]!;
    const from = 'Data Estándar (OC4IDS) dirigida a los responsables de compras públicas y actores clave, previamente identificados.</p> </td>';
    expect(line946).toContain(from);
    const spaced = line946.replace(from, 'Data Estándar (OC4IDS ) dirigida a los responsables de compras públicas y actores clave,previamente identificados.</p> </td>');
    const r = ogpPlanParser.parse(withLine(946, spaced));
    expect(r.flags.filter((f) => f.message.includes('copias del hito 2'))).toEqual([]);
    expect(milestone(r, 3, 2)).toMatchObject({ source_line: 949 });
    expect(milestone(r, 3, 2)!.text).toContain('(OC4IDS) dirigida a los responsables de compras públicas y actores clave, previamente');
    const worded = line946.replace(from, 'Data Estándar (OC4IDS) dirigida a los responsables de compras públicas y actores clave, previamente elegidos.</p> </td>');
    expect(ogpPlanParser.parse(withLine(946, worded)).flags.filter((f) => f.message.includes('copias del hito 2'))).toHaveLength(1);
  });

  it('joins a milestone row broken across lines', () => {
    const r = ogpPlanParser.parse(withLine(1016,
      '<b>Hito 2:</b> Modelo de gestión co-creado con el Grupo Multiparticipa\t\n'
      + 'para el proceso de representatividad ante la propia comisión.\t\tJunio 2020\tAgosto 2020'));
    expect(milestone(r, 5, 2)).toEqual({
      commitment_number: 5, number: 2, start: '2020-06', end: '2020-08', source_line: 1016,
      text: 'Modelo de gestión co-creado con el Grupo Multiparticipa para el proceso de representatividad ante la propia comisión.',
    });
    expect(r.commitments[4]!.milestone_count).toBe(5);
    expect(codes(r)).toEqual(codes(parseFull()));
  });

  it('joins dates that come on the next line', () => {
    const line = fullLines[1013]!.replace('\tEnero 2020\tJunio 2020', '\n\t<p>Enero 2020</p>\t<p>Junio 2020</p>');
    const r = ogpPlanParser.parse(withLine(1014, line));
    expect(milestone(r, 5, 1)).toMatchObject({ start: '2020-01', end: '2020-06', source_line: 1014 });
  });

  it('reads a title printed on the line of its dates, before them (a converter joined the two rows)', () => {
    // As the plan printed on US Letter and read by pdftotext -layout gives it (title and dates wrap in a narrow column)
    expect(fullLines[1102]).toBe('Primer laboratorio de innovación ciudadana de Ecuador\t');
    expect(fullLines[1103]).toBe('Fecha de inicio y término del compromiso: enero 2020 – junio 2022\t');
    // lines 1103-1104 as one line, then a blank one (same line count)
    const lines = [...fullLines];
    lines.splice(1102, 2, 'Primer laboratorio de innovación ciudadana de Ecuador Fecha de inicio y término del compromiso: enero 2020 – junio 2022', '');
    const joined = ogpPlanParser.parse(source(lines.join('\n'), 'variant.txt'));
    const full = parseFull();
    expect(joined.commitments).toEqual(full.commitments.map((c) => (c.number === 8 ? { ...c, source_line: 1103 } : c)));
    expect(joined.milestones.filter((m) => m.commitment_number === 8)).toEqual(full.milestones.filter((m) => m.commitment_number === 8));
    expect(codes(joined)).toEqual(codes(full));
  });

  it('reads the institution packed one space after its label on a line of its own (a converter left no column)', () => {
    // As pdftotext -layout gives the plan printed wide and unruled: commitment 10's institution line
    // (line 1166) stands alone between blank lines, so nothing shows its column
    expect(fullLines[1165]).toBe('<b>Institución o actor responsable de la implementación</b>\t<b>Ministerio del Trabajo</b>');
    const packed = ogpPlanParser.parse(withLine(1166, '<b>Institución o actor responsable de la implementación</b> <b>Ministerio del Trabajo</b>'));
    const full = parseFull();
    expect(packed.commitments).toEqual(full.commitments);
    expect(packed.commitments.find((c) => c.number === 10)!.institutions_reported).toBe('Ministerio del Trabajo');
    expect(codes(packed)).toEqual(codes(full));
  });

  it('reads a heading at the top of a page (a form feed before it) as a heading', () => {
    const heading = fullLines.findIndex((l) => l === '## Innovación Pública');
    expect(heading).toBeGreaterThan(0);
    const r = ogpPlanParser.parse(withLine(heading + 1, '\f## Innovación Pública'));
    expect(r.commitments.map((c) => c.theme)).toEqual(parseFull().commitments.map((c) => c.theme));
    expect(r.commitments[7]!.theme).toBe('Innovación pública');
  });

  it('titleBeforeDates: the text of one cell before the dates\' label, or null', () => {
    expect(titleBeforeDates('Primer laboratorio de Ecuador Fecha de inicio y término del compromiso: enero 2020 – junio 2022'))
      .toBe('Primer laboratorio de Ecuador');
    expect(titleBeforeDates('Fecha de inicio y término del compromiso: enero 2020 – junio 2022')).toBeNull();
    expect(titleBeforeDates('Hito 1: Fecha de inicio y término del compromiso: enero 2020')).toBeNull();
    expect(titleBeforeDates('Una línea cualquiera')).toBeNull();
  });

  it('flags a milestone that ends before it starts, without fixing it', () => {
    const r = ogpPlanParser.parse(withLine(918, fullLines[917]!.replace('Septiembre 2021\tOctubre 2021', 'Octubre 2021\tSeptiembre 2021')));
    expect(milestone(r, 2, 5)).toMatchObject({ start: '2021-10', end: '2021-09' });
    const f = r.flags.find((x) => x.source_line === 918)!;
    expect(f).toMatchObject({ severity: 'warning', code: 'value_suspicious', field: 'end' });
  });

  it('flags (info) a milestone outside its commitment dates', () => {
    const r = ogpPlanParser.parse(withLine(918, fullLines[917]!.replace('Octubre 2021', 'Diciembre 2021')));
    expect(milestone(r, 2, 5)).toMatchObject({ start: '2021-09', end: '2021-12' });
    const f = r.flags.find((x) => x.source_line === 918)!;
    expect(f).toMatchObject({ severity: 'info', code: 'value_suspicious', field: 'end' });
    expect(f.message).toContain('2020-01 → 2021-10');
  });

  it('flags a milestone without dates and a gap in the numbering', () => {
    const r = ogpPlanParser.parse(withLine(887, '<b>Hito 4:</b> Identificación de indicadores.'));
    expect(milestone(r, 1, 4)).toMatchObject({ start: null, end: null, source_line: 887 });
    expect(r.flags.find((f) => f.source_line === 887)).toMatchObject({ code: 'value_missing', field: 'start' });
    const gap = ogpPlanParser.parse(withLine(887, ''));
    expect(gap.commitments[0]!.milestone_count).toBe(6);
    expect(gap.flags.find((f) => f.field === 'number')!.message).toContain('faltan hitos: "4"');
  });

  it('warns on a commitment\'s line when its milestones were read with warnings: its milestone count may be off', () => {
    // (the plan as printed: no warning on any milestone, none on commitment 1's title line, 872)
    const clean = ogpPlanParser.parse(withLine(887, fullLines[886]!));
    expect(clean.commitments[0]).toMatchObject({ number: 1, milestone_count: 7, source_line: 872 });
    expect(clean.flags.filter((f) => f.field === 'milestone_count')).toEqual([]);
    // (milestone 4 without its dates, as a layout that cut its row gives it: one warning on line 887)
    const r = ogpPlanParser.parse(withLine(887, '<b>Hito 4:</b> Identificación de indicadores.'));
    const counted = r.flags.filter((f) => f.field === 'milestone_count');
    expect(counted.map((f) => [f.severity, f.code, f.source_line])).toEqual([['warning', 'value_suspicious', 872]]);
    expect(counted[0]!.message).toMatch(/^compromiso 1: su tabla de hitos se leyó con 1 alerta, el número de hitos \(7\) puede no ser exacto/u);
  });

  it('flags unreadable commitment dates', () => {
    const r = ogpPlanParser.parse(withLine(902, 'Fecha de inicio y término del compromiso: a definir'));
    expect(r.commitments[1]).toMatchObject({ start: null, end: null, milestone_count: 5 });
    expect(r.flags.find((f) => f.source_line === 902)).toMatchObject({ code: 'value_missing', dataset: 'commitments' });
    expect(r.report.complete).toBe(false);
  });

  it('flags a theme heading that disagrees with the table of contents', () => {
    const r = ogpPlanParser.parse(withLine(1101, '## Innovación Abierta'));
    expect(r.commitments[7]!.theme).toBe('Innovación abierta');
    expect(r.flags.filter((f) => f.field === 'theme').map((f) => f.source_line)).toEqual([1101, 1103, 1129, 1161]);
  });
});

/** The full plan with lines from..to (1-based, inclusive) replaced by others. */
function withLines(from: number, to: number, replacement: readonly string[]): SourceText {
  const lines = [...fullLines];
  lines.splice(from - 1, to - from + 1, ...replacement);
  return source(lines.join('\n'), 'variant.txt');
}
const commitment = (r: ParseResult, n: number) => r.commitments.find((c) => c.number === n);

describe('the plan as pdftotext -layout gives it from narrow layouts', () => {
  // Lines copied from `pdftotext -layout` of the plan printed by scripts/print-reports-pdf.ts
  // (after the layout stage, src/ingest/layout, where it joins rows); the layout is named in each test.
  // Commitment 8 in the plan (lines 1103-1105): «Primer laboratorio de innovación ciudadana de
  // Ecuador», enero 2020 – junio 2022, Presidencia de la República del Ecuador.
  const eighth = {
    number: 8, title: 'Primer laboratorio de innovación ciudadana de Ecuador', start: '2020-01', end: '2022-06',
    institutions_reported: 'Presidencia de la República del Ecuador', milestone_count: 5,
  };

  it('reads a table of contents with two entries on one line, an entry wrapped and a page number alone', () => {
    expect(fullLines.slice(123, 125).map((l) => l.slice(0, 22))).toEqual(['• Implementación de lo', '• Co-diseño de la hoja']);
    // letter-portrait-8pt-justified: entries 4 and 5 on one line, with entry 5's page number inside it
    const joined = readToc(withLines(124, 125, ['• Implementación de los derechos de participación y acceso a la información ambiental (Escazú). • Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia financiera en las 50 industrias extractivas en Ecuador (petróleo, gas y minería).\t47']));
    // a4-portrait-condensed-9pt-ruled-bottom-centered: entry 5 wrapped; a4-portrait-carlito-7pt-ruled-centered-bottom: page number alone
    const wrapped = readToc(withLines(124, 125, [
      '            • Implementación de los derechos de participación y acceso a la información ambiental (Escazú).               47',
      '   • Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia financiera en',
      '                              las industrias extractivas en Ecuador (petróleo, gas y minería).                            50',
    ]));
    const lone = readToc(withLines(128, 128, [
      '       • Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y creación de un observatorio ciudadano de violencia de género y diversidades sexo-',
      '\t\t\t\t\t\t55', '\t\t\t\t\tgenéricas.\t']));
    const fifth = 'Co-diseño de la hoja de ruta para la implementación del Estándar EITI para mejorar la transparencia financiera en las industrias extractivas en Ecuador (petróleo, gas y minería)';
    for (const toc of [joined, wrapped, lone]) {
      expect(toc.entries).toHaveLength(10);
      expect(toc.entries[3]!.title).toBe('Implementación de los derechos de participación y acceso a la información ambiental (Escazú)');
      expect(toc.entries.map((e) => e.theme)).toEqual(readToc(parseSource()).entries.map((e) => e.theme));
    }
    expect(joined.entries[4]!.title).toBe(fifth.replace('en las industrias', 'en las 50 industrias'));
    expect(wrapped.entries[4]!.title).toBe(fifth);
    expect(lone.entries[6]!.title).toBe('Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y creación de un observatorio ciudadano de violencia de género y diversidades sexo- genéricas');
  });

  it('numbers each commitment by its place in the table of contents: one the text lost moves no other', () => {
    // commitment 8's title, dates and institution lines lost (1103-1105)
    const r = ogpPlanParser.parse(withLines(1103, 1105, ['', '', '']));
    expect(r.commitments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10]);
    expect(commitment(r, 9)).toMatchObject({ title: 'Ciudadanización de la mejora de los trámites (simplificación)', start: '2020-07', end: '2022-03' });
    expect(commitment(r, 10)!.institutions_reported).toBe('Ministerio del Trabajo');
    expect(r.milestones.filter((m) => m.commitment_number === 9)[0]!.text).toMatch(/^Elaboración de la norma técnica de mejora regulatoria/u);
    const lost = r.flags.filter((f) => f.message.includes('del índice no encontrado'));
    expect(lost.map((f) => [f.severity, f.code, f.source_line, f.message.slice(0, 44)]))
      .toEqual([['warning', 'section_unrecognized', 130, 'compromiso 8 del índice no encontrado en el ']]);
  });

  it('numbers by the table of contents also a title that drops a word of it (commitment 5\'s, line 999)', () => {
    // commitment 4's dates and institution lines lost: commitment 5's title is not the index's word for word
    const r = ogpPlanParser.parse(withLines(972, 973, ['', '']));
    expect(commitment(r, 5)).toMatchObject({ start: '2020-01', end: '2021-08' });
    expect(commitment(r, 5)!.title).toMatch(/^Co-diseño de la hoja de ruta/u);
    expect(commitment(r, 4)).toBeUndefined();
  });

  it('gives an institution row after the milestones of the commitment before to a new commitment', () => {
    // commitment 7's institution line (1066) and commitment 8's dates line (1104) lost, as a narrow
    // layout wraps them: commitment 8's institution line must not become commitment 7's
    expect(fullLines[1065]).toBe('<b>Institución o actor responsable de la implementación</b>\t<b>Secretaría de Derechos Humanos</b>');
    const lines = [...fullLines];
    lines[1065] = '';
    lines[1103] = '';
    const r = ogpPlanParser.parse(source(lines.join('\n'), 'variant.txt'));
    expect(commitment(r, 7)).toMatchObject({ institutions_reported: null, start: '2020-07', end: '2022-06', milestone_count: 9 });
    expect(commitment(r, 8)).toMatchObject({ ...eighth, start: null, end: null });
    expect(r.flags.filter((f) => /^compromiso (7 sin institución|8 sin fechas)/u.test(f.message))).toHaveLength(2);
  });

  it('reads a title, dates\' label and institution\'s label wrapped in a narrow column', () => {
    // letter-portrait-sans-8pt-tight, lines 2085-2100 of its text
    const r = ogpPlanParser.parse(withLines(1103, 1105, [
      'Primer', 'laboratorio de', 'innovación', 'ciudadana de', 'Ecuador', 'Fecha de', 'inicio y', 'término del', 'compromiso:',
      'enero 2020 –', 'junio 2022', 'Institución o    Presidencia de la República del Ecuador', 'actor', 'responsable', 'de la',
      'implementació', 'n']));
    expect(commitment(r, 8)).toMatchObject(eighth);
    expect(r.commitments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.flags.filter((f) => f.dataset === 'commitments' && f.severity !== 'info').map((f) => f.message.slice(0, 30)))
      .toEqual(parseFull().flags.filter((f) => f.dataset === 'commitments' && f.severity !== 'info').map((f) => f.message.slice(0, 30)));
  });

  it('reads the institution beside the first piece of its wrapped label, and no word out of place', () => {
    // a4-portrait-arial-11pt-rows-spaced (after the layout stage): «<b>Institu <b>Presidencia …»
    const r = ogpPlanParser.parse(withLines(1105, 1105, ['<b>Institu <b>Presidencia de la República del Ecuador</b>',
      'ción o actor responsable de la implementación</b><b>Descripción del compromiso</b>']));
    expect(commitment(r, 8)).toMatchObject(eighth);
    // a4-portrait-times-9pt-ruled-justified-middle: a justified line put «la» after the institution
    const odd = ogpPlanParser.parse(withLines(1105, 1105, ['<b>Institución o actor responsable \t\t',
      'de implementaci \t\t<b>Presidencia de la República del Ecuador</b> la', 'ón</b> Descripción del compromiso\t\t']));
    expect(commitment(odd, 8)).toMatchObject({ number: 8, institutions_reported: null });
    expect(odd.flags.filter((f) => f.message.startsWith('compromiso sin institución responsable'))).toHaveLength(1);
  });

  it('reads the institution beside a label cut inside a word, or alone between the label\'s lines', () => {
    // a4-portrait-arial-11pt-rows-spaced (after the layout stage): «Instituc ión» on one line
    const cut = ogpPlanParser.parse(withLines(1105, 1105, ['<b>Instituc ión o actor responsable de la implementación</b>\t<b>Presidencia de la República del Ecuador</b>']));
    expect(commitment(cut, 8)).toMatchObject(eighth);
    // a4-landscape-arial-9pt-ruled-middle: the name printed in the middle of its row, between label lines
    const middle = ogpPlanParser.parse(withLines(1105, 1105, ['Institución o actor responsable',
      '                Presidencia de la República del Ecuador', 'de la implementación']));
    expect(commitment(middle, 8)).toMatchObject(eighth);
    // letter-landscape-serif-8pt-zebra-middle-right: the next rows' cells on the line that ends the label
    const next = ogpPlanParser.parse(withLines(1105, 1105, ['<b>Institución', 'o actor responsable de',
      '                   <b>Presidencia de la República del Ecuador</b>',
      'la implementación</b> Descripción del compromiso <b>¿Cuál es la problemática que el compromiso aborda?</b>\tLas capacidades de innovación y los espacios ciudadanos de colaboración y co-creación para aportar a la gestión pública no son suficientes']));
    expect(commitment(next, 8)).toMatchObject(eighth);
    // legal-portrait-caladea-10pt-double-header-large: another row's words inside the label, on one line
    const mixed = ogpPlanParser.parse(withLines(1105, 1105, ['<b>Institución o actor la Sociedad de la Información</b> responsable de la implementación</b> <b>Descripción del compromiso</ b>\t<b>Presidencia de la República del Ecuador</b>']));
    expect(commitment(mixed, 8)!.institutions_reported).toBeNull();
  });

  it('reads dates and institution from the row of the title they were joined to', () => {
    // a4-landscape-arial-10pt-ruled-bottom (after the layout stage): commitment 1's title, dates and
    // institution rows (lines 872-874) on one line
    expect(fullLines[871]).toMatch(/^<b>Elaboración colaborativa/u);
    const r = ogpPlanParser.parse(withLines(872, 874, ['<b>Elaboración colaborativa de la política de datos abiertos y la guía para su implementación</b> <b>Fecha de inicio y término del compromiso: febrero 2020 - abril 2022</b> <b>Institución o actor responsable de la implementación</b>\t<b>Ministerio de Telecomunicaciones y de la Sociedad de la Información</b>', '', '']));
    expect(commitment(r, 1)).toMatchObject({
      title: 'Elaboración colaborativa de la política de datos abiertos y la guía para su implementación',
      start: '2020-02', end: '2022-04', institutions_reported: 'Ministerio de Telecomunicaciones y de la Sociedad de la Información',
    });
  });

  it('joins a title continued on the line below it', () => {
    // letter-portrait-sans-8pt-tight: commitment 7's heading wraps (line 1058); commitment 4's title too (971)
    const r = ogpPlanParser.parse(withLines(1058, 1058, [
      '## Co-creación del Plan Nacional de Prevención y Erradicación de la Violencia contra las Mujeres y de Género y creación de un observatorio ciudadano',
      'de violencia de género y diversidades sexo-genéricas']));
    expect(commitment(r, 7)).toMatchObject({ title: parseFull().commitments[6]!.title, theme: 'Empoderamiento ciudadano' });
    const four = ogpPlanParser.parse(withLines(971, 971, ['Implementación de los derechos de participación y acceso a la información ambiental', '(Escazú)']));
    expect(commitment(four, 4)).toMatchObject({ title: 'Implementación de los derechos de participación y acceso a la información ambiental (Escazú)', theme: 'Desarrollo de capacidades para la transparencia' });
  });
});

describe('bad input never throws', () => {
  it('empty and whitespace-only text', () => {
    for (const text of ['', '   \n\t\n  ']) {
      const r = ogpPlanParser.parse(source(text));
      expect(r.commitments).toEqual([]);
      expect(r.report.complete).toBe(false);
      expect(codes(r)).toEqual(['fragment', 'fragment']);
    }
  });

  it('truncated halfway (before the commitments)', () => {
    const r = ogpPlanParser.parse(source(fullLines.slice(0, 619).join('\n')));
    expect(r.report).toMatchObject({ period: '2019-2022', year: 2022, complete: false });
    expect(r.commitments).toEqual([]);
    expect(codes(r)).toEqual(['fragment']);
  });

  it('truncated inside the commitments', () => {
    const r = ogpPlanParser.parse(source(fullLines.slice(0, 1050).join('\n')));
    expect(r.commitments.map((c) => c.milestone_count)).toEqual([7, 5, 9, 4, 5, 4]);
    expect(r.report.complete).toBe(false);
    expect(r.flags.some((f) => f.message.includes('el índice lista 10 compromisos y el texto tiene: 6'))).toBe(true);
  });

  it('CRLF line breaks, normalized or not, give the same records', () => {
    const crlf = fullText.replace(/\n/g, '\r\n');
    const base = parseFull();
    const normalized = ogpPlanParser.parse(source(crlf, 'plan-2019-2022-completo.txt'));
    expect(normalized).toEqual(base);
    const raw = ogpPlanParser.parse({ file: 'plan-2019-2022-completo.txt', text: crlf, lines: crlf.split('\n') });
    expect(raw.commitments).toEqual(base.commitments);
    expect(raw.milestones).toEqual(base.milestones);
  });

  it('a 5 MB line inside the commitments is skipped with a flag', () => {
    const r = ogpPlanParser.parse(withLine(886, `<b>Hito 3:</b> ${'<a'.repeat(2_600_000)}`));
    expect(r.commitments).toHaveLength(10);
    expect(r.commitments[0]!.milestone_count).toBe(6);
    expect(r.flags.find((f) => f.code === 'line_too_long')).toMatchObject({ source_line: 886 });
  });

  it('a 5 MB line before the section changes nothing', () => {
    const huge = withLine(865, 'x'.repeat(5 * 1024 * 1024));
    expect(ogpPlanParser.detect(huge)).toBe(true);
    const r = ogpPlanParser.parse(huge);
    expect(r.milestones).toEqual(parseFull().milestones);
  });

  it('garbage in the commitments section', () => {
    const text = '# Plan de Acción de Gobierno Abierto\n## 4. Compromisos\n<b>Hito 1:</b>\n\t\t\n<table><td>Hito 2: x';
    const r = ogpPlanParser.parse(source(text));
    expect(r.commitments).toEqual([]);
    expect(codes(r)).toContain('section_unrecognized');
  });
});

exactCases('sentenceCase', 'sentence-case', { sentenceCase });

describe('helpers', () => {
  it('splitInstitutions', () => {
    expect(splitInstitutions('Presidencia de la República del Ecuador Ministerio de Telecomunicaciones y de la Sociedad de la Información'))
      .toEqual({ names: ['Presidencia de la República del Ecuador', 'Ministerio de Telecomunicaciones y de la Sociedad de la Información'], unseparated: true });
    expect(splitInstitutions('Ministerio del Trabajo y Secretaría de Derechos Humanos'))
      .toEqual({ names: ['Ministerio del Trabajo', 'Secretaría de Derechos Humanos'], unseparated: false });
    expect(splitInstitutions('Consejo de Participación Ciudadana y Control Social').names).toEqual(['Consejo de Participación Ciudadana y Control Social']);
    expect(splitInstitutions('Secretaría Técnica de Planificación “Planifica Ecuador”').names).toEqual(['Secretaría Técnica de Planificación “Planifica Ecuador”']);
  });
});
