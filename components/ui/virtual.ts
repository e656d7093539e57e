/** The arithmetic of a virtualised list: where each row sits and which rows the viewport needs. */

/** Where the rows of a list sit, from the top of the list, in pixels. */
export interface RowLayout {
  readonly count: number;
  readonly total: number;
  offsetOf(index: number): number;
  heightOf(index: number): number;
  /** The row at pixel `y` (clamped to the rows). */
  indexAt(y: number): number;
}

/** Every row `rowHeight` high. */
export function fixedLayout(count: number, rowHeight: number): RowLayout {
  const h = Math.max(1, rowHeight);
  return {
    count,
    total: count * h,
    offsetOf: (i) => i * h,
    heightOf: () => h,
    indexAt: (y) => Math.max(0, Math.min(count - 1, Math.floor(y / h))),
  };
}

/** Rows of the given heights (measured ones, and an estimate for the others). */
export function measuredLayout(heights: ArrayLike<number>): RowLayout {
  const count = heights.length;
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] ?? 0) + Math.max(1, heights[i] ?? 1);
  const at = (i: number) => offsets[i] ?? 0;
  return {
    count,
    total: at(count),
    offsetOf: at,
    heightOf: (i) => at(i + 1) - at(i),
    indexAt(y) {
      if (count === 0) return 0;
      // The last row whose top is at or above y.
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at(mid) <= y) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/**
 * The rows [start, end) to render for a viewport at `scrollTop`: the visible ones plus `overscan`
 * on each side, never more than `maxRows` (visible rows first when the cap bites).
 */
export function visibleRange(
  layout: RowLayout,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
  maxRows: number,
): { start: number; end: number } {
  if (layout.count === 0 || maxRows <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, layout.total - viewportHeight)));
  const first = layout.indexAt(top);
  const last = layout.indexAt(top + Math.max(0, viewportHeight - 1));
  const visibleEnd = last + 1;
  if (visibleEnd - first >= maxRows) return { start: first, end: first + maxRows };
  const budget = maxRows - (visibleEnd - first);
  const before = Math.min(overscan, first, Math.ceil(budget / 2));
  const after = Math.min(overscan, layout.count - visibleEnd, budget - before);
  return { start: first - before, end: visibleEnd + after };
}

/** The scroll position that shows row `index` entirely, moving as little as possible. */
export function revealRow(
  layout: RowLayout,
  index: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const top = layout.offsetOf(index);
  const bottom = top + layout.heightOf(index);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
