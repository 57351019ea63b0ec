/** Searches in arrays of numbers sorted in ascending order. */

/** The index of the last of `sorted` that is at most `value`, or -1 if none is. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = -1;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
