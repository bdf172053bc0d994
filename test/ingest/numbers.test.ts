import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  numberStyle, parseCount, parseDecimal, parseDecimalMixed, parseMoneyCents, parseMoneyMixed, parsePercent, percentAgrees, percentOf,
  repairSplitMoney, sumCents,
} from '../../src/lib/numbers.ts';

/**
 * Exact amounts, as printed → integer cents: test/fixtures/cases/money.json. parseMoneyCents:
 * es-EC amounts, with "$", "\\$" or "USD", a minus sign before the digits with or without a space
 * (-1.234,56 USD). parseMoneyMixed: values as printed in the Portoparques 2025 reports
 * (test/fixtures/informe-gestion-tablas/README.md): "$588.065,93" (management report, line 1356),
 * "3,706,504.22" (annexed cédula, line 2609), "1398942,00" and "-468292,30" (POA evaluation,
 * lines 970 and 1577), "31200" (POA, line 963), and the other grouping of each.
 */
const MONEY = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/cases/money.json'), 'utf8')) as Record<string, [string, number][]>;
const exactMoney = (parse: (text: string) => unknown) => it.each(MONEY[parse.name]!)('%s → %i cents', (text, cents) => {
  expect(parse(text)).toEqual({ value: cents, issue: null, raw: text });
});

describe('parseMoneyCents', () => {
  exactMoney(parseMoneyCents);
  it('marks N/A and NO APLICA as missing', () => {
    expect(parseMoneyCents('N/A').issue).toBe('missing');
    expect(parseMoneyCents(' NO APLICA ').value).toBeNull();
  });
  it('does not read garbage as money', () => {
    expect(parseMoneyCents('Información no disponible')).toMatchObject({ value: null, issue: 'suspicious' });
    expect(parseMoneyCents('$7.8.9')).toMatchObject({ value: null, issue: 'suspicious' });
  });
  it('sums to the cent where floats drift', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; in cents it is exact.
    const lines = ['$14.586.155,85', '$5.183.550,70', '$264.144,00', '$196.648,23', '$3.035.281,00', '$0,00', '$8.443.778,70', '$17.990,55'];
    expect(sumCents(lines.map((l) => parseMoneyCents(l).value))).toBe(3172754903);
    expect(sumCents([10, 20])).toBe(30);
    expect(sumCents([null, null])).toBeNull();
  });
});

describe('parsePercent', () => {
  it.each([
    ['40,39 %', 40.39],
    ['70,36%', 70.36],
    ['100%', 100],
    ['0,00 %', 0],
    ['164,85 %', 164.85],
  ])('%s → %d', (text, value) => {
    expect(parsePercent(text)).toEqual({ value, issue: null, raw: text });
  });
  it('flags OCR garble such as 00,00% as suspicious, keeping what it seems to say', () => {
    expect(parsePercent('00,00%')).toEqual({ value: 0, issue: 'suspicious', raw: '00,00%' });
  });
  it('flags a percentage followed by prose as suspicious', () => {
    expect(parsePercent('8,33% mensual promedio (La ejecución)')).toMatchObject({ value: 8.33, issue: 'suspicious' });
  });
  it('treats N/A as missing', () => {
    expect(parsePercent('N/A')).toEqual({ value: null, issue: 'missing', raw: 'N/A' });
  });
});

describe('parseDecimal', () => {
  it('reads es-EC decimals', () => {
    expect(parseDecimal('2,00').value).toBe(2);
    expect(parseDecimal('0,85').value).toBe(0.85);
    expect(parseDecimal('78,89').value).toBe(78.89);
    expect(parseDecimal('21').value).toBe(21);
  });
  it('recognizes numbers split by OCR and offers the joined reading', () => {
    expect(parseDecimal('14805883 1,00')).toEqual({ value: 148058831, issue: 'split', raw: '14805883 1,00' });
    expect(parseDecimal('244072392, 41')).toEqual({ value: 244072392.41, issue: 'split', raw: '244072392, 41' });
  });
  it('takes a leading zero before a digit for the piece of a figure a layout cut down its column', () => {
    // the Ministerio report's goal 3.1 (line 136: «82,00 | 78,89 | 96,21 %») printed on A4 in DejaVu
    // Sans Condensed 9 pt, ruled, bottom, centred (otras9), read by `pdftotext -layout`: «82, / 00»,
    // «78, / 89» down their columns; the row's last line gave a goal planned «00», achieved «89»
    expect(parseDecimal('00')).toEqual({ value: 0, issue: 'suspicious', raw: '00' });
    expect(parseDecimal('089')).toEqual({ value: 89, issue: 'suspicious', raw: '089' });
    expect(parseDecimal('- 05')).toEqual({ value: -5, issue: 'suspicious', raw: '- 05' });
    expect(parseDecimal('0')).toEqual({ value: 0, issue: null, raw: '0' });
    expect(parseDecimal('0,85')).toEqual({ value: 0.85, issue: null, raw: '0,85' });
  });
});

describe('parseCount', () => {
  it('reads counts and refuses fractions', () => {
    expect(parseCount('19').value).toBe(19);
    expect(parseCount('1.234').value).toBe(1234);
    expect(parseCount('2,5').issue).toBe('suspicious');
    expect(parseCount('2.5').issue).toBe('suspicious');
  });
  it('never reads a leading-zero group as thousands', () => {
    expect(parseDecimal('0.125').value).toBeNull();
    expect(parseMoneyCents('0.125').value).toBeNull();
    expect(parseDecimal('0,125').value).toBe(0.125);
  });
});

describe('percentOf / percentAgrees', () => {
  it('computes percentages rounded to 2 decimals', () => {
    expect(percentOf(3172754903, 7853751623)).toBe(40.4);
    expect(percentOf(3171754913, 7853751623)).toBe(40.39);
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(null, 5)).toBeNull();
  });
  it('tolerates rounding but not a real difference', () => {
    expect(percentAgrees(40.4, 40.39)).toBe(true);
    expect(percentAgrees(40.4, 40.38)).toBe(false);
  });
});

describe('parseMoneyMixed (es-EC and US amounts in one document)', () => {
  exactMoney(parseMoneyMixed);

  it('flags one separator before three digits as ambiguous, with no value unless the format is named', () => {
    // es-EC 1.234 = one thousand two hundred thirty-four; US 1.234 = one point two three four.
    expect(parseMoneyMixed('1.234')).toEqual({ value: null, issue: 'ambiguous', raw: '1.234' });
    expect(parseMoneyMixed('$1,234')).toEqual({ value: null, issue: 'ambiguous', raw: '$1,234' });
    expect(parseMoneyMixed('1.234', 'es')).toEqual({ value: 123400, issue: 'ambiguous', raw: '1.234' });
    expect(parseMoneyMixed('1.234', 'us')).toEqual({ value: 123, issue: 'ambiguous', raw: '1.234' });
    expect(parseMoneyMixed('1,234', 'us')).toEqual({ value: 123400, issue: 'ambiguous', raw: '1,234' });
    expect(parseMoneyMixed('1,234', 'es')).toEqual({ value: 123, issue: 'ambiguous', raw: '1,234' });
  });

  it('rejects mixed or garbled separators, keeps N/A as missing', () => {
    expect(parseMoneyMixed('1.234.56,7,8')).toMatchObject({ value: null, issue: 'suspicious' });
    expect(parseMoneyMixed('1,23.456')).toMatchObject({ value: null, issue: 'suspicious' });
    expect(parseMoneyMixed('$1.09x.544,49')).toMatchObject({ value: null, issue: 'suspicious' });
    expect(parseMoneyMixed('N/A')).toMatchObject({ value: null, issue: 'missing' });
  });

  it('names the style of a bare amount', () => {
    expect(numberStyle('588.065,93')).toBe('es');
    expect(numberStyle('3,706,504.22')).toBe('us');
    expect(numberStyle('94.06')).toBe('us');
    expect(numberStyle('89,60')).toBe('es');
    expect(numberStyle('31200')).toBe('plain');
    expect(numberStyle('47.460')).toBe('ambiguous');
    expect(numberStyle('1.2.3')).toBeNull();
  });

  it('leaves the es-EC readers as they were', () => {
    // parseMoneyCents does not take US thousands: existing parsers keep their exact values.
    expect(parseMoneyCents('3,706,504.22')).toMatchObject({ value: null, issue: 'suspicious' });
    expect(parseMoneyCents('1.234')).toEqual({ value: 123400, issue: null, raw: '1.234' });
  });
});

describe('repairSplitMoney (an amount broken over two lines)', () => {
  // Management report, notes column of page 22: "4.783.023,2" (line 1423) then "9," (line 1424);
  // the TOTALES row (line 1483) prints $4.783.023,29.
  it('joins the pieces when a total confirms the joined amount', () => {
    expect(repairSplitMoney('4.783.023,2', '9,', [478302329])).toEqual({ value: 478302329, issue: 'split', raw: '4.783.023,2 9,' });
    expect(repairSplitMoney('$361.134,1', '5', [1, 36113415])).toMatchObject({ value: 36113415, issue: 'split' });
  });

  it('gives null when nothing confirms it, or the tail is not digits', () => {
    expect(repairSplitMoney('4.783.023,2', '9,', [478302328])).toEqual({ value: null, issue: 'split', raw: '4.783.023,2 9,' });
    expect(repairSplitMoney('4.783.023,2', '9,', [])).toMatchObject({ value: null, issue: 'split' });
    expect(repairSplitMoney('4.783.023,2', 'orientando', [478302329])).toMatchObject({ value: null, issue: 'suspicious' });
  });
});

describe('parseDecimalMixed (indicator values in either format)', () => {
  // Management report, page 20: meta "47460.07" (line 1279) and "49689.82 Kg/Año" (line 1275), US point.
  it.each([
    ['47460.07', 47460.07],
    ['49689.82', 49689.82],
    ['47.460,07', 47460.07],
    ['1,234.5', 1234.5],
    ['6', 6],
    ['0', 0],
    ['-2,5', -2.5],
    ['- 2,5', -2.5],
  ])('%s → %d', (text, value) => {
    expect(parseDecimalMixed(text)).toEqual({ value, issue: null, raw: text });
  });

  it('never reads "47.460" confidently: es-EC 47460 or US 47.46', () => {
    expect(parseDecimalMixed('47.460')).toEqual({ value: null, issue: 'ambiguous', raw: '47.460' });
    expect(parseDecimalMixed('47.460', 'us')).toEqual({ value: 47.46, issue: 'ambiguous', raw: '47.460' });
    expect(parseDecimalMixed('47.460', 'es')).toEqual({ value: 47460, issue: 'ambiguous', raw: '47.460' });
    expect(parseDecimalMixed('4x')).toMatchObject({ value: null, issue: 'suspicious' });
  });
});
