import { useQueryClient } from '@tanstack/react-query';
import { FileUp, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useActiveSource } from '../../api/active-source';
import { useClient } from '../../api/client-context';
import { useSources } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { CurrencySelect } from '../../components/CurrencySelect';
import { ImportDialog } from '../import/ImportDialog';
import { DemoRegenerate } from './DemoRegenerate';

/** The data sources: the demo store (regenerate), each source's currency, imported files (remove), plus import. */
export const DataSection = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { data } = useSources();
  const { activeId, setActiveId } = useActiveSource();
  const [importing, setImporting] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (id: string): Promise<void> => {
    setConfirmRemove(null);
    setError(null);
    try {
      queryClient.setQueryData(['sources.list'], await client.call('sources.remove', { id }));
      if (activeId === id) setActiveId('demo');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const setCurrency = async (id: string, currency: string | null): Promise<void> => {
    setError(null);
    try {
      queryClient.setQueryData(['sources.list'], await client.call('sources.setCurrency', { id, currency }));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <section className="settings-card" aria-labelledby="data-heading">
      <div className="settings-card__header">
        <h2 id="data-heading">Data sources</h2>
        <Button size="sm" icon={<FileUp size={14} />} onClick={() => setImporting(true)}>
          Import a file…
        </Button>
      </div>
      {error && <p className="error-text">{error}</p>}
      <ul className="source-list">
        {data?.sources.map((source) => (
          <li key={source.id} className="source-list__item" data-source={source.id}>
            <div className="source-list__main">
              <div className="settings-row__label">{source.name}</div>
              <div className="settings-row__hint">{source.description}</div>
              {source.builtIn === true ? (
                <div className="source-currency">Prices in {source.currency ?? 'plain numbers'}</div>
              ) : (
                <label className="source-currency">
                  <span>Currency</span>
                  <CurrencySelect
                    value={source.currency}
                    onChange={(currency) => void setCurrency(source.id, currency)}
                    aria-label={`Currency of ${source.name}`}
                  />
                </label>
              )}
              {source.id === 'demo' && <DemoRegenerate />}
            </div>
            <div className="source-list__badges">
              <Badge>{source.kind === 'local' ? 'Local DuckDB' : 'BigQuery'}</Badge>
              {source.id === activeId ? (
                <Badge tone="success">Active</Badge>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => setActiveId(source.id)}>
                  Use
                </Button>
              )}
              {source.builtIn !== true &&
                (confirmRemove === source.id ? (
                  <>
                    <Button size="sm" variant="primary" onClick={() => void remove(source.id)}>
                      Remove it
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(null)}>
                      Keep
                    </Button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${source.name}`}
                    title="Remove this source (its imported data is deleted; the original file is untouched)"
                    onClick={() => setConfirmRemove(source.id)}
                  >
                    <Trash2 size={14} />
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </section>
  );
};
