import { AlertTriangle, Store } from 'lucide-react';
import { useState } from 'react';
import { useClient } from '../api/client-context';
import { useDemoStatus } from '../api/demo-hooks';
import { Button } from '../components/Button';
import { ProgressBar } from '../components/ProgressBar';

/** Shown while the demo store is being built (first launch, or a regeneration) and if it failed. */
export const DemoSetupBanner = () => {
  const client = useClient();
  const { data } = useDemoStatus();
  const [retrying, setRetrying] = useState(false);
  if (!data || data.state === 'ready') return null;

  if (data.state === 'failed') {
    return (
      <div className="banner banner--danger" role="alert">
        <AlertTriangle size={18} aria-hidden="true" />
        <div className="banner__body">
          <strong>The demo store could not be built.</strong> {data.message}
        </div>
        <Button
          size="sm"
          disabled={retrying}
          onClick={() => {
            setRetrying(true);
            void client.call('demo.regenerate', { scale: 1 }).finally(() => setRetrying(false));
          }}
        >
          Try again
        </Button>
      </div>
    );
  }

  const progress = data.state === 'generating' ? data.progress : null;
  const percent = progress?.fraction == null ? null : Math.round(progress.fraction * 100);
  return (
    <div className="banner" role="status" aria-live="polite" data-testid="demo-setup">
      <Store size={18} aria-hidden="true" />
      <div className="banner__body">
        <div className="banner__title">
          Setting up the demo store{percent === null ? '…' : ` · ${percent}%`}
          <span className="banner__stage">{progress?.stage ?? 'Starting'}</span>
        </div>
        <ProgressBar fraction={progress?.fraction ?? null} label="Demo store generation" />
        <p className="banner__hint">
          A generated fashion retailer with three years of orders, reviews and product images. This happens once.
        </p>
      </div>
    </div>
  );
};
