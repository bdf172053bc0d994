import { describe, expect, it } from 'vitest';
import { checkTarget, duration, kb, mb, memory, ratio, shortDuration, table, throughput } from '../../bench/format.ts';
import { exactCases } from '../support/cases.ts';

// Durations, and sizes in decimal units: test/fixtures/cases/bench-format.json.
exactCases('bench number formats', 'bench-format', { duration, shortDuration, kb, mb, memory, throughput, ratio });

describe('bench targets and tables', () => {
  it('targets: met with margin, missed with excess, both as % of the limit', () => {
    expect(checkTarget(3.2, 5, ratio)).toEqual({ met: true, text: 'cumple, margen 1.80x (36 %)' });
    expect(checkTarget(13.9, 5, ratio)).toEqual({ met: false, text: 'no cumple, excede en 8.90x (178 %)' });
    expect(checkTarget(5, 5, ratio)).toEqual({ met: true, text: 'cumple, margen 0.00x (0 %)' });
    expect(checkTarget(600, 600, duration, true)).toEqual({ met: false, text: 'no cumple, excede en 0.0 ms (0 %)' });
    expect(checkTarget(3e9, 4e9, memory, true).text).toBe('cumple, margen 1000 MB (25 %)');
  });
  it('markdown table with right-aligned columns and escaped pipes', () => {
    expect(table(['', 'a', 'b'], [['x', '1', 'p|q']], [1, 2])).toBe(
      '|  | a | b |\n| --- | ---: | ---: |\n| x | 1 | p\\|q |',
    );
  });
});
