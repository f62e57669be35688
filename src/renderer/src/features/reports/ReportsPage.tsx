import { FileText, Plane, Presentation, RefreshCw } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export const ReportsPage = () => (
  <>
    <PageHeader title="Reports" subtitle="Pinned answers, ready to review offline and to turn into a deck." />
    <EmptyState
      icon={<FileText size={28} />}
      title="No reports yet"
      status="Arrives with reports and decks"
      lead="Pin any answer, SQL result, forecast or product view and it becomes a report: its chart, its data snapshot, its SQL and an “as of” stamp with source and cost."
      features={[
        {
          icon: <Plane size={18} />,
          title: 'Offline review',
          text: 'Reports open instantly from the local cache, network or not.',
        },
        {
          icon: <RefreshCw size={18} />,
          title: 'Refresh and compare',
          text: 'Re-run when online, keep earlier versions, compare two side by side.',
        },
        {
          icon: <Presentation size={18} />,
          title: 'Slide decks',
          text: 'Export PowerPoint with native, editable charts and the SQL in the notes.',
        },
      ]}
    />
  </>
);
