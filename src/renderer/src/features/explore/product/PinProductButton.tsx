import { useQueryClient } from '@tanstack/react-query';
import { Pin } from 'lucide-react';
import { useState } from 'react';
import { useClient } from '../../../api/client-context';
import { Button } from '../../../components/Button';

/** Keeps the product page as a report: its weekly sales (refreshable) and what customers say. */
export const PinProductButton = ({
  sourceId,
  productId,
  disabledReason = null,
}: {
  sourceId: string;
  productId: string;
  /** Why pinning cannot run now (it reads the weekly sales from the warehouse). */
  disabledReason?: string | null;
}) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ step: 'idle' | 'pinning' | 'pinned' } | { step: 'failed'; message: string }>({
    step: 'idle',
  });
  const pin = async (): Promise<void> => {
    setState({ step: 'pinning' });
    try {
      await client.call('explore.pin', { sourceId, productId });
      await queryClient.invalidateQueries({ queryKey: ['reports.list'] });
      setState({ step: 'pinned' });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <span className="product-pin" aria-live="polite">
      <Button
        size="sm"
        icon={<Pin size={14} />}
        disabled={disabledReason !== null || state.step === 'pinning' || state.step === 'pinned'}
        title={disabledReason ?? undefined}
        onClick={() => void pin()}
      >
        {state.step === 'pinned' ? 'Pinned to Reports' : state.step === 'pinning' ? 'Pinning…' : 'Pin as report'}
      </Button>
      {state.step === 'failed' && <span className="error-text">{state.message}</span>}
    </span>
  );
};
