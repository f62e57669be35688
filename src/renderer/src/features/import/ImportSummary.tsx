import { CheckCircle2 } from 'lucide-react';
import type { ImportResult } from '../../../../shared/contract';

const count = (n: number): string => n.toLocaleString('en-US');

/** What the import did: rows in, rows left out (with where and why), and what Aisle noticed. */
export const ImportSummary = ({ result }: { result: ImportResult }) => (
  <div className="import-summary" data-testid="import-summary">
    <p className="import-summary__headline">
      <CheckCircle2 size={20} aria-hidden="true" />
      Imported {count(result.rowsLoaded)} of {count(result.rowsRead)} rows as “{result.source.name}” in{' '}
      {(result.elapsedMs / 1000).toFixed(1)} s.
    </p>
    {result.notes.length > 0 && (
      <>
        <h3>What Aisle noticed</h3>
        <ul className="import-summary__notes">
          {result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </>
    )}
    {result.rowsRejected > 0 && (
      <>
        <h3>{count(result.rowsRejected)} rows were left out</h3>
        <ul className="import-summary__rejects">
          {result.rejects.slice(0, 12).map((reject) => (
            <li key={`${reject.row}-${reject.reason}`}>
              <span className="mono">line {reject.row}</span> {reject.reason}
            </li>
          ))}
        </ul>
      </>
    )}
  </div>
);
