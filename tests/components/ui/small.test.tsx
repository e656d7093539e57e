import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { StatusPill } from '@/components/ui/StatusPill';

describe('EmptyState', () => {
  it('says what the place is for and offers the next step', () => {
    render(
      <EmptyState heading="No prospects yet" level={3} action={<Button>Add manually</Button>}>
        Open a profile and click Askwell to save someone you would like to learn from.
      </EmptyState>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'No prospects yet' })).toBeTruthy();
    expect(screen.getByText(/Open a profile and click Askwell/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add manually' })).toBeTruthy();
  });
});

describe('StatusPill', () => {
  it('reads its label before the status word, and shows the word', () => {
    const { container } = render(
      <StatusPill tone="warning" label="Status">
        requested
      </StatusPill>,
    );
    expect(container.textContent).toBe('Status: requested');
    expect(container.querySelector('.visually-hidden')?.textContent).toBe('Status: ');
    expect(container.firstElementChild?.classList).toContain('warning');
  });
});

describe('RelativeTime', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const at = Date.UTC(2026, 10, 30, 9, 0);
  const inDays = (t: number, now: number) => {
    const days = Math.round((t - now) / 86_400_000);
    return days >= 0 ? `in ${days} days` : `overdue by ${-days} days`;
  };

  it('shows the formatter’s words in a <time> with the machine-readable date', () => {
    const { container } = render(<RelativeTime at={at} now={at - 3 * 86_400_000} format={inDays} />);
    const time = container.querySelector('time') as HTMLTimeElement;
    expect(time.textContent).toBe('in 3 days');
    expect(time.getAttribute('datetime')).toBe('2026-11-30T09:00:00.000Z');
    expect(time.getAttribute('title')).toMatch(/2026/);
  });

  it('updates by itself as time passes when no clock is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(at - 86_400_000);
    const { container } = render(<RelativeTime at={at} format={inDays} refreshMs={60_000} />);
    expect(container.textContent).toBe('in 1 days');
    act(() => {
      vi.advanceTimersByTime(3 * 86_400_000);
    });
    expect(container.textContent).toBe('overdue by 2 days');
  });

  it('renders nothing for a date that is not a date', () => {
    const { container } = render(<RelativeTime at={Number.NaN} format={inDays} />);
    expect(container.innerHTML).toBe('');
  });
});
