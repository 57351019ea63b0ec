/** Page positions in text extracted from a PDF. Pure: no Node or PDF.js imports. */

/**
 * The 1-based PDF page that holds an offset of the extracted text. pageStarts[i] is the
 * offset where page i + 1 begins; offsets before the first page count as page 1.
 */
export function pageOf(pageStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  if (hi < 0) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** "PDF page 2": how outputs and hovers name a page. */
export function pageLabel(page: number): string {
  return `PDF page ${page}`;
}
