import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Play, PlaySquare, Save, Square, WandSparkles } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { needsCostConfirmation, type CostGuard, type JobProgress } from '../../../../shared/contract';
import type { QueryEstimate, QueryResultMeta } from '../../../../shared/contract/query';
import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
import {
  findNamedParams,
  splitStatements,
  statementAt,
  viewQuery,
  type SqlStatement,
  type ViewOptions,
} from '../../../../shared/sql';
import { useActiveSource } from '../../api/active-source';
import { AisleCallError } from '../../api/aisle-client';
import { useClient } from '../../api/client-context';
import { useSources } from '../../api/hooks';
import { OFFLINE_BIGQUERY_REASON, useOffline } from '../../api/use-offline';
import { Button } from '../../components/Button';
import { ConfirmCostDialog } from './ConfirmCostDialog';
import { EditorTabsBar } from './EditorTabsBar';
import { formatSql, SqlEditor, type EditorMarker } from './editor/SqlEditor';
import { ParamsBar, paramValue } from './ParamsBar';
import { ResultPanel } from './ResultPanel';
import { SaveQueryDialog } from './SaveQueryDialog';
import { SqlSidebar } from './SqlSidebar';
import { useEditorTabs } from './use-editor-tabs';
import { describeEstimate, useLiveEstimate } from './use-live-estimate';

type CodeEditor = Parameters<Parameters<typeof SqlEditor>[0]['onReady']>[0];

interface TabRun {
  jobId: string;
  progress: JobProgress | null;
}

/** The statement behind a tab's result, and how the grid currently sorts and filters it. */
interface TabView extends ViewOptions {
  statement: string;
  params: Record<string, string | number | boolean | null> | undefined;
}

/** The SQL editor: tabs, Monaco, parameters, a paged result grid, schema, history and saved queries. */
export const SqlPage = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { activeId: sourceId } = useActiveSource();
  const tabs = useEditorTabs(sourceId);
  const tab = tabs.active;
  const editor = useRef<CodeEditor | null>(null);
  const [runs, setRuns] = useState<ReadonlyMap<string, TabRun>>(new Map());
  const [metas, setMetas] = useState<ReadonlyMap<string, QueryResultMeta>>(new Map());
  const [markers, setMarkers] = useState<ReadonlyMap<string, EditorMarker[]>>(new Map());
  const [paramValues, setParamValues] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [toast, setToast] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [listVersion, setListVersion] = useState(0);
  const [views, setViews] = useState<ReadonlyMap<string, TabView>>(new Map());

  const schema = useQuery({
    queryKey: ['schema.tables', sourceId],
    queryFn: () => client.call('schema.tables', { sourceId }),
    // A signed-out BigQuery source fails the same way every time; the sidebar says why.
    retry: false,
  });
  const sources = useSources();
  const sourceKind = sources.data?.sources.find((source) => source.id === sourceId)?.kind;
  const offline = useOffline();
  // BigQuery cannot run without Google; the reason is on the buttons instead of an error after a click.
  const blocked = offline && sourceKind === 'bigquery' ? OFFLINE_BIGQUERY_REASON : null;
  const dialect = schema.data?.dialect ?? (sourceKind === 'bigquery' ? 'bigquery' : 'duckdb');
  const snapshot = useMemo(
    () => (schema.data ? { dialect, tables: schema.data.tables } : null),
    [schema.data, dialect],
  );

  const [costQuestion, setCostQuestion] = useState<{ message: string; answer: (run: boolean) => void } | null>(null);

  /** BigQuery bills by bytes: above the guard's threshold, the person says yes first. */
  const approveCost = useCallback(
    async (sql: string, params: Record<string, string | number | boolean | null>): Promise<boolean> => {
      if (dialect !== 'bigquery') return true;
      let estimate: QueryEstimate;
      let guard: CostGuard;
      try {
        [estimate, guard] = await Promise.all([
          client.call('query.estimate', { sourceId, sql, ...(Object.keys(params).length > 0 ? { params } : {}) }),
          client.call('settings.costGuard.get', {}),
        ]);
      } catch (error) {
        // A statement BigQuery rejects costs nothing: the run reports the error where it is.
        // Any other failure (offline, rate limited) must not skip the question silently.
        if (error instanceof AisleCallError && error.code === 'invalid_input') return true;
        throw error;
      }
      if (!needsCostConfirmation(estimate.bytesProcessed, guard)) return true;
      const size = formatBytes(estimate.bytesProcessed ?? 0);
      const cost = estimate.costUsd === null ? '' : ` (${formatUsd(estimate.costUsd)} at on-demand prices)`;
      return new Promise<boolean>((resolve) => {
        setCostQuestion({
          message: `It will process ${size}${cost}, more than the ${formatBytes(guard.confirmAboveBytes)} you asked to be warned about.`,
          answer: (run) => {
            setCostQuestion(null);
            resolve(run);
          },
        });
      });
    },
    [client, dialect, sourceId],
  );

  // A restored tab shows its last result again (from the cache, offline too).
  useEffect(() => {
    if (!tab?.resultId || metas.has(tab.id)) return;
    const tabId = tab.id;
    client
      .call('query.result', { resultId: tab.resultId })
      .then((meta) => setMetas((current) => new Map(current).set(tabId, meta)))
      .catch(() => undefined);
  }, [client, tab?.id, tab?.resultId, metas]);

  useEffect(
    () =>
      client.on('job.progress', (progress) => {
        setRuns((current) => {
          for (const [tabId, run] of current) {
            if (run.jobId === progress.jobId && progress.state === 'running') {
              return new Map(current).set(tabId, { ...run, progress });
            }
          }
          return current;
        });
      }),
    [client],
  );

  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(() => setToast(null), 2500);
    return () => clearTimeout(timer);
  }, [toast]);

  const params = useMemo(() => (tab ? findNamedParams(tab.sql, dialect) : []), [tab, dialect]);
  // The estimate follows the statement that Run would run; with one statement, that is it.
  const [cursorOffset, setCursorOffset] = useState(0);
  const current = useMemo(
    () => (tab ? (statementAt(tab.sql, Math.min(cursorOffset, tab.sql.length), dialect)?.text ?? null) : null),
    [tab, cursorOffset, dialect],
  );
  const estimate = useLiveEstimate(sourceId, current);

  const runStatements = useCallback(
    async (statements: SqlStatement[]) => {
      if (!tab || statements.length === 0 || runs.has(tab.id)) return;
      const tabId = tab.id;
      const bound: Record<string, string | number | boolean | null> = {};
      for (const statement of statements) {
        for (const name of findNamedParams(statement.text, dialect)) bound[name] = paramValue(paramValues[name] ?? '');
      }
      setMarkers((current) => new Map(current).set(tabId, []));
      for (const statement of statements) {
        let approved: boolean;
        try {
          const used = Object.fromEntries(
            findNamedParams(statement.text, dialect).map((name) => [name, bound[name] ?? null]),
          );
          approved = await approveCost(statement.text, used);
        } catch (error) {
          setToast(
            `Aisle could not estimate the cost, so it did not run the query: ${error instanceof Error ? error.message : String(error)}`,
          );
          break;
        }
        if (!approved) break;
        const jobId = `sql-${crypto.randomUUID()}`;
        setRuns((current) => new Map(current).set(tabId, { jobId, progress: null }));
        let meta: QueryResultMeta;
        try {
          const used = findNamedParams(statement.text, dialect);
          meta = await client.call('query.run', {
            sourceId,
            sql: statement.text,
            jobId,
            ...(used.length > 0 ? { params: Object.fromEntries(used.map((name) => [name, bound[name] ?? null])) } : {}),
          });
        } catch (error) {
          setNotice(error instanceof Error ? error.message : String(error));
          break;
        } finally {
          setRuns((current) => {
            const next = new Map(current);
            next.delete(tabId);
            return next;
          });
        }
        setMetas((current) => new Map(current).set(tabId, meta));
        tabs.patch(tabId, { resultId: meta.resultId, sourceId });
        const usedParams = findNamedParams(statement.text, dialect);
        setViews((current) =>
          new Map(current).set(tabId, {
            statement: statement.text,
            params:
              usedParams.length > 0
                ? Object.fromEntries(usedParams.map((name) => [name, bound[name] ?? null]))
                : undefined,
            sort: null,
            filter: '',
          }),
        );
        setListVersion((v) => v + 1);
        if (meta.status === 'failed' && meta.errorPosition) {
          const { line, column } = meta.errorPosition;
          setMarkers((current) =>
            new Map(current).set(tabId, [
              {
                line: statement.startLine + line - 1,
                column: line === 1 ? statement.startColumn + column - 1 : column,
                message: meta.error ?? 'The query failed here.',
              },
            ]),
          );
        }
        if (meta.status !== 'complete') break;
      }
    },
    [approveCost, client, dialect, paramValues, runs, sourceId, tab, tabs],
  );

  /** Re-runs the tab's statement sorted and filtered by the engine, leaving the editor's text alone. */
  const runView = useCallback(
    async (next: ViewOptions) => {
      const view = tab ? views.get(tab.id) : undefined;
      if (!tab || !view || runs.has(tab.id)) return;
      const tabId = tab.id;
      const updated: TabView = { ...view, ...next };
      setViews((current) => new Map(current).set(tabId, updated));
      const jobId = `sql-${crypto.randomUUID()}`;
      setRuns((current) => new Map(current).set(tabId, { jobId, progress: null }));
      try {
        const meta = await client.call('query.run', {
          sourceId,
          sql: viewQuery(view.statement, dialect, updated),
          jobId,
          ...(view.params ? { params: view.params } : {}),
        });
        setMetas((current) => new Map(current).set(tabId, meta));
        tabs.patch(tabId, { resultId: meta.resultId });
      } catch (error) {
        setNotice(error instanceof Error ? error.message : String(error));
      } finally {
        setRuns((current) => {
          const copy = new Map(current);
          copy.delete(tabId);
          return copy;
        });
      }
    },
    [client, dialect, runs, sourceId, tab, tabs, views],
  );

  const runAtCursor = useCallback(() => {
    const instance = editor.current;
    const model = instance?.getModel();
    if (!instance || !model) return;
    const selection = instance.getSelection();
    if (selection && !selection.isEmpty()) {
      const text = model.getValueInRange(selection);
      if (text.trim() === '') return;
      void runStatements([
        {
          text,
          start: model.getOffsetAt(selection.getStartPosition()),
          end: model.getOffsetAt(selection.getEndPosition()),
          startLine: selection.startLineNumber,
          startColumn: selection.startColumn,
        },
      ]);
      return;
    }
    const position = instance.getPosition();
    const statement = position ? statementAt(model.getValue(), model.getOffsetAt(position), dialect) : null;
    if (statement) void runStatements([statement]);
  }, [dialect, runStatements]);

  const runAll = useCallback(() => {
    if (tab) void runStatements(splitStatements(tab.sql, dialect));
  }, [dialect, runStatements, tab]);

  const cancel = useCallback(() => {
    const run = tab ? runs.get(tab.id) : undefined;
    if (run) void client.call('query.cancel', { jobId: run.jobId });
  }, [client, runs, tab]);

  const formatTab = (): void => {
    if (!tab) return;
    const action = editor.current?.getAction('editor.action.formatDocument');
    // Through Monaco's action the change stays undoable; without an editor, format the text itself.
    if (action) void action.run();
    else tabs.patch(tab.id, { sql: formatSql(tab.sql, dialect) });
  };

  const insert = (text: string): void => {
    const instance = editor.current;
    const selection = instance?.getSelection();
    if (!instance || !selection) return;
    instance.executeEdits('aisle.insert', [{ range: selection, text, forceMoveMarkers: true }]);
    instance.focus();
  };

  const open = (sql: string, title?: string, resultId?: string | null): void => {
    tabs.open({ sql, ...(title ? { title } : {}), resultId: resultId ?? null, sourceId });
  };

  if (tabs.loadError) return <p className="error-text">Could not load the editor tabs: {tabs.loadError}</p>;
  if (!tab) return <p className="muted">Opening the editor…</p>;

  const running = runs.get(tab.id);
  const meta = metas.get(tab.id) ?? null;

  return (
    <div className="sql-page">
      <h1 className="visually-hidden">SQL editor</h1>
      <SqlSidebar
        sourceId={sourceId}
        tables={schema.data?.tables ?? null}
        schemaError={schema.error ? schema.error.message : null}
        onInsert={insert}
        onOpen={open}
        version={listVersion}
      />
      <section className="sql-workbench" aria-label="SQL editor">
        <EditorTabsBar
          tabs={tabs.tabs}
          activeId={tab.id}
          runningIds={new Set(runs.keys())}
          onSelect={tabs.select}
          onClose={tabs.close}
          onNew={() => tabs.open()}
          onRename={(id, title) => tabs.patch(id, { title })}
        />
        <div className="sql-toolbar" role="toolbar" aria-label="Query actions">
          {running ? (
            <Button variant="primary" size="sm" icon={<Square size={13} />} onClick={cancel}>
              Cancel
            </Button>
          ) : (
            <Button
              variant="primary"
              size="sm"
              icon={<Play size={13} />}
              onClick={runAtCursor}
              disabled={blocked !== null}
              title={blocked ?? 'Run the statement under the cursor, or the selection (Ctrl+Enter)'}
            >
              Run
            </Button>
          )}
          <Button
            size="sm"
            icon={<PlaySquare size={13} />}
            disabled={Boolean(running) || blocked !== null}
            onClick={runAll}
            title={blocked ?? 'Run every statement (Ctrl+Shift+Enter)'}
          >
            Run all
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={<WandSparkles size={13} />}
            onClick={formatTab}
            title="Format (Shift+Alt+F)"
          >
            Format
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={<Save size={13} />}
            onClick={() => setSaving(true)}
            title="Save (Ctrl+S)"
          >
            Save
          </Button>
          <span className="sql-toolbar__spacer" />
          {estimate && !estimate.readOnly && (
            <span className="badge badge--warning" title="This statement changes data or the schema">
              changes data
            </span>
          )}
          <span className="sql-toolbar__dialect" data-testid="estimate">
            {describeEstimate(estimate, dialect)}
          </span>
        </div>
        {notice && (
          <p className="banner banner--danger sql-notice" role="alert">
            {notice}
          </p>
        )}
        <ParamsBar
          names={params}
          values={paramValues}
          onChange={(name, value) => setParamValues((current) => ({ ...current, [name]: value }))}
        />
        <SqlEditor
          path={tab.id}
          value={tab.sql}
          dialect={dialect}
          schema={snapshot}
          markers={markers.get(tab.id) ?? []}
          running={Boolean(running)}
          commands={{ run: runAtCursor, runAll, cancel, save: () => setSaving(true) }}
          onChange={(sql) => tabs.patch(tab.id, { sql })}
          onReady={(instance) => {
            editor.current = instance;
            instance.onDidChangeCursorPosition(() => {
              const model = instance.getModel();
              const position = instance.getPosition();
              if (model && position) setCursorOffset(model.getOffsetAt(position));
            });
          }}
        />
        <ResultPanel
          key={meta?.resultId ?? 'none'}
          meta={meta}
          running={running?.progress ?? null}
          isRunning={Boolean(running)}
          title={tab.title}
          onNotice={setToast}
          view={views.get(tab.id) ?? null}
          onView={(next) => void runView(next)}
        />
      </section>
      {costQuestion && <ConfirmCostDialog message={costQuestion.message} onAnswer={costQuestion.answer} />}
      {toast && (
        <div className="toast" role="status">
          {toast}
        </div>
      )}
      {saving && (
        <SaveQueryDialog
          heading="Save query"
          confirmLabel="Save"
          initialName={tab.title}
          onClose={() => setSaving(false)}
          onSave={async (name, tags) => {
            await client.call('saved.save', { sourceId, name, sql: tab.sql, tags });
            tabs.patch(tab.id, { title: name });
            setListVersion((v) => v + 1);
            await queryClient.invalidateQueries({ queryKey: ['saved.list'] });
          }}
        />
      )}
    </div>
  );
};
