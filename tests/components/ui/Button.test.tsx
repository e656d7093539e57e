import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '@/components/ui/Button';

describe('Button', () => {
  it('is a button named by its text that never submits a form by default', () => {
    const onSubmit = vi.fn((e: Event) => e.preventDefault());
    const onClick = vi.fn();
    render(
      <form onSubmit={onSubmit}>
        <Button onClick={onClick}>Save prospect</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save prospect' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits when asked to', () => {
    const onSubmit = vi.fn((e: Event) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button type="submit">Add</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it.each(['primary', 'secondary', 'danger'] as const)('has the %s look', (variant) => {
    render(<Button variant={variant}>Go</Button>);
    expect(screen.getByRole('button', { name: 'Go' }).classList).toContain(variant);
  });

  it('does nothing when disabled', () => {
    const onClick = vi.fn();
    render(
      <Button disabled onClick={onClick}>
        Copy
      </Button>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('passes a ref to the element, so that a screen can move focus to it', () => {
    let el: HTMLButtonElement | null = null;
    render(
      <Button
        ref={(b: HTMLButtonElement | null) => {
          el = b;
        }}
      >
        Draft request
      </Button>,
    );
    expect(el).toBe(screen.getByRole('button', { name: 'Draft request' }));
  });
});
