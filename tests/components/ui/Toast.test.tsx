import { act, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toast, type ToastMessage } from '@/components/ui/Toast';

function Harness({
  initial,
  timeoutMs,
  undo,
}: {
  initial: ToastMessage | null;
  timeoutMs?: number | null;
  undo?: () => void;
}) {
  const [toast, setToast] = useState<ToastMessage | null>(initial ? { ...initial, undo } : null);
  return (
    <>
      <button type="button" onClick={() => setToast({ id: Date.now(), text: 'Prospect deleted', undo })}>
        Delete
      </button>
      <Toast toast={toast} onDismiss={() => setToast(null)} timeoutMs={timeoutMs} />
    </>
  );
}

const deleted: ToastMessage = { id: 1, text: 'Prospect deleted' };

describe('Toast', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has a polite status region in the page before any message, so the first one is announced', () => {
    render(<Harness initial={null} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe('Prospect deleted');
  });

  it('keeps the buttons out of the announced text', () => {
    render(<Harness initial={deleted} undo={() => {}} />);
    const status = screen.getByRole('status');
    expect(status.querySelector('button')).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('undoes, then goes away', () => {
    const undo = vi.fn();
    render(<Harness initial={deleted} undo={undo} />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('goes away by itself after the timeout', () => {
    render(<Harness initial={deleted} timeoutMs={5000} />);
    act(() => {
      vi.advanceTimersByTime(4900);
    });
    expect(screen.getByRole('status').textContent).toBe('Prospect deleted');
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('waits while the pointer is over it, then for the rest of its time', () => {
    const { container } = render(<Harness initial={deleted} timeoutMs={5000} />);
    const bar = container.querySelector('.ui-toast') as HTMLElement;
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    fireEvent.mouseEnter(bar);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('status').textContent).toBe('Prospect deleted');
    fireEvent.mouseLeave(bar);
    act(() => {
      vi.advanceTimersByTime(1900);
    });
    expect(screen.getByRole('status').textContent).toBe('Prospect deleted');
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('waits while keyboard focus is on its buttons', () => {
    render(<Harness initial={deleted} timeoutMs={5000} undo={() => {}} />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    act(() => {
      undo.focus();
      fireEvent.focusIn(undo);
    });
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('status').textContent).toBe('Prospect deleted');
    act(() => {
      undo.blur();
      fireEvent.focusOut(undo);
    });
    act(() => {
      vi.advanceTimersByTime(5100);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('goes away on Dismiss or Escape', () => {
    render(<Harness initial={deleted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Dismiss' }), { key: 'Escape' });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('stays until dismissed when the timeout is null', () => {
    render(<Harness initial={deleted} timeoutMs={null} />);
    act(() => {
      vi.advanceTimersByTime(3_600_000);
    });
    expect(screen.getByRole('status').textContent).toBe('Prospect deleted');
  });

  it('restarts its time for a new message', () => {
    render(<Harness initial={deleted} timeoutMs={5000} />);
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    act(() => {
      vi.advanceTimersByTime(1);
    }); // Date.now() moves so the next id differs.
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    act(() => {
      vi.advanceTimersByTime(4000);
    });
    expect(screen.getByRole('status').textContent).toBe('Prospect deleted');
    act(() => {
      vi.advanceTimersByTime(1100);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
