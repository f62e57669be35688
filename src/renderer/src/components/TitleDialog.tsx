import { useEffect, useId, useRef, useState } from 'react';
import { Button } from './Button';

interface TitleDialogProps {
  heading: string;
  initialTitle: string;
  hint: string;
  action: string;
  busyAction: string;
  /** Resolves when done; a rejection's message shows in the dialog. */
  onSubmit: (title: string) => Promise<void>;
  onClose: () => void;
  /** Said, instead of submitting, when the title is left empty; empty titles pass when absent. */
  emptyMessage?: string;
}

/** Asks for a title (a deck's, a report's) and runs the action with it. */
export const TitleDialog = ({
  heading,
  initialTitle,
  hint,
  action,
  busyAction,
  onSubmit,
  onClose,
  emptyMessage,
}: TitleDialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState(initialTitle);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = async (): Promise<void> => {
    if (emptyMessage !== undefined && title.trim() === '') {
      setError(emptyMessage);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(title.trim());
      dialog.current?.close();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={id} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <header className="dialog__header">
          <h2 id={id}>{heading}</h2>
        </header>
        <div className="dialog__body">
          <label className="field">
            <span className="field__label">Title</span>
            <input
              className="input"
              value={title}
              autoFocus
              maxLength={120}
              onChange={(event) => setTitle(event.target.value)}
            />
          </label>
          <p className="muted">{hint}</p>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
        </div>
        <footer className="dialog__footer">
          <Button variant="ghost" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" disabled={busy}>
            {busy ? busyAction : action}
          </Button>
        </footer>
      </form>
    </dialog>
  );
};
