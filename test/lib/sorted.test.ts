import { describe, expect, it } from 'vitest';
import { countAtMost } from '../../src/lib/sorted.ts';

describe('countAtMost', () => {
  it.each([
    [[], 5, 0],
    [[3], 2, 0],
    [[3], 3, 1],
    [[1, 4, 4, 9], 4, 3],
    [[1, 4, 4, 9], 8.9, 3],
    [[1, 4, 4, 9], 9, 4],
    [[1, 4, 4, 9], 0, 0],
  ])('in %j, values ≤ %d: %d', (sorted, x, n) => {
    expect(countAtMost(sorted, x)).toBe(n);
  });
});
