import { ChevronDown, ChevronRight, Copy } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/Button';

/** The report's SQL, folded away until asked for, with a copy button. */
export const SqlBlock = ({ sql, onNotice }: { sql: string; onNotice: (message: string) => void }) => {
  const [open, setOpen] = useState(false);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(sql);
      onNotice('Copied the SQL.');
    } catch {
      onNotice('The clipboard is not available here. Select the SQL and copy it instead.');
    }
  };
  return (
    <section className="report-section report-sql" aria-label="SQL">
      <div className="report-sql__bar">
        <button type="button" className="report-sql__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
          SQL
          <span className="muted report-sql__lines">
            {sql.split('\n').length === 1 ? '1 line' : `${sql.split('\n').length} lines`}
          </span>
        </button>
        <Button size="sm" variant="ghost" icon={<Copy size={13} />} onClick={() => void copy()}>
          Copy SQL
        </Button>
      </div>
      {open && (
        <pre className="report-sql__code" aria-label="SQL of the report">
          <code>{sql}</code>
        </pre>
      )}
    </section>
  );
};
