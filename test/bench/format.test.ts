import { describe, expect, it } from 'vitest';
import { checkTarget, duration, kb, mb, memory, ratio, shortDuration, table, throughput } from '../../bench/format.ts';

describe('bench number formats', () => {
  it('durations', () => {
    expect(duration(0.0123)).toBe('12.3 ms');
    expect(duration(3.2)).toBe('3.20 s');
    expect(duration(75)).toBe('1 min 15 s (75.0 s)');
    expect(duration(252.3)).toBe('4 min 12 s (252.3 s)');
    expect(duration(42.25)).toBe('42.3 s');
    expect(shortDuration(0.30217)).toBe('302.2 ms');
    expect(shortDuration(3.456)).toBe('3.46 s');
  });
  it('sizes in decimal units', () => {
    expect(kb(144_239)).toBe('144.2');
    expect(mb(19_250_000)).toBe('19.3');
    expect(memory(497_811_456)).toBe('498 MB');
    expect(throughput(19_000_000, 2)).toBe('9.5 MB/s');
    expect(ratio(3.2)).toBe('3.20x');
  });
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
