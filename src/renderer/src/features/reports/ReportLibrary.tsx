import { Bot, Code2, FileText, LineChart, Pin, Presentation, Search, SearchX, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useClient } from '../../api/client-context';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { SegmentedControl } from '../../components/SegmentedControl';
import { isTyping } from '../../app/is-typing';
import { useDebouncedValue } from '../explore/product/use-debounced-value';
import { columnsFromTops, gridMove, kindFilters, listInput, type KindFilter } from './library-nav';
import { ReportCard } from './ReportCard';
import { toggleTag } from './tag-edit';
import { TitleDialog } from '../../components/TitleDialog';
import { errorText, useReportList, useSourceLookup } from './use-reports';

export interface LibraryState {
  searchText: string;
  tag: string | null;
  kind: KindFilter;
}

interface ReportLibraryProps {
  state: LibraryState;
  onState: (state: LibraryState) => void;
  selected: readonly string[];
  onSelected: (ids: string[]) => void;
  onOpen: (id: string) => void;
  onNotice: (message: string) => void;
  /** The card to focus on arrival (the report just closed). */
  focusId: string | null;
}

/** The report library: search, tags, kind, cards with thumbnails, and a deck of the chosen ones. */
export const ReportLibrary = ({
  state,
  onState,
  selected,
  onSelected,
  onOpen,
  onNotice,
  focusId,
}: ReportLibraryProps) => {
  const client = useClient();
  const searchBox = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLUListElement>(null);
  const [deckOpen, setDeckOpen] = useState(false);
  const search = useDebouncedValue(state.searchText, 200);
  const input = useMemo(() => listInput(search, state.tag, state.kind), [search, state.tag, state.kind]);
  const list = useReportList(input);
  const sourceName = useSourceLookup();
  const reports = list.data?.reports;
  const tags = list.data?.tags ?? [];
  const filtered = input.search !== '' || state.tag !== null || state.kind !== 'all';
  const [now, setNow] = useState(() => Date.now());

  // "5 min ago" keeps up while the page stays open.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        searchBox.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Back from a report, its card has the focus again.
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !focusId || !reports) return;
    const index = reports.findIndex((report) => report.id === focusId);
    const cards = grid.current?.querySelectorAll<HTMLButtonElement>('[data-report-card]');
    cards?.[index]?.focus();
    focused.current = true;
  }, [focusId, reports]);

  const cardKeys = useCallback(
    (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
      const cards = [...(grid.current?.querySelectorAll<HTMLButtonElement>('[data-report-card]') ?? [])];
      const columns = columnsFromTops(cards.map((card) => card.getBoundingClientRect().top));
      const next = gridMove(index, event.key, cards.length, columns);
      if (next === null) return;
      event.preventDefault();
      cards[next]?.focus();
    },
    [],
  );

  // Chosen reports that a filter hides still go into the deck; the count says all of them.
  const toggleSelected = (id: string, on: boolean): void =>
    onSelected(on ? [...selected.filter((other) => other !== id), id] : selected.filter((other) => other !== id));

  const buildDeck = async (title: string): Promise<void> => {
    const outcome = await client.call('reports.deck', { ids: [...selected], ...(title ? { title } : {}) });
    const downloaded = await client.downloadExport(outcome.fileName);
    const slides = outcome.slides === 1 ? '1 slide' : `${outcome.slides} slides`;
    onNotice(downloaded ? `Built ${outcome.fileName} (${slides}).` : `Built ${slides} in ${outcome.path}.`);
  };

  const header = (
    <PageHeader
      title="Reports"
      subtitle="Pinned answers, SQL results and forecasts: open offline, refresh, compare, export."
      actions={
        <>
          {selected.length > 0 && (
            <Button variant="ghost" size="sm" icon={<X size={13} />} onClick={() => onSelected([])}>
              Clear choice
            </Button>
          )}
          <Button
            variant="primary"
            icon={<Presentation size={15} />}
            disabled={selected.length === 0}
            title={selected.length === 0 ? 'Tick reports on their cards to put them in a deck' : undefined}
            onClick={() => setDeckOpen(true)}
            data-testid="build-deck"
          >
            Build deck ({selected.length})
          </Button>
        </>
      }
    />
  );

  if (reports && reports.length === 0 && !filtered && tags.length === 0) {
    return (
      <div className="reports page-stack">
        {header}
        <EmptyState
          icon={<FileText size={28} />}
          title="No reports yet"
          lead="Pin what you want to keep and it becomes a report here: its chart, a snapshot of its data, its SQL and an “as of” stamp. Reports open offline, refresh when you are online, and go into PowerPoint decks."
          features={[
            {
              icon: <Bot size={18} />,
              title: 'From Ask',
              text: 'Under an answer, choose “Pin as report”.',
            },
            {
              icon: <Code2 size={18} />,
              title: 'From SQL',
              text: 'Run a query, pick a chart if you like, then “Pin” above the result.',
            },
            {
              icon: <LineChart size={18} />,
              title: 'From Forecast',
              text: 'Set up a forecast and choose “Pin as report”; refreshing re-runs it.',
            },
          ]}
        />
      </div>
    );
  }

  return (
    <div className="reports page-stack">
      {header}
      <div className="reports-toolbar">
        <label className="reports-search">
          <Search size={16} aria-hidden="true" />
          <input
            ref={searchBox}
            type="search"
            placeholder="Search titles and tags  ( / )"
            aria-label="Search reports"
            value={state.searchText}
            onChange={(event) => onState({ ...state, searchText: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && state.searchText !== '') {
                event.preventDefault();
                onState({ ...state, searchText: '' });
              } else if (event.key === 'ArrowDown' || (event.key === 'Enter' && reports?.length)) {
                event.preventDefault();
                grid.current?.querySelector<HTMLButtonElement>('[data-report-card]')?.focus();
              }
            }}
          />
        </label>
        <SegmentedControl
          label="Kind of report"
          segments={kindFilters}
          value={state.kind}
          onChange={(kind) => onState({ ...state, kind })}
        />
      </div>
      {tags.length > 0 && (
        <div className="reports-tags" role="group" aria-label="Filter by tag">
          {tags.map(({ tag, count }) => (
            <button
              key={tag}
              type="button"
              className="report-chip"
              aria-pressed={state.tag === tag}
              onClick={() => onState({ ...state, tag: toggleTag(state.tag, tag) })}
            >
              {tag}
              <span className="report-chip__count">{count}</span>
            </button>
          ))}
        </div>
      )}
      {list.isError && (
        <p className="banner banner--danger" role="alert">
          {errorText(list.error)}
        </p>
      )}
      {reports && reports.length === 0 ? (
        <div className="reports-none" role="status">
          <SearchX size={22} aria-hidden="true" />
          <p>No report matches {describeFilter(input.search, state.tag, state.kind)}.</p>
          <Button size="sm" onClick={() => onState({ searchText: '', tag: null, kind: 'all' })}>
            Show all reports
          </Button>
        </div>
      ) : (
        <ul ref={grid} className="reports-grid" aria-label="Reports" aria-busy={list.isFetching}>
          {(reports ?? []).map((report, index) => (
            <ReportCard
              key={report.id}
              report={report}
              sourceName={sourceName(report.sourceId).name}
              selected={selected.includes(report.id)}
              onSelect={(on) => toggleSelected(report.id, on)}
              onOpen={() => onOpen(report.id)}
              onKeyDown={cardKeys(index)}
              now={now}
            />
          ))}
        </ul>
      )}
      {reports && reports.length > 0 && (
        <p className="reports-hint muted">
          <Pin size={12} aria-hidden="true" /> {reports.length === 1 ? '1 report' : `${reports.length} reports`}
          {filtered ? ' match' : ''}. Arrow keys move between cards; Enter opens one.
        </p>
      )}
      {deckOpen && (
        <TitleDialog
          heading={`Build a deck of ${selected.length === 1 ? '1 report' : `${selected.length} reports`}`}
          initialTitle="Reports"
          hint="One slide per report, with native, editable charts and the SQL in the speaker notes. Built from each report’s latest version, offline too."
          action="Build deck"
          busyAction="Building…"
          onSubmit={buildDeck}
          onClose={() => setDeckOpen(false)}
        />
      )}
    </div>
  );
};

const describeFilter = (search: string, tag: string | null, kind: KindFilter): string => {
  const parts = [
    search === '' ? null : `“${search}”`,
    tag === null ? null : `the tag “${tag}”`,
    kind === 'all' ? null : kind === 'sql' ? 'SQL and answers' : kind === 'forecast' ? 'forecasts' : 'explorer views',
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? 'these filters' : parts.join(' with ');
};
