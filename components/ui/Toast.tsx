/** A short confirmation at the bottom of the screen ("Prospect deleted") with an Undo button. */
import { useEffect, useRef } from 'preact/hooks';
import { Button } from './Button';

export interface ToastMessage {
  /** A new id shows a new toast (and restarts its timer) even if the text is the same. */
  id: string | number;
  text: string;
  /** When present, an Undo button calls it (then the toast goes). */
  undo?: () => void;
  /** The undo button's name, e.g. "Undo delete"; default "Undo". */
  undoLabel?: string;
}

export interface ToastProps {
  toast: ToastMessage | null;
  /** Called when the toast goes: timeout, Dismiss, Escape, or after Undo. */
  onDismiss: (id: string | number) => void;
  /** How long the toast stays, counted only while it is neither hovered nor focused; null: until dismissed. */
  timeoutMs?: number | null;
}

/**
 * The text sits in a `role="status"` element that is always in the page, so that screen readers
 * announce each new message politely; the buttons are outside it so that they are not read as part
 * of the message. The timer pauses while the pointer is over the toast or focus is inside it, so
 * that nobody loses the Undo while reaching for it.
 */
export function Toast({ toast, onDismiss, timeoutMs = 10_000 }: ToastProps) {
  const hovered = useRef(false);
  const focused = useRef(false);
  const remaining = useRef(0);
  const startedAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);
  const dismissRef = useRef(onDismiss);
  dismissRef.current = onDismiss;
  const id = toast?.id;

  const stop = () => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
      timer.current = undefined;
      remaining.current -= Date.now() - startedAt.current;
    }
  };
  const start = () => {
    if (id === undefined || timer.current !== undefined || hovered.current || focused.current) return;
    if (remaining.current === Number.POSITIVE_INFINITY) return;
    startedAt.current = Date.now();
    timer.current = setTimeout(
      () => {
        timer.current = undefined;
        dismissRef.current(id);
      },
      Math.max(0, remaining.current),
    );
  };

  useEffect(() => {
    if (id === undefined) return;
    // Removing a focused button does not always fire focusout: ask the document where focus is.
    focused.current = box.current?.contains(document.activeElement) ?? false;
    remaining.current = timeoutMs ?? Number.POSITIVE_INFINITY;
    start();
    return () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [id, timeoutMs]);

  const dismiss = () => {
    if (id !== undefined) dismissRef.current(id);
  };

  return (
    <div class="ui-toast-region">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: pauses the timer and handles Escape for the buttons inside. */}
      <div
        ref={box}
        class={toast ? 'ui-toast' : 'ui-toast ui-toast-empty'}
        onMouseEnter={() => {
          hovered.current = true;
          stop();
        }}
        onMouseLeave={() => {
          hovered.current = false;
          start();
        }}
        onFocusIn={() => {
          focused.current = true;
          stop();
        }}
        onFocusOut={(e) => {
          if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
          focused.current = false;
          start();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') dismiss();
        }}
      >
        <p role="status" class="ui-toast-text">
          {toast?.text ?? ''}
        </p>
        {toast && (
          <div class="ui-toast-actions">
            {toast.undo && (
              <Button
                variant="primary"
                onClick={() => {
                  toast.undo?.();
                  dismiss();
                }}
              >
                {toast.undoLabel ?? 'Undo'}
              </Button>
            )}
            <Button onClick={dismiss}>Dismiss</Button>
          </div>
        )}
      </div>
    </div>
  );
}
