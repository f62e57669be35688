import { KeyRound } from 'lucide-react';

/** Web mode opened without its launch link: say exactly how to get in. */
export const MissingToken = () => (
  <main className="gate">
    <div className="gate__card">
      <span className="gate__icon" aria-hidden="true">
        <KeyRound size={28} />
      </span>
      <h1>Open Aisle from its launch link</h1>
      <p>
        For your safety, web mode only answers a tab opened with the address it printed when it started. That address
        ends in <code>#token=…</code> and changes at every launch.
      </p>
      <p>
        Copy the line <code>Aisle is running at http://127.0.0.1:…</code> from the terminal where you ran{' '}
        <code>npm start</code> or <code>aisle serve</code>, and open it here.
      </p>
    </div>
  </main>
);
