/** Lookups in sorted number arrays, shared by the PDF page map and the column layout code. */

/** How many values of `sorted` (ascending) are ≤ `x`: a binary search, O(log n). */
export function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
