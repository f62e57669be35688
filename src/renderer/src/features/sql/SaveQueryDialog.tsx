import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';

interface SaveQueryDialogProps {
  heading: string;
  confirmLabel: string;
  initialName: string;
  onSave: (name: string, tags: string[]) => Promise<void>;
  onClose: () => void;
}

/** Name and tags for something to keep: a saved query, a pinned report. */
export const SaveQueryDialog = ({ heading, confirmLabel, initialName, onSave, onClose }: SaveQueryDialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initialName);
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const save = async (): Promise<void> => {
    try {
      await onSave(
        name,
        tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      );
      dialog.current?.close();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="save-query-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <header className="dialog__header">
          <h2 id="save-query-title">{heading}</h2>
        </header>
        <div className="dialog__body">
          <label className="field">
            <span className="field__label">Name</span>
            <input
              className="input"
              value={name}
              autoFocus
              maxLength={120}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">Tags (comma-separated)</span>
            <input
              className="input"
              value={tags}
              placeholder="weekly, dresses"
              onChange={(event) => setTags(event.target.value)}
            />
          </label>
          {error && <p className="error-text">{error}</p>}
        </div>
        <footer className="dialog__footer">
          <Button variant="ghost" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button variant="primary" type="submit">
            {confirmLabel}
          </Button>
        </footer>
      </form>
    </dialog>
  );
};
