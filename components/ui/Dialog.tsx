/** A modal dialog on the native <dialog>: the page behind is inert, Escape closes, focus comes back. */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  open: boolean;
  /** Called when the user asks to close (Escape, or the browser's own close request). */
  onClose: () => void;
  /** The dialog's heading and accessible name. */
  title: string;
  /** A sentence under the title that is read as the dialog's description. */
  description?: ComponentChildren;
  /** Body and buttons. An element with `data-autofocus` gets the first focus (e.g. "Cancel"). */
  children: ComponentChildren;
  /** `alertdialog` for confirmations of something destructive. */
  role?: 'dialog' | 'alertdialog';
}

/**
 * Opened with showModal(), so the browser makes the rest of the page inert. Tab and Shift+Tab also
 * wrap inside the dialog (the browser would otherwise let focus leave for its own toolbar).
 * On close, focus returns to the element that had it when the dialog opened.
 */
export function Dialog({ open, onClose, title, description, children, role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const base = `dialog-${useId()}`;

  // Open and close in the same commit as the render, so that focus moves before the next keystroke.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // The browser's close requests (Escape, a back gesture) must go through the owner's state.
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const dialog = ref.current;
    if (!dialog) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]'));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === dialog)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      class="ui-dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={`${base}-title`}
      aria-describedby={description ? `${base}-description` : undefined}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {open && (
        <div class="ui-dialog-body">
          <h2 id={`${base}-title`} class="ui-dialog-title">
            {title}
          </h2>
          {description && (
            <p id={`${base}-description`} class="ui-dialog-description">
              {description}
            </p>
          )}
          {children}
        </div>
      )}
    </dialog>
  );
}
