/** A list of thousands of rows (the prospect list) that keeps at most MAX_ROWS of them in the page. */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fixedLayout, measuredLayout, revealRow, visibleRange } from './virtual';

/** The most rows in the DOM at any time, the focused row included (the side panel's budget is 60). */
export const MAX_ROWS = 60;

/** Viewport height assumed before layout has happened (or where there is none, as in happy-dom). */
const FALLBACK_VIEWPORT = 600;

export interface VirtualListProps<T> {
  items: readonly T[];
  /** A stable key per item (e.g. the prospect id); measured heights are remembered by it. */
  itemKey: (item: T, index: number) => string | number;
  /** The content of one row. Its text is the row's accessible content (e.g. the person's full name). */
  renderItem: (item: T, index: number) => ComponentChildren;
  /** The list's accessible name, e.g. "Prospects". Give this or `labelledBy`. */
  label?: string;
  labelledBy?: string;
  /** Row height in pixels: exact when `measure` is false, the first estimate when it is true. */
  rowHeight: number;
  /** Rows size themselves and are measured after they render. */
  measure?: boolean;
  /** CSS height of the scrolling viewport (a number is pixels); default fills the parent. */
  height?: number | string;
  /** Rows rendered above and below the viewport so that fast scrolling shows no gap. */
  overscan?: number;
  /** Enter on a focused row. */
  onActivate?: (item: T, index: number) => void;
  class?: string;
}

/**
 * A list (`<ul>`, role list) of rows (`<li>`, role listitem), each with aria-setsize and aria-posinset so that a
 * screen reader says "12 of 10,000" although only a window of rows exists. The rows form one Tab
 * stop (roving tabindex); ArrowUp/ArrowDown, PageUp/PageDown, Home and End move focus between rows
 * and scroll; Enter calls `onActivate`. The focused row is always kept in the DOM, so scrolling
 * away with the mouse never drops keyboard focus to the page.
 */
export function VirtualList<T>({
  items,
  itemKey,
  renderItem,
  label,
  labelledBy,
  rowHeight,
  measure = false,
  height = '100%',
  overscan = 4,
  onActivate,
  class: className,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(typeof height === 'number' ? height : FALLBACK_VIEWPORT);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const heights = useRef(new Map<string | number, number>());
  const [measuredVersion, setMeasuredVersion] = useState(0);

  const count = items.length;
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  // measuredVersion says when `heights` (a ref) changed.
  const layout = useMemo(() => {
    if (!measure) return fixedLayout(count, rowHeight);
    const known = heights.current;
    const list = new Float64Array(count);
    for (let i = 0; i < count; i++) list[i] = known.get(itemKey(items[i] as T, i)) ?? rowHeight;
    return measuredLayout(list);
  }, [items, count, rowHeight, measure, measuredVersion]);

  const { start, end } = visibleRange(layout, scrollTop, viewport, overscan, MAX_ROWS - 1);
  const indexes: number[] = [];
  if (count > 0 && (activeIndex < start || activeIndex >= end)) indexes.push(activeIndex);
  for (let i = start; i < end; i++) indexes.push(i);

  // The viewport's real height, and again whenever it is resized.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const read = () => {
      if (el.clientHeight > 0) setViewport(el.clientHeight);
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A shorter list (a search narrowed it) may leave the scroll position beyond its end.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const max = Math.max(0, layout.total - viewport);
    if (scrollTop > max) {
      el.scrollTop = max;
      setScrollTop(max);
    }
  }, [layout, viewport, scrollTop]);

  // Measure rendered rows; keep what is on screen in place when rows above it change height.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!measure || !el) return;
    let changed = false;
    let shiftAbove = 0;
    for (const row of el.querySelectorAll<HTMLElement>('[data-index]')) {
      const index = Number(row.dataset.index);
      const h = row.getBoundingClientRect().height;
      if (!(h > 0) || index >= count) continue;
      const key = itemKey(items[index] as T, index);
      const old = heights.current.get(key) ?? rowHeight;
      if (Math.abs(old - h) < 0.5) continue;
      heights.current.set(key, h);
      changed = true;
      if (layout.offsetOf(index) + old <= el.scrollTop) shiftAbove += h - old;
    }
    if (!changed) return;
    if (shiftAbove !== 0) {
      el.scrollTop += shiftAbove;
      setScrollTop(el.scrollTop);
    }
    setMeasuredVersion((v) => v + 1);
  });

  // Focus the row the keyboard moved to, once it has been rendered.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const el = scroller.current;
    if (!el || count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index));
    const top = revealRow(layout, target, el.scrollTop, viewport);
    if (top !== el.scrollTop) {
      el.scrollTop = top;
      setScrollTop(top);
    }
    pendingFocus.current = target;
    setActive(target);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const row = e.target as HTMLElement;
    // Keys typed in a control inside a row belong to that control.
    if (!row.matches('li[data-index]')) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(viewport / Math.max(1, layout.heightOf(index))) - 1);
    let next: number | undefined;
    if (e.key === 'ArrowDown') next = index + 1;
    else if (e.key === 'ArrowUp') next = index - 1;
    else if (e.key === 'PageDown') next = index + page;
    else if (e.key === 'PageUp') next = index - page;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else if (e.key === 'Enter' && onActivate) {
      e.preventDefault();
      onActivate(items[index] as T, index);
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    moveTo(next);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys and focus of the rows, handled once for all rows.
    <div
      ref={scroller}
      class={['ui-vlist', className].filter(Boolean).join(' ')}
      style={{ height: typeof height === 'number' ? `${height}px` : height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocusIn={(e) => {
        const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
        if (row) setActive(Number(row.dataset.index));
      }}
    >
      <ul
        aria-label={label}
        aria-labelledby={labelledBy}
        class="ui-vlist-rows"
        style={{ height: `${layout.total}px` }}
      >
        {indexes.map((i) => {
          const item = items[i] as T;
          return (
            <li
              key={itemKey(item, i)}
              data-index={i}
              aria-setsize={count}
              aria-posinset={i + 1}
              tabIndex={i === activeIndex ? 0 : -1}
              class="ui-vlist-row"
              style={{
                top: `${layout.offsetOf(i)}px`,
                height: measure ? undefined : `${rowHeight}px`,
              }}
            >
              {renderItem(item, i)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
