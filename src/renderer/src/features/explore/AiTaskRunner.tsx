import { Sparkles } from 'lucide-react';
import { useRef, useState, type ReactNode } from 'react';
import type { ExploreAiEstimate, ExploreAiResult, ExploreAiTask } from '../../../../shared/contract/explore-ai';
import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
import { AisleCallError } from '../../api/aisle-client';
import { useClient } from '../../api/client-context';
import { OFFLINE_BIGQUERY_REASON, useOffline } from '../../api/use-offline';
import { Button } from '../../components/Button';

interface AiTaskRunnerProps {
  sourceId: string;
  task: ExploreAiTask;
  productId?: string;
  query?: string;
  /** What the button says before anything ran. */
  action: string;
  render: (result: ExploreAiResult) => ReactNode;
}

type State =
  | { step: 'idle' }
  | { step: 'estimating' }
  | { step: 'estimated'; estimate: ExploreAiEstimate; refresh: boolean; stopped?: string }
  | { step: 'running'; estimate: ExploreAiEstimate; refresh: boolean; stopping?: boolean }
  | { step: 'done'; result: ExploreAiResult; fromCache: boolean; bytesBilled: number | null }
  | { step: 'failed'; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * One BigQuery AI action: the cost first (bytes, dollars, model calls), then the run on the
 * person's say-so; the result comes from this computer's cache when it ran before.
 */
export const AiTaskRunner = ({ sourceId, task, productId, query, action, render }: AiTaskRunnerProps) => {
  const client = useClient();
  const offline = useOffline();
  const [state, setState] = useState<State>({ step: 'idle' });
  // Each run's own job id (unique across windows too), so Stop names the run it stops.
  const runId = useRef<string | null>(null);
  const request = { sourceId, task, ...(productId ? { productId } : {}), ...(query ? { query } : {}) };

  const estimate = async (refresh = false): Promise<void> => {
    setState({ step: 'estimating' });
    try {
      setState({ step: 'estimated', estimate: await client.call('explore.ai.estimate', request), refresh });
    } catch (error) {
      setState({ step: 'failed', message: messageOf(error) });
    }
  };
  const run = async (estimated: ExploreAiEstimate, refresh: boolean): Promise<void> => {
    setState({ step: 'running', estimate: estimated, refresh });
    const jobId = `ai-${crypto.randomUUID()}`;
    runId.current = jobId;
    try {
      const done = await client.call('explore.ai.run', { ...request, refresh, jobId });
      setState({ step: 'done', ...done });
    } catch (error) {
      // Stopped on request: back to the cost, saying what stopping means; anything else is a failure.
      setState(
        error instanceof AisleCallError && error.code === 'cancelled'
          ? { step: 'estimated', estimate: estimated, refresh, stopped: error.message }
          : { step: 'failed', message: messageOf(error) },
      );
    }
  };
  const stop = async (): Promise<void> => {
    const jobId = runId.current;
    if (jobId === null) return;
    setState((current) => (current.step === 'running' ? { ...current, stopping: true } : current));
    const { cancelled } = await client.call('explore.ai.cancel', { jobId }).catch(() => ({ cancelled: false }));
    // Nothing to stop (it had just finished, or main did not hear): Stop can be pressed again.
    if (!cancelled) setState((current) => (current.step === 'running' ? { ...current, stopping: false } : current));
  };

  return (
    <div className="ai-task" aria-live="polite">
      {view()}
    </div>
  );

  function view(): ReactNode {
    switch (state.step) {
      case 'idle':
        return (
          <Button
            size="sm"
            icon={<Sparkles size={15} />}
            disabled={offline}
            title={offline ? OFFLINE_BIGQUERY_REASON : undefined}
            onClick={() => void estimate(false)}
          >
            {action}
          </Button>
        );
      case 'estimating':
        return <p className="muted ai-task__status">Estimating the cost with a dry run…</p>;
      case 'estimated':
      case 'running': {
        const { estimate: cost } = state;
        return (
          <div className="ai-task__estimate" role="group" aria-label={`Cost of ${cost.label}`}>
            <p>
              <strong>{cost.bytesProcessed === null ? 'Unknown bytes' : formatBytes(cost.bytesProcessed)}</strong> to
              process · <strong>{cost.costUsd === null ? 'cost unknown' : formatUsd(cost.costUsd)}</strong> in BigQuery
              {cost.modelCalls === null ? '' : ` · ${cost.modelCalls.toLocaleString('en-US')} Gemini calls`}
            </p>
            <p className="muted">{cost.note}</p>
            {state.step === 'estimated' && state.stopped && (
              <p className="muted ai-task__status" role="status">
                {state.stopped}
              </p>
            )}
            <div className="ai-task__actions">
              <Button
                size="sm"
                variant="primary"
                disabled={state.step === 'running'}
                onClick={() => void run(cost, state.refresh)}
              >
                {state.step === 'running' ? 'Running on BigQuery…' : 'Run it'}
              </Button>
              {state.step === 'running' ? (
                <Button size="sm" variant="ghost" disabled={state.stopping === true} onClick={() => void stop()}>
                  {state.stopping ? 'Stopping…' : 'Stop'}
                </Button>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => setState({ step: 'idle' })}>
                  Cancel
                </Button>
              )}
            </div>
          </div>
        );
      }
      case 'done':
        return (
          <div className="ai-task__result">
            {render(state.result)}
            <p className="muted ai-task__status">
              {state.fromCache
                ? 'From this computer’s cache (no new charge).'
                : `Ran on BigQuery${state.bytesBilled === null ? '' : `, ${formatBytes(state.bytesBilled)} billed`}.`}
            </p>
            <Button size="sm" variant="ghost" onClick={() => void estimate(true)}>
              Run again on BigQuery
            </Button>
          </div>
        );
      case 'failed':
        return (
          <div className="ai-task__failed" role="alert">
            <p className="error-text">{state.message}</p>
            <Button size="sm" onClick={() => setState({ step: 'idle' })}>
              Try again
            </Button>
          </div>
        );
    }
  }
};
