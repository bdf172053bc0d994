import { describe, expect, it } from 'vitest';
import {
  parseCount, parseDecimal, parseMoneyCents, parsePercent, percentAgrees, percentOf, sumCents,
} from '../../src/ingest/numbers.ts';

describe('parseMoneyCents', () => {
  it.each([
    ['$78.537.516,23', 7853751623],
    ['\\$1.149.741,23', 114974123],
    ['USD 5.500,00', 550000],
    ['USD 4884,15', 488415],
    ['$0,00', 0],
    ['$30,31', 3031],
    ['1234.56', 123456],
  ])('%s → %i cents', (text, cents) => {
    expect(parseMoneyCents(text)).toEqual({ value: cents, issue: null, raw: text });
  });
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
