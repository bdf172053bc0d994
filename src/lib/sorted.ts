/** Lookups in sorted arrays, shared by the PDF page map, the column layout code and the document's words. */

/** How many values of `sorted` (ascending: numbers, or strings in code-unit order) are ≤ `x`: a binary search, O(log n). */
export function countAtMost<T extends number | string>(sorted: readonly T[], x: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
