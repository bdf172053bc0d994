import { describe, expect, it } from 'vitest';
import { finiteOrNull } from '../../src/charts/render.ts';

describe('finiteOrNull', () => {
  it('keeps finite numbers, zero and negatives included, and turns the rest into null', () => {
    expect(finiteOrNull(1234.56)).toBe(1234.56);
    expect(finiteOrNull(0)).toBe(0);
    expect(finiteOrNull(-3)).toBe(-3);
    expect(finiteOrNull(null)).toBeNull();
    expect(finiteOrNull(Number.NaN)).toBeNull();
    expect(finiteOrNull(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
