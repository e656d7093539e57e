import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

function DeleteFlow({ onDelete = () => {}, autofocusCancel = false }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete prospect</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Delete Ada Lovelace?"
        description="Their notes and timeline go too."
        role="alertdialog"
      >
        <div class="row">
          <Button data-autofocus={autofocusCancel || undefined} onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              onDelete();
              setOpen(false);
            }}
          >
            Delete
          </Button>
        </div>
      </Dialog>
    </>
  );
}

const open = () => fireEvent.click(screen.getByRole('button', { name: 'Delete prospect' }));

describe('Dialog', () => {
  it('opens as a modal dialog named by its title and described by its sentence', () => {
    render(<DeleteFlow />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    open();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Ada Lovelace?' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    const describedBy = dialog.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Their notes and timeline go too.');
  });

  it('moves focus into the dialog: the first control, or the one marked data-autofocus', () => {
    const { unmount } = render(<DeleteFlow />);
    open();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    unmount();
    render(<DeleteFlow autofocusCancel />);
    open();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('closes on Escape and gives focus back to the button that opened it', () => {
    render(<DeleteFlow />);
    const opener = screen.getByRole('button', { name: 'Delete prospect' });
    opener.focus();
    open();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes through its own buttons, running their action, and returns focus', () => {
    const onDelete = vi.fn();
    render(<DeleteFlow onDelete={onDelete} />);
    const opener = screen.getByRole('button', { name: 'Delete prospect' });
    opener.focus();
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    render(<DeleteFlow />);
    open();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const del = screen.getByRole('button', { name: 'Delete' });
    del.focus();
    fireEvent.keyDown(del, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(del);
  });

  it('routes the browser’s own close request (the cancel event) through onClose', () => {
    const onClose = vi.fn();
    render(
      <Dialog open onClose={onClose} title="Settings">
        <Button>OK</Button>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(onClose).toHaveBeenCalledOnce();
    expect(cancel.defaultPrevented).toBe(true);
  });
});
