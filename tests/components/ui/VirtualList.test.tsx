import { act, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { MAX_ROWS, VirtualList } from '@/components/ui/VirtualList';
import { fixedLayout, measuredLayout, revealRow, visibleRange } from '@/components/ui/virtual';

interface Person {
  id: number;
  name: string;
}
const people = (n: number): Person[] =>
  Array.from({ length: n }, (_, i) => ({ id: i, name: `Person ${i + 1}` }));
const TEN_THOUSAND = people(10_000);
const ROW = 56;
const VIEWPORT = 560;

function Prospects({
  items = TEN_THOUSAND,
  onActivate,
}: {
  items?: Person[];
  onActivate?: (p: Person) => void;
}) {
  return (
    <VirtualList
      label="Prospects"
      items={items}
      itemKey={(p) => p.id}
      rowHeight={ROW}
      height={VIEWPORT}
      onActivate={onActivate}
      renderItem={(p) => (
        <>
          <span class="name">{p.name}</span> <input aria-label={`Note for ${p.name}`} />
        </>
      )}
    />
  );
}

const rows = () => screen.getAllByRole('listitem');
const focusedPos = () => Number((document.activeElement as HTMLElement).getAttribute('aria-posinset'));
const press = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });
const scroller = (container: Element) => container.querySelector('.ui-vlist') as HTMLElement;

describe('VirtualList with 10,000 prospects', () => {
  it('is a list named "Prospects" with at most 60 rows in the DOM', () => {
    render(<Prospects />);
    const list = screen.getByRole('list', { name: 'Prospects' });
    expect(list).toBeTruthy();
    expect(rows().length).toBeGreaterThanOrEqual(VIEWPORT / ROW);
    expect(rows().length).toBeLessThanOrEqual(MAX_ROWS);
    expect(MAX_ROWS).toBeLessThanOrEqual(60);
  });

  it('tells screen readers each row’s position out of 10,000', () => {
    render(<Prospects />);
    const first = rows()[0] as HTMLElement;
    expect(first.getAttribute('aria-setsize')).toBe('10000');
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.textContent).toContain('Person 1');
  });

  it('is a single Tab stop', () => {
    render(<Prospects />);
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it('moves focus with ArrowDown/ArrowUp, and scrolls to the focused row', () => {
    const { container } = render(<Prospects />);
    (rows()[0] as HTMLElement).focus();
    for (let i = 0; i < 25; i++) press('ArrowDown');
    expect(focusedPos()).toBe(26);
    expect((document.activeElement as HTMLElement).textContent).toContain('Person 26');
    // Row 26 ends at 26 * 56 px: the viewport was scrolled to show it entirely.
    expect(scroller(container).scrollTop).toBe(26 * ROW - VIEWPORT);
    press('ArrowUp');
    expect(focusedPos()).toBe(25);
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([document.activeElement]);
  });

  it('goes to the last of 10,000 with End and back with Home, staying within 60 rows', () => {
    const { container } = render(<Prospects />);
    (rows()[0] as HTMLElement).focus();
    press('End');
    expect(focusedPos()).toBe(10_000);
    expect((document.activeElement as HTMLElement).textContent).toContain('Person 10000');
    expect(scroller(container).scrollTop).toBe(10_000 * ROW - VIEWPORT);
    expect(rows().length).toBeLessThanOrEqual(MAX_ROWS);
    press('Home');
    expect(focusedPos()).toBe(1);
    expect(scroller(container).scrollTop).toBe(0);
  });

  it('pages with PageDown and PageUp', () => {
    render(<Prospects />);
    (rows()[0] as HTMLElement).focus();
    press('PageDown');
    expect(focusedPos()).toBe(1 + (VIEWPORT / ROW - 1));
    press('PageUp');
    expect(focusedPos()).toBe(1);
  });

  it('never has more than 60 rows in the DOM, whatever the keys and scrolling', () => {
    const { container } = render(<Prospects />);
    const el = scroller(container);
    (rows()[0] as HTMLElement).focus();
    let max = 0;
    const keys = ['ArrowDown', 'PageDown', 'PageDown', 'ArrowUp', 'End', 'PageUp', 'Home', 'PageDown'];
    for (let step = 0; step < 120; step++) {
      if (step % 3 === 0) {
        el.scrollTop = ((step * 7919) % 10_000) * ROW;
        fireEvent.scroll(el);
      } else {
        press(keys[step % keys.length] as string);
      }
      max = Math.max(max, rows().length);
    }
    expect(max).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('renders the rows where the user scrolled to', () => {
    const { container } = render(<Prospects />);
    const el = scroller(container);
    el.scrollTop = 5000 * ROW;
    fireEvent.scroll(el);
    const positions = rows().map((r) => Number(r.getAttribute('aria-posinset')));
    expect(positions).toContain(5001);
    expect(positions).toContain(5010);
    expect(rows().length).toBeLessThanOrEqual(MAX_ROWS);
    const row = rows().find((r) => r.getAttribute('aria-posinset') === '5001') as HTMLElement;
    expect(row.style.top).toBe(`${5000 * ROW}px`);
  });

  it('keeps the focused row in the page when the user scrolls far away, so focus is not lost', () => {
    const { container } = render(<Prospects />);
    (rows()[0] as HTMLElement).focus();
    press('ArrowDown');
    const focused = document.activeElement;
    const el = scroller(container);
    el.scrollTop = 8000 * ROW;
    fireEvent.scroll(el);
    expect(focused?.isConnected).toBe(true);
    expect(document.activeElement).toBe(focused);
    expect(rows().length).toBeLessThanOrEqual(MAX_ROWS);
    press('ArrowDown');
    expect(focusedPos()).toBe(3);
  });

  it('opens a row with Enter', () => {
    const onActivate = vi.fn();
    render(<Prospects onActivate={onActivate} />);
    (rows()[0] as HTMLElement).focus();
    press('ArrowDown');
    press('Enter');
    expect(onActivate).toHaveBeenCalledWith(TEN_THOUSAND[1], 1);
  });

  it('leaves keys typed in a control inside a row to that control', () => {
    render(<Prospects />);
    const input = screen.getByRole('textbox', { name: 'Note for Person 3' });
    input.focus();
    press('ArrowDown');
    press('End');
    expect(document.activeElement).toBe(input);
  });

  it('makes the row the user clicked into the Tab stop', () => {
    render(<Prospects />);
    const input = screen.getByRole('textbox', { name: 'Note for Person 4' });
    act(() => {
      input.focus();
      fireEvent.focusIn(input);
    });
    const stop = rows().filter((r) => r.tabIndex === 0);
    expect(stop.map((r) => r.getAttribute('aria-posinset'))).toEqual(['4']);
  });

  it('follows a narrower list (a search) without pointing past its end', () => {
    function Searchable() {
      const [items, setItems] = useState(TEN_THOUSAND);
      return (
        <>
          <button type="button" onClick={() => setItems(TEN_THOUSAND.filter((p) => p.name.endsWith('77')))}>
            Search
          </button>
          <Prospects items={items} />
        </>
      );
    }
    const { container } = render(<Searchable />);
    (rows()[0] as HTMLElement).focus();
    press('End');
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    // 77, 177, ..., 9977 : 100 people.
    const now = rows();
    expect(now.length).toBeLessThanOrEqual(MAX_ROWS);
    expect(now.every((r) => r.getAttribute('aria-setsize') === '100')).toBe(true);
    expect(now.filter((r) => r.tabIndex === 0)).toHaveLength(1);
    expect(scroller(container).scrollTop).toBeLessThanOrEqual(100 * ROW - VIEWPORT);
    expect(now.some((r) => r.textContent?.includes('Person 9977'))).toBe(true);
  });

  it('renders names with markup as text', () => {
    const { container } = render(<Prospects items={[{ id: 1, name: '<img src=x onerror=alert(1)>' }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(rows()[0]?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('with measured rows still keeps at most 60 rows and every position', () => {
    render(
      <VirtualList
        label="Prospects"
        items={TEN_THOUSAND}
        itemKey={(p) => p.id}
        rowHeight={ROW}
        measure
        height={VIEWPORT}
        renderItem={(p) => p.name}
      />,
    );
    expect(rows().length).toBeLessThanOrEqual(MAX_ROWS);
    (rows()[0] as HTMLElement).focus();
    press('End');
    expect(focusedPos()).toBe(10_000);
  });
});

describe('row layout arithmetic', () => {
  it('places fixed rows and finds the row under a pixel', () => {
    const layout = fixedLayout(10, 20);
    expect(layout.total).toBe(200);
    expect(layout.offsetOf(3)).toBe(60);
    expect(layout.indexAt(59)).toBe(2);
    expect(layout.indexAt(60)).toBe(3);
    expect(layout.indexAt(10_000)).toBe(9);
  });

  it('places measured rows of different heights', () => {
    const layout = measuredLayout([10, 30, 20, 40]);
    expect(layout.total).toBe(100);
    expect([0, 1, 2, 3].map((i) => layout.offsetOf(i))).toEqual([0, 10, 40, 60]);
    expect(layout.heightOf(1)).toBe(30);
    expect([0, 9, 10, 39, 40, 60, 99, 500].map((y) => layout.indexAt(y))).toEqual([0, 0, 1, 1, 2, 3, 3, 3]);
  });

  it('renders the visible rows plus overscan, capped, and visible rows first', () => {
    const layout = fixedLayout(1000, 10);
    expect(visibleRange(layout, 500, 100, 3, 60)).toEqual({ start: 47, end: 63 });
    expect(visibleRange(layout, 0, 100, 3, 60)).toEqual({ start: 0, end: 13 });
    expect(visibleRange(layout, 99_999, 100, 3, 60)).toEqual({ start: 987, end: 1000 });
    expect(visibleRange(layout, 500, 1000, 3, 60)).toEqual({ start: 50, end: 110 });
    expect(visibleRange(fixedLayout(0, 10), 0, 100, 3, 60)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls as little as possible to reveal a row', () => {
    const layout = fixedLayout(100, 10);
    expect(revealRow(layout, 5, 0, 100)).toBe(0);
    expect(revealRow(layout, 12, 0, 100)).toBe(30);
    expect(revealRow(layout, 2, 50, 100)).toBe(20);
  });
});
