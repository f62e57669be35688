import { Braces, Coins, Database, History } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export const SqlPage = () => (
  <>
    <PageHeader title="SQL" subtitle="DuckDB SQL on local data, GoogleSQL on BigQuery." />
    <EmptyState
      icon={<Database size={28} />}
      title="Write and run SQL"
      status="Arrives with the SQL editor"
      lead="A full editor with completion from the live schema, formatting, and a cost estimate before anything runs on BigQuery. Results land in a grid that stays smooth through a million rows and are kept for offline review."
      features={[
        {
          icon: <Braces size={18} />,
          title: 'Completion that knows your data',
          text: 'Tables, columns and types, plus BigQuery AI functions with signature help.',
        },
        {
          icon: <Coins size={18} />,
          title: 'Cost guard',
          text: 'Bytes and money before you run; a hard cap on every BigQuery job.',
        },
        {
          icon: <History size={18} />,
          title: 'History and saved queries',
          text: 'Everything you ran, searchable, with its result cached.',
        },
      ]}
    />
  </>
);
