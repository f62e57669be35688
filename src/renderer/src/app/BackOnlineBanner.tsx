import { useQueryClient } from '@tanstack/react-query';
import { RefreshCw, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ReportSummary } from '../../../shared/contract/reports';
import { useClient } from '../api/client-context';
import { useAisleQuery, useSources } from '../api/hooks';
import { Button } from '../components/Button';
import { refreshKeptViews } from './refresh-kept-views';
import { staleReports } from './stale-reports';

type Offer =
  | { step: 'none' }
  | { step: 'offer'; reports: ReportSummary[] }
  | { step: 'refreshing'; done: number; total: number }
  | { step: 'done'; refreshed: number; failed: string[] };

/**
 * When Google is reachable again after being offline, offers to refresh the BigQuery reports
 * whose numbers are more than a day old; the person decides, nothing runs (or bills) by itself.
 */
export const BackOnlineBanner = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const network = useAisleQuery('network.status', { liveEvent: true });
  const sources = useSources();
  const [offer, setOffer] = useState<Offer>({ step: 'none' });
  const previous = useRef<string | null>(null);
  const state = network.data?.state ?? null;

  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (was !== 'offline' || state !== 'online') return;
    void refreshKeptViews(queryClient);
    const bigQuery = new Set(
      (sources.data?.sources ?? []).flatMap((source) => (source.kind === 'bigquery' ? [source.id] : [])),
    );
    void client.call('reports.list', {}).then(
      ({ reports }) => {
        const stale = staleReports(reports, bigQuery, Date.now());
        if (stale.length > 0) setOffer({ step: 'offer', reports: stale });
      },
      () => undefined,
    );
  }, [state, client, sources.data, queryClient]);

  if (offer.step === 'none') return null;

  const refreshAll = async (reports: ReportSummary[]): Promise<void> => {
    const failed: string[] = [];
    for (const [index, report] of reports.entries()) {
      setOffer({ step: 'refreshing', done: index, total: reports.length });
      try {
        await client.call('reports.refresh', { id: report.id });
      } catch (error) {
        failed.push(`${report.title} (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    setOffer({ step: 'done', refreshed: reports.length - failed.length, failed });
    // An open Reports page shows the new versions.
    await queryClient.invalidateQueries({ queryKey: ['reports.list'] });
    await queryClient.invalidateQueries({ queryKey: ['reports.get'] });
  };

  return (
    <div className="banner banner--info" role="status" data-testid="back-online">
      <RefreshCw size={16} aria-hidden="true" />
      <span>
        {offer.step === 'offer' &&
          `You are back online. ${offer.reports.length} report${offer.reports.length === 1 ? ' was' : 's were'} last read more than a day ago.`}
        {offer.step === 'refreshing' && `Refreshing ${offer.done + 1} of ${offer.total}…`}
        {offer.step === 'done' &&
          `Refreshed ${offer.refreshed} report${offer.refreshed === 1 ? '' : 's'}${
            offer.failed.length > 0 ? `; could not refresh ${offer.failed.join(', ')}` : ''
          }.`}
      </span>
      {offer.step === 'offer' && (
        <Button size="sm" variant="primary" onClick={() => void refreshAll(offer.reports)}>
          Refresh them
        </Button>
      )}
      {offer.step !== 'refreshing' && (
        <Button
          size="sm"
          variant="ghost"
          icon={<X size={14} />}
          aria-label="Dismiss"
          onClick={() => setOffer({ step: 'none' })}
        />
      )}
    </div>
  );
};
