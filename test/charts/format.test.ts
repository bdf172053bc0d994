import { describe, expect, it } from 'vitest';
import {
  NBSP, formatDecimal, formatInt, formatMonth, formatPercent, formatUsd, formatUsdShort,
} from '../../src/charts/format.js';

// The unit separator is a non-breaking space (U+00A0); `s` writes it readably in expectations.
const s = (text: string) => text.replace(/ /g, NBSP);

describe('formatUsd', () => {
  it('prints es-EC money with two decimals', () => {
    expect(formatUsd(78537516.23)).toBe('$78.537.516,23');
    expect(formatUsd(31727549.03)).toBe('$31.727.549,03');
    expect(formatUsd(4884.15)).toBe('$4.884,15');
    expect(formatUsd(30.31)).toBe('$30,31');
    expect(formatUsd(0)).toBe('$0,00');
    expect(formatUsd(-1234.5)).toBe('-$1.234,50');
  });
  it('never prints NaN or 0 for a missing value', () => {
    expect(formatUsd(null)).toBe('no reportado');
    expect(formatUsd(undefined)).toBe('no reportado');
    expect(formatUsd(Number.NaN)).toBe('no reportado');
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe('no reportado');
    expect(formatUsd(null, '—')).toBe('—');
  });
});

describe('formatUsdShort', () => {
  it('uses "M" for millions and "mil" for thousands, one decimal at most', () => {
    expect(formatUsdShort(78537516.23)).toBe(s('$78,5 M'));
    expect(formatUsdShort(14586155.85)).toBe(s('$14,6 M'));
    expect(formatUsdShort(1200000)).toBe(s('$1,2 M'));
    expect(formatUsdShort(5000000)).toBe(s('$5 M'));
    expect(formatUsdShort(234501.52)).toBe(s('$234,5 mil'));
    expect(formatUsdShort(17990.55)).toBe(s('$18 mil'));
    expect(formatUsdShort(31.5e9)).toBe(s('$31.500 M'));
  });
  it('keeps cents below one thousand and prints zero as "$0"', () => {
    expect(formatUsdShort(30.31)).toBe('$30,31');
    expect(formatUsdShort(0)).toBe('$0');
    expect(formatUsdShort(-0.001)).toBe('$0');
  });
  it('picks the unit after rounding', () => {
    expect(formatUsdShort(999960)).toBe(s('$1 M'));
    expect(formatUsdShort(999.996)).toBe(s('$1 mil'));
  });
  it('signs negatives and handles missing values', () => {
    expect(formatUsdShort(-2500000)).toBe(s('-$2,5 M'));
    expect(formatUsdShort(null)).toBe('no reportado');
  });
});

describe('formatPercent', () => {
  it('prints percent units with a decimal comma and a non-breaking space', () => {
    expect(formatPercent(40.39)).toBe('40,39\u00a0%');
    expect(formatPercent(96.21)).toBe(s('96,21 %'));
    expect(formatPercent(164.85)).toBe(s('164,85 %'));
    expect(formatPercent(112.37)).toBe(s('112,37 %'));
  });
  it('trims trailing zeros, so goals read "400 %" and "0 %"', () => {
    expect(formatPercent(400)).toBe(s('400 %'));
    expect(formatPercent(100)).toBe(s('100 %'));
    expect(formatPercent(0)).toBe(s('0 %'));
    expect(formatPercent(25.5)).toBe(s('25,5 %'));
  });
  it('rounds to two decimals (or the digits asked for)', () => {
    expect(formatPercent(25.456)).toBe(s('25,46 %'));
    expect(formatPercent(1234.5)).toBe(s('1.234,5 %'));
    expect(formatPercent(40.39, 'x', 0)).toBe(s('40 %'));
  });
  it('prints the missing text for null', () => {
    expect(formatPercent(null)).toBe('no reportado');
    expect(formatPercent(null, 'sin dato')).toBe('sin dato');
  });
});

describe('formatInt, formatDecimal, formatMonth', () => {
  it('groups thousands with dots', () => {
    expect(formatInt(1234567)).toBe('1.234.567');
    expect(formatInt(1234)).toBe('1.234');
    expect(formatInt(7)).toBe('7');
    expect(formatInt(0)).toBe('0');
    expect(formatInt(1234.6)).toBe('1.235');
    expect(formatInt(null)).toBe('no reportado');
  });
  it('prints decimals with a comma', () => {
    expect(formatDecimal(2)).toBe('2');
    expect(formatDecimal(78.89)).toBe('78,89');
    expect(formatDecimal(244072392.41)).toBe('244.072.392,41');
  });
  it('prints months with Spanish abbreviations', () => {
    expect(formatMonth('2020-02')).toBe(s('feb 2020'));
    expect(formatMonth('2022-12')).toBe(s('dic 2022'));
    expect(formatMonth('2022-13')).toBe('sin fecha');
    expect(formatMonth(null)).toBe('sin fecha');
  });
});
