import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';

interface PinDialogProps {
  initialTitle: string;
  /** What pinning does, in a sentence under the title. */
  hint: string;
  onPin: (title: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a report title and pins the forecast under it. */
export const PinDialog = ({ initialTitle, hint, onPin, onClose }: PinDialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState(initialTitle);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const pin = async (): Promise<void> => {
    if (title.trim() === '') {
      setError('Give the report a title.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onPin(title.trim());
      dialog.current?.close();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="forecast-pin-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void pin();
        }}
      >
        <header className="dialog__header">
          <h2 id="forecast-pin-title">Pin forecast as a report</h2>
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
          <p className="forecast-pin__hint">{hint}</p>
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
            {busy ? 'Pinning…' : 'Pin as report'}
          </Button>
        </footer>
      </form>
    </dialog>
  );
};
