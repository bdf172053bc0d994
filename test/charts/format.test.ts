/**
 * es-EC formats of the charts: money (two decimals; short with "M" and "mil", one decimal at
 * most, the unit picked after rounding, cents below one thousand), percentages (decimal comma,
 * non-breaking space before "%", trailing zeros trimmed, two decimals or the digits asked for),
 * integers grouped with dots, decimals with a comma, months with Spanish abbreviations, and the
 * missing text for null: test/fixtures/cases/chart-format.json (the unit separator is written
 * \u00a0, a non-breaking space).
 */
import { describe, expect, it } from 'vitest';
import {
  formatDecimal, formatInt, formatMonth, formatPercent, formatUsd, formatUsdShort,
} from '../../src/charts/format.js';
import { exactCases } from '../support/cases.ts';

exactCases('chart formats', 'chart-format', { formatUsd, formatUsdShort, formatPercent, formatInt, formatDecimal, formatMonth });

describe('formatUsd', () => {
  it('never prints NaN or 0 for a missing value', () => {
    expect(formatUsd(null)).toBe('no reportado');
    expect(formatUsd(undefined)).toBe('no reportado');
    expect(formatUsd(Number.NaN)).toBe('no reportado');
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe('no reportado');
    expect(formatUsd(null, '—')).toBe('—');
  });
});
