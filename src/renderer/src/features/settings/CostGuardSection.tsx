import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';

const GB = 1024 ** 3;

/** BigQuery's cost guard: ask above one amount, and a hard limit on every job. */
export const CostGuardSection = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: ['settings.costGuard.get'],
    queryFn: () => client.call('settings.costGuard.get', {}),
  });
  const [confirmGb, setConfirmGb] = useState<string | null>(null);
  const [limitGb, setLimitGb] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return null;
  const confirmValue = confirmGb ?? String(data.confirmAboveBytes / GB);
  const limitValue = limitGb ?? String(data.maximumBytesBilled / GB);

  const save = async (): Promise<void> => {
    setMessage(null);
    try {
      const saved = await client.call('settings.costGuard.set', {
        confirmAboveBytes: Math.round(Number(confirmValue) * GB),
        maximumBytesBilled: Math.round(Number(limitValue) * GB),
      });
      queryClient.setQueryData(['settings.costGuard.get'], saved);
      setConfirmGb(null);
      setLimitGb(null);
      setMessage('Saved.');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="settings-card" aria-labelledby="cost-heading">
      <h2 id="cost-heading">Query cost (BigQuery)</h2>
      <p className="settings-row__hint">
        Local sources cost nothing. On BigQuery, Aisle estimates every query before it runs and asks before a big one;
        the hard limit is sent with every job, so BigQuery refuses (without charge) anything larger.
      </p>
      <div className="cost-guard">
        <label className="field">
          <span className="field__label">Ask before queries over (GB)</span>
          <input
            className="input"
            inputMode="decimal"
            value={confirmValue}
            onChange={(event) => setConfirmGb(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Never bill more than (GB per query)</span>
          <input
            className="input"
            inputMode="decimal"
            value={limitValue}
            onChange={(event) => setLimitGb(event.target.value)}
          />
        </label>
        <Button
          size="sm"
          variant="primary"
          onClick={() => void save()}
          disabled={confirmGb === null && limitGb === null}
        >
          Save
        </Button>
        {message && (
          <span className={message === 'Saved.' ? 'muted' : 'error-text'} role="status">
            {message}
          </span>
        )}
      </div>
    </section>
  );
};
