import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';

interface ConfirmCostDialogProps {
  message: string;
  onAnswer: (run: boolean) => void;
}

/** The cost guard's question before a big BigQuery query runs. */
export const ConfirmCostDialog = ({ message, onAnswer }: ConfirmCostDialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="cost-title" onCancel={() => onAnswer(false)}>
      <header className="dialog__header">
        <h2 id="cost-title">Run this query?</h2>
      </header>
      <div className="dialog__body">
        <p>{message}</p>
        <p className="muted">You can change when Aisle asks in Settings › Query cost.</p>
      </div>
      <footer className="dialog__footer">
        <Button variant="ghost" onClick={() => onAnswer(false)}>
          Don’t run
        </Button>
        <Button variant="primary" onClick={() => onAnswer(true)}>
          Run it
        </Button>
      </footer>
    </dialog>
  );
};
