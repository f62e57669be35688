import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { useDemoStatus } from '../../api/demo-hooks';
import { Button } from '../../components/Button';

const scales = [
  { value: 0.1, label: '0.1 · about 100 thousand order lines' },
  { value: 1, label: '1 · about a million order lines' },
  { value: 3, label: '3 · about 3 million order lines' },
  { value: 10, label: '10 · about 10 million order lines' },
] as const;

const formatLines = (n: number): string => n.toLocaleString('en-US');

/** The demo store's size, and a two-step regenerate (it replaces the current store). */
export const DemoRegenerate = () => {
  const client = useClient();
  const { data } = useDemoStatus();
  const [scale, setScale] = useState<number>(1);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generating = data?.state === 'generating';

  const regenerate = async (): Promise<void> => {
    setConfirming(false);
    setError(null);
    try {
      await client.call('demo.regenerate', { scale });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <div className="demo-regenerate">
      <div className="settings-row__hint" data-testid="demo-summary">
        {data?.state === 'ready' &&
          `Scale ${data.scale} · ${formatLines(data.orderLines)} order lines · seed ${data.seed}`}
        {data?.state === 'generating' && `Generating… ${data.progress.stage}`}
        {data?.state === 'missing' && 'Not generated yet.'}
        {data?.state === 'failed' && data.message}
      </div>
      <div className="demo-regenerate__controls">
        <label className="field">
          <span className="field__label">Regenerate at scale</span>
          <select
            className="select"
            value={scale}
            onChange={(event) => setScale(Number(event.target.value))}
            disabled={generating}
          >
            {scales.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        {confirming ? (
          <>
            <Button variant="primary" size="sm" onClick={() => void regenerate()}>
              Replace the demo store
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button size="sm" icon={<RefreshCw size={14} />} disabled={generating} onClick={() => setConfirming(true)}>
            Regenerate
          </Button>
        )}
      </div>
      {confirming && (
        <p className="settings-row__hint">
          This replaces the demo store with a new one. Reports made from it keep their saved data.
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
    </div>
  );
};
