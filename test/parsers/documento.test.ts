/**
 * The fallback parser (src/ingest/parsers/documento.ts) on the real layout texts of
 * test/fixtures/documento/ (values read by hand: see its README), and on inputs it must decline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSource } from '../../src/ingest/build.ts';
import { documentoParser, linesFinancier, readIdentity, rowsFinancier } from '../../src/ingest/parsers/documento.ts';

const DIR = 'test/fixtures/documento';
const src = (name: string) => toSource(name, readFileSync(join(name.includes('cedula-presupuestaria') ? 'test/fixtures/cedula-presupuestaria' : DIR, name), 'utf8')).src;
const text = (t: string, file = 'x.txt') => toSource(file, t).src;

describe('documento: title, institution and period as printed, with their lines', () => {
  it('Bellamaría «Formato A»: labelled name and RUC on line 6; no year printed anywhere', () => {
    expect(readIdentity(src('bellamaria-2013-lotaip-formato-a.layout.txt'))).toEqual({
      title: 'Formato A', titleLine: 1, name: 'GAD PARROQUIAL RURAL DE BELLAMARIA', nameLine: 6, ruc: '0760029910001', rucLine: 6,
      parent: null, nameFrom: 'label', year: null, period: null, periodLine: null,
    });
  });

  it('cédula presupuestaria: the name as printed (cut short), «Periodo: Desde: 2025-01-01 hasta: 2025-12-31» on line 4', () => {
    expect(readIdentity(src('portoparques-2025-cedula-presupuestaria.layout.txt'))).toEqual({
      title: 'REPORTE DE CÉDULA PRESUPUESTARIA DE GASTOS', titleLine: 2,
      name: 'EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, AREAS VERDES, ZONAS DE RECREACIÓN', nameLine: 1, ruc: null, rucLine: null,
      parent: null, nameFrom: 'header', year: 2025, period: '2025', periodLine: 4,
    });
  });

  it('annual LOTAIP report: the year in the title (line 1), the name on line 2, «RUC: 1360084630001» on line 3', () => {
    expect(readIdentity(src('portoparques-2025-informe-anual-lotaip.layout.txt'))).toEqual({
      title: 'INFORME ANUAL DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN PÚBLICA - 2025', titleLine: 1,
      name: 'EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, ÁREAS VERDES, ZONAS DE RECREACIÓN Y ESPACIOS CULTURALES DE PORTOVIEJO',
      nameLine: 2, ruc: '1360084630001', rucLine: 3, parent: null, nameFrom: 'header', year: 2025, period: '2025', periodLine: 1,
    });
  });

  it('POA on the GAD\'s form: published by PORTOPARQUES EP, which every budgeted row names as its financier; the GAD is its parent; «TOTAL POA 2025» on line 528', () => {
    expect(readIdentity(src('portoparques-2025-poa.layout.txt'))).toEqual({
      title: 'Plan Operativo Anual (POA) año - F01-PRO-GPD-PGC-GPI-001 v2', titleLine: 2,
      name: 'PORTOPARQUES EP', nameLine: 14, ruc: null, rucLine: null,
      parent: 'GOBIERNO AUTONÓMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN PORTOVIEJO', nameFrom: 'rows', year: 2025, period: '2025', periodLine: 528,
    });
    const r = documentoParser.parse(src('portoparques-2025-poa.layout.txt'));
    expect(r.institution).toMatchObject({ name: 'PORTOPARQUES EP', parent: 'GOBIERNO AUTONÓMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN PORTOVIEJO', nameFrom: 'header' });
    expect(r.flags.map((f) => [f.severity, f.code, f.source_line])).toEqual([['info', 'figures_not_read', 2], ['info', 'institution_inferred', 14]]);
  });

  it('the same POA as plain text, a cell a line: PORTOPARQUES EP alone on 58 lines beside 87 amounts (first on line 232); the GAD is its parent', () => {
    // Read as the header's body before, the GAD, with no flag: the same document under two
    // institutions, depending on how it was turned into text.
    expect(readIdentity(src('portoparques-2025-poa.raw.txt'))).toMatchObject({
      name: 'PORTOPARQUES EP', nameLine: 232, parent: 'GOBIERNO AUTONÓMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN PORTOVIEJO', nameFrom: 'rows',
    });
    const r = documentoParser.parse(src('portoparques-2025-poa.raw.txt'));
    expect(r.institution).toMatchObject({ name: 'PORTOPARQUES EP', parent: 'GOBIERNO AUTONÓMO DESCENTRALIZADO MUNICIPAL DEL CANTÓN PORTOVIEJO' });
    expect(r.flags.filter((f) => f.code === 'institution_inferred').map((f) => [f.severity, f.source_line])).toEqual([['info', 232]]);
  });

  it('a document that names no body in its first lines, no label, no RUC: the company it states with its acronym (the POA evaluation\'s plain text, line 143)', () => {
    // Read as «institución desconocida» before, with a warning; its layout text gives the same name
    // (informe-gestion-tablas reads the same statement).
    expect(readIdentity(src('portoparques-2025-evaluacion-poa.raw.txt'))).toMatchObject({
      name: 'Empresa Pública Municipal de Parques, Cementerios, Áreas Verdes, Zonas de Recreación y Espacios Culturales de Portoviejo “PORTOPARQUES EP”',
      nameLine: 143, nameFrom: 'statement', ruc: null, parent: null, year: 2025,
    });
    // (a company named without its acronym in quotes states nothing: «la empresa pública Portoparques EP»)
    expect(readIdentity(text('INFORME 2025\nlas áreas verdes administradas por la empresa pública Portoparques EP\n')).name).toBeNull();
  });

  it('the plain-text financier: the one company alone on 5 lines or more, on 90 % of such lines, one for every two amounts; no table rows', () => {
    const block = (who: string) => ['Servicio', '$1.000,00', 'PROPIO', who];
    const text = (...whos: string[]) => whos.flatMap(block);
    expect(linesFinancier(text('EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP'))).toEqual({ name: 'EMPRESA A EP', line: 4 });
    // (four lines are too few; a second company as often is no single financier)
    expect(linesFinancier(text('EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP'))).toBeNull();
    expect(linesFinancier(text('EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA B EP'))).toBeNull();
    // (five company lines among eleven amounts: fewer than one for every two)
    expect(linesFinancier([...text('EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP'), ...Array(6).fill('$5,00')])).toBeNull();
    // (a text with table rows, an amount beside other cells, is rowsFinancier's)
    expect(linesFinancier([...text('EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP', 'EMPRESA A EP'), 'TOTAL   $5.000,00'])).toBeNull();
  });

  it('a name centred over several lines goes on while a line ends with a comma or «DE» (raw text of the management report, lines 1–6)', () => {
    // ../shared/real-documents/portoparques-2025-informe-gestion.raw.txt, lines 1–6 (pdftotext
    // without -layout: no blank line between the name and the period).
    const raw = ['INFORME DE GESTIÓN ANUAL', 'EMPRESA PÚBLICA MUNICIPAL DE PARQUES,', 'CEMENTERIOS, ÁREAS VERDES, ZONAS DE',
      'RECREACIÓN Y ESPACIOS CULTURALES DE', 'PORTOVIEJO “PORTOPARQUES EP”', 'Período 2025'].join('\n');
    expect(readIdentity(text(raw))).toMatchObject({
      title: 'INFORME DE GESTIÓN ANUAL', titleLine: 1,
      name: 'EMPRESA PÚBLICA MUNICIPAL DE PARQUES, CEMENTERIOS, ÁREAS VERDES, ZONAS DE RECREACIÓN Y ESPACIOS CULTURALES DE PORTOVIEJO “PORTOPARQUES EP”',
      nameLine: 2, nameFrom: 'header', year: 2025, periodLine: 6,
    });
    // A complete line is not continued by the upper-case line under it, nor a name by a title or a label.
    expect(readIdentity(text('GAD MUNICIPAL DE QUITO\nDIRECCIÓN DE PLANIFICACIÓN\nInforme 2023')).name).toBe('GAD MUNICIPAL DE QUITO');
    expect(readIdentity(text('MINISTERIO DE SALUD PÚBLICA,\nINFORME DE GESTIÓN 2023')).name).toBe('MINISTERIO DE SALUD PÚBLICA');
    expect(readIdentity(text('EMPRESA ELÉCTRICA DE\nRUC: 1790000000001\nInforme 2023')).name).toBe('EMPRESA ELÉCTRICA DE');
  });

  it('the financier rule needs the same company in (nearly) every row with an amount, at least 5 rows', () => {
    const row = (who: string) => `Servicio   NUEVO   ANUAL   $1.000,00   PROPIO   ${who}   530504`;
    expect(rowsFinancier([row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA A EP')]))
      .toEqual({ name: 'EMPRESA A EP', line: 1 });
    expect(rowsFinancier([row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA A EP')])).toBeNull();
    expect(rowsFinancier([row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA A EP'), row('EMPRESA B EP')])).toBeNull();
    // A header that names a public company is its own: its rows naming it change nothing.
    const own = readIdentity(text(['EMPRESA PÚBLICA MUNICIPAL DE AGUA DE SAN ROQUE', 'Plan Operativo Anual 2025', ...Array(5).fill(row('AGUASAN EP'))].join('\n')));
    expect([own.name, own.nameFrom, own.parent]).toEqual(['EMPRESA PÚBLICA MUNICIPAL DE AGUA DE SAN ROQUE', 'header', null]);
    // A company mentioned in prose, not as a cell, is no financier.
    expect(rowsFinancier(Array(6).fill('pagado $5,00 a la empresa PORTOPARQUES EP por el servicio'))).toBeNull();
  });

  it('the report: title, period, year, no figures, one info flag citing the lines', () => {
    const r = documentoParser.parse(src('portoparques-2025-cedula-presupuestaria.layout.txt'));
    expect(r.report).toEqual({
      period: '2025', year: 2025, title: 'REPORTE DE CÉDULA PRESUPUESTARIA DE GASTOS', report_number: null, complete: true,
      budget_pct_reported: null, goals_pct_reported: null, goals_pct_reported_line: null, date: null,
    });
    expect(r.budget_lines.length + r.budget_summaries.length + r.goals.length + r.procurement.length).toBe(0);
    expect(r.flags).toEqual([{
      severity: 'info', code: 'figures_not_read', dataset: 'reports', field: null, source_line: 2,
      message: 'cifras no leídas: todavía no hay lector para las tablas de este tipo de documento; se publican su título, institución y periodo '
        + '(institución en la línea 1, periodo en la línea 4): "REPORTE DE CÉDULA PRESUPUESTARIA DE GASTOS" (portoparques-2025-cedula-presupuestaria.layout.txt:2)',
    }]);
  });
});

describe('documento declines what names nothing', () => {
  it.each([
    ['empty', ''],
    ['prose without institution or period', 'Lorem ipsum dolor sit amet.\nNada que ver con rendición de cuentas.\n'],
    ['a year in prose is no period', 'Se visitaron 2023 hogares y se entregaron 1998 kits.\n'],
    ['a lower-case mention of a ministry is no header', 'el ministerio de salud visitó la zona\n'],
    ['a truncated header label with no value', 'NOMBRE DE LA INSTITUCIÓN:\n'],
  ])('%s', (_n, t) => {
    expect(documentoParser.detect(text(t))).toBe(false);
  });

  it('a 5 MB line is not read (and does not stop the header from being read)', () => {
    const huge = `${'x'.repeat(5 * 1024 * 1024)}\n`;
    expect(documentoParser.detect(text(huge))).toBe(false);
    const id = readIdentity(text(`${huge}INFORME ANUAL 2024\nRUC: 1760001230001\n`));
    expect([id.title, id.titleLine, id.ruc, id.rucLine, id.year]).toEqual(['INFORME ANUAL 2024', 2, '1760001230001', 3, 2024]);
  });
});
