import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';

interface ConfirmDialogProps {
  heading: string;
  message: string;
  confirm: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** "Are you sure?" for what cannot be undone; the safe choice has the focus. */
export const ConfirmDialog = ({ heading, message, confirm, onConfirm, onClose }: ConfirmDialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      dialog.current?.close();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={id} role="alertdialog" onClose={onClose}>
      <header className="dialog__header">
        <h2 id={id}>{heading}</h2>
      </header>
      <div className="dialog__body">
        <p>{message}</p>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </div>
      <footer className="dialog__footer">
        <Button variant="ghost" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </Button>
        <Button className="report-button--danger" disabled={busy} onClick={() => void run()}>
          {busy ? 'Deleting…' : confirm}
        </Button>
      </footer>
    </dialog>
  );
};
