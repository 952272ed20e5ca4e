import { useEffect, useId, useRef, type KeyboardEventHandler, type ReactNode } from 'react';

/**
 * A modal built on the native <dialog>: focus trap, Escape and the top layer for free, and no
 * injected <style> (our pages' CSP allows only our own style sheet).
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
  className,
  onKeyDown,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children?: ReactNode;
  actions: ReactNode;
  /** Added to `dialog`, e.g. for a wider one. */
  className?: string;
  onKeyDown?: KeyboardEventHandler<HTMLDialogElement>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className={className ? `dialog ${className}` : 'dialog'}
    >
      {open && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <h2 id={titleId}>{title}</h2>
          {children}
          <div className="dialog-actions">{actions}</div>
        </form>
      )}
    </dialog>
  );
}
