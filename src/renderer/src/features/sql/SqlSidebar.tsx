import { useQuery } from '@tanstack/react-query';
import { formatBytes } from '../../../../shared/format/bytes';
import { ChevronRight, Table2, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { QueryStatus, SchemaTable } from '../../../../shared/contract/query';
import { useClient } from '../../api/client-context';
import { SegmentedControl } from '../../components/SegmentedControl';

type Panel = 'schema' | 'history' | 'saved';

interface SqlSidebarProps {
  sourceId: string;
  tables: readonly SchemaTable[] | null;
  /** Why the schema could not be read (signed out of Google, say); null otherwise. */
  schemaError: string | null;
  onInsert: (text: string) => void;
  onOpen: (sql: string, title?: string, resultId?: string | null) => void;
  /** Bumped after each run and save, so the lists refresh. */
  version: number;
}

const SchemaTree = ({
  tables,
  error,
  onInsert,
}: {
  tables: readonly SchemaTable[] | null;
  error: string | null;
  onInsert: (text: string) => void;
}) => {
  // A BigQuery source is one dataset, which its jobs use as the default: bare names resolve.
  const ownSchema = (table: SchemaTable): boolean => table.schema === 'main' || table.sizeBytes != null;
  const [open, setOpen] = useState<string | null>(null);
  if (error !== null) {
    return (
      <p className="error-text sidebar-note" role="alert">
        {error}
      </p>
    );
  }
  if (!tables) return <p className="muted sidebar-note">Reading the schema…</p>;
  // The source's own tables first; Aisle's bookkeeping schemas (aisle_meta) after them, qualified.
  const ordered = [...tables].sort((a, b) => Number(!ownSchema(a)) - Number(!ownSchema(b)));
  return (
    <ul className="schema-tree" aria-label="Tables">
      {ordered.map((table) => {
        const label = ownSchema(table) ? table.name : `${table.schema}.${table.name}`;
        const size = table.sizeBytes != null ? ` · ${formatBytes(table.sizeBytes)}` : '';
        return (
          <li key={`${table.schema}.${table.name}`}>
            <div className="schema-tree__table">
              <button
                type="button"
                className="schema-tree__toggle"
                aria-expanded={open === table.name}
                aria-label={`Columns of ${table.name}`}
                onClick={() => setOpen(open === table.name ? null : table.name)}
              >
                <ChevronRight size={14} />
              </button>
              <button
                type="button"
                className="schema-tree__name"
                title="Insert the table name"
                onClick={() => onInsert(label)}
              >
                <Table2 size={14} aria-hidden="true" />
                {label}
              </button>
              <span className="schema-tree__count" title={`${table.rowCount.toLocaleString('en-US')} rows${size}`}>
                {table.rowCount.toLocaleString('en-US')}
              </span>
            </div>
            {open === table.name && (
              <ul className="schema-tree__columns">
                {table.columns.map((column) => (
                  <li key={column.name}>
                    <button type="button" onClick={() => onInsert(column.name)} title="Insert the column name">
                      <span>{column.name}</span>
                      <span className="schema-tree__type">{column.type.toLowerCase()}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
};

const HistoryList = ({ sourceId, onOpen, version }: Pick<SqlSidebarProps, 'sourceId' | 'onOpen' | 'version'>) => {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'' | QueryStatus>('');
  const [since, setSince] = useState<'' | '1' | '7' | '30'>('');
  const { data } = useQuery({
    queryKey: ['history.list', sourceId, search, status, since, version],
    queryFn: () =>
      client.call('history.list', {
        sourceId,
        ...(search.trim() ? { search: search.trim() } : {}),
        ...(status ? { statuses: [status] } : {}),
        ...(since ? { from: new Date(Date.now() - Number(since) * 86_400_000).toISOString() } : {}),
        limit: 100,
      }),
  });
  return (
    <div className="sidebar-list">
      <input
        className="input"
        type="search"
        placeholder="Search history"
        aria-label="Search history"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select
        className="select"
        aria-label="Status"
        value={status}
        onChange={(event) => setStatus(event.target.value as '' | QueryStatus)}
      >
        <option value="">Any outcome</option>
        <option value="complete">Succeeded</option>
        <option value="failed">Failed</option>
        <option value="cancelled">Cancelled</option>
      </select>
      <select
        className="select"
        aria-label="When"
        value={since}
        onChange={(event) => setSince(event.target.value as '' | '1' | '7' | '30')}
      >
        <option value="">Any time</option>
        <option value="1">Last 24 hours</option>
        <option value="7">Last 7 days</option>
        <option value="30">Last 30 days</option>
      </select>
      {data?.entries.length === 0 && <p className="muted sidebar-note">No runs match.</p>}
      <ul aria-label="Query history">
        {data?.entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="sidebar-item" onClick={() => onOpen(entry.sql, undefined, entry.resultId)}>
              <span
                className={`sidebar-item__status sidebar-item__status--${entry.status}`}
                aria-label={entry.status}
              />
              <span className="sidebar-item__sql">{entry.sql}</span>
              <span className="sidebar-item__meta">
                {new Date(entry.startedAt).toLocaleString()} ·{' '}
                {entry.status === 'complete' ? `${(entry.rowCount ?? 0).toLocaleString('en-US')} rows` : entry.status}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};

const SavedList = ({ sourceId, onOpen, version }: Pick<SqlSidebarProps, 'sourceId' | 'onOpen' | 'version'>) => {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [deleted, setDeleted] = useState(0);
  const { data } = useQuery({
    queryKey: ['saved.list', sourceId, search, version, deleted],
    queryFn: () => client.call('saved.list', { sourceId, ...(search.trim() ? { search: search.trim() } : {}) }),
  });
  return (
    <div className="sidebar-list">
      <input
        className="input"
        type="search"
        placeholder="Search saved queries"
        aria-label="Search saved queries"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {data?.queries.length === 0 && <p className="muted sidebar-note">Save a query with Ctrl+S to keep it here.</p>}
      <ul aria-label="Saved queries">
        {data?.queries.map((query) => (
          <li key={query.id} className="sidebar-item-row">
            <button type="button" className="sidebar-item" onClick={() => onOpen(query.sql, query.name)}>
              <span className="sidebar-item__name">{query.name}</span>
              {query.tags.length > 0 && (
                <span className="sidebar-item__meta">{query.tags.map((tag) => `#${tag}`).join(' ')}</span>
              )}
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete ${query.name}`}
              onClick={() => void client.call('saved.delete', { id: query.id }).then(() => setDeleted((n) => n + 1))}
            >
              <Trash2 size={13} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};

/** Schema to browse and insert from; history and saved queries to reopen. */
export const SqlSidebar = (props: SqlSidebarProps) => {
  const [panel, setPanel] = useState<Panel>('schema');
  return (
    <aside className="sql-sidebar" aria-label="SQL sidebar">
      <SegmentedControl
        label="Sidebar"
        value={panel}
        onChange={setPanel}
        segments={[
          { value: 'schema', label: 'Schema' },
          { value: 'history', label: 'History' },
          { value: 'saved', label: 'Saved' },
        ]}
      />
      {panel === 'schema' && <SchemaTree tables={props.tables} error={props.schemaError} onInsert={props.onInsert} />}
      {panel === 'history' && <HistoryList sourceId={props.sourceId} onOpen={props.onOpen} version={props.version} />}
      {panel === 'saved' && <SavedList sourceId={props.sourceId} onOpen={props.onOpen} version={props.version} />}
    </aside>
  );
};
