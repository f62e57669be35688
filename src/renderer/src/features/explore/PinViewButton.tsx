import { useQueryClient } from '@tanstack/react-query';
import { Pin } from 'lucide-react';
import { useState } from 'react';
import { viewTitle } from '../../../../shared/explore/view-words';
import { useClient } from '../../api/client-context';
import { useSourceCurrency } from '../../api/use-money';
import { Button } from '../../components/Button';
import { TitleDialog } from '../../components/TitleDialog';
import type { GridQuery } from './grid-query';

interface PinViewButtonProps {
  query: GridQuery;
  /** Why the view cannot be pinned now (offline on BigQuery, nothing listed), or null. */
  disabledReason: string | null;
  onPinned: (title: string) => void;
}

/** Keeps the grid as it is filtered and sorted as a report: its products now, read again on refresh. */
export const PinViewButton = ({ query, disabledReason, onPinned }: PinViewButtonProps) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const currency = useSourceCurrency(query.sourceId);
  const pin = async (title: string): Promise<void> => {
    const pinned = await client.call('explore.pinView', { ...query, title });
    await queryClient.invalidateQueries({ queryKey: ['reports.list'] });
    onPinned(pinned.title);
  };
  return (
    <>
      {/* A disabled button shows no tooltip of its own: the wrapper carries the reason. */}
      <span className="explore__pin" title={disabledReason ?? undefined}>
        <Button size="sm" icon={<Pin size={14} />} disabled={disabledReason !== null} onClick={() => setAsking(true)}>
          Pin view
        </Button>
      </span>
      {asking && (
        <TitleDialog
          heading="Pin this view as a report"
          initialTitle={viewTitle(query, currency)}
          hint="The report keeps these filters and sort, a revenue chart and a table of up to 500 products; a refresh reads them again."
          action="Pin as report"
          busyAction="Pinning…"
          emptyMessage="Give the report a title."
          onSubmit={pin}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
};
