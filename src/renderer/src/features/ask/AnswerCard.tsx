import {
  AlertCircle,
  Check,
  Code2,
  Copy,
  Info,
  Loader,
  Pin,
  RotateCcw,
  Square,
  SquareArrowOutUpRight,
} from 'lucide-react';
import { lazy, Suspense, useId, useState } from 'react';
import type { AskAnswer } from '../../../../shared/contract';
import { formatBytes, formatUsd } from '../../../../shared/format/bytes';
import { useClient } from '../../api/client-context';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { openInSqlEditor } from './answer-actions';
import { answerPin } from './answer-pin';
import { ExploreAnswer } from './ExploreAnswer';

// The forecast chart brings ECharts: loaded with the first forecast answer.
const ForecastAnswer = lazy(() => import('./ForecastAnswer').then((module) => ({ default: module.ForecastAnswer })));
import { AnswerTable } from './AnswerTable';
import { BigNumber } from './BigNumber';
import { chartHeight } from './chart-option';
import { formatAsOf, formatValue } from './format-answer';
import { applyEdit, today } from './plan-edits';
import { PlanChips } from './PlanChips';
import type { AskRequest, ChatEntry, RunningQuestion } from './use-ask-chat';

// ECharts is most of a chart's weight: it loads with the first chart, not with the app.
const AnswerChart = lazy(() => import('./AnswerChart').then((module) => ({ default: module.AnswerChart })));

interface CardContext {
  sourceName: (sourceId: string) => string;
  /** Null while a question runs: one at a time. */
  onAsk: ((request: AskRequest) => void) | null;
  onNotice: (message: string) => void;
}

const Question = ({ id, text, edited }: { id: string; text: string; edited: boolean }) => (
  <header className="answer-card__header">
    <h2 id={id} className="answer-card__question">
      {text}
    </h2>
    {edited && <Badge tone="accent">edited</Badge>}
  </header>
);

const AnswerVisual = ({ answer }: { answer: AskAnswer }) => {
  const chart = answer.chart;
  if (!chart || chart.type === 'table' || answer.rows.length === 0) return null;
  if (chart.type === 'number') return <BigNumber spec={chart} answer={answer} />;
  // One bar (or one slice) says less than the number itself: "only dresses" reads as a number.
  const [measure] = chart.series;
  if (answer.rows.length === 1 && chart.splitBy === null && chart.type !== 'line' && measure !== undefined) {
    const change = `${measure}_change_pct`;
    const xIndex = answer.columns.findIndex((column) => column.name === chart.x);
    const xColumn = answer.columns[xIndex];
    return (
      <BigNumber
        spec={{
          type: 'number',
          value: measure,
          comparison: answer.columns.some((column) => column.name === change) ? change : null,
        }}
        answer={answer}
        caption={xColumn ? formatValue(answer.rows[0]?.[xIndex], xColumn) : null}
      />
    );
  }
  return (
    <Suspense
      fallback={
        <div className="ask-chart ask-chart--loading" style={{ height: chartHeight(chart, answer.rows.length) }} />
      }
    >
      <AnswerChart spec={chart} columns={answer.columns} rows={answer.rows} />
    </Suspense>
  );
};

const elapsed = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

const Notes = ({ notes }: { notes: readonly string[] }) =>
  notes.length === 0 ? null : (
    <ul className="answer-card__notes" aria-label="Notes">
      {notes.map((note) => (
        <li key={note}>
          <Info size={13} aria-hidden="true" />
          <span>{note}</span>
        </li>
      ))}
    </ul>
  );

const AnswerBody = ({ answer, context }: { answer: AskAnswer; context: CardContext }) => {
  const client = useClient();
  const [showSql, setShowSql] = useState(false);
  const [pin, setPin] = useState<'idle' | 'pinning' | 'pinned'>('idle');
  const { onAsk, onNotice } = context;
  const plan = answer.plan;

  const pinAsReport = async (): Promise<void> => {
    const what = answerPin(answer);
    if (!what) return;
    setPin('pinning');
    try {
      const pinned =
        what.method === 'forecast.pin'
          ? await client.call('forecast.pin', what.input)
          : what.method === 'explore.pin'
            ? await client.call('explore.pin', what.input)
            : what.method === 'explore.pinView'
              ? await client.call('explore.pinView', what.input)
              : await client.call('reports.pin', what.input);
      setPin('pinned');
      onNotice(`Pinned “${pinned.title}”. It is in Reports, with its data, offline too.`);
    } catch (error) {
      setPin('idle');
      onNotice(error instanceof Error ? error.message : String(error));
    }
  };

  const copy = async (text: string, what: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      onNotice(`Copied ${what}.`);
    } catch {
      onNotice('The clipboard is not available here. Select the text and copy it instead.');
    }
  };

  const openSql = async (sql: string): Promise<void> => {
    try {
      await openInSqlEditor(client, {
        sql,
        title: answer.question,
        sourceId: answer.sourceId,
        resultId: answer.resultId,
      });
    } catch (error) {
      onNotice(error instanceof Error ? error.message : String(error));
    }
  };

  const meta = [
    context.sourceName(answer.sourceId),
    answer.asOf ? `as of ${formatAsOf(answer.asOf)}` : null,
    answer.bytesProcessed === null ? null : `${formatBytes(answer.bytesProcessed)} processed`,
    answer.costUsd === null ? null : formatUsd(answer.costUsd),
    elapsed(answer.elapsedMs),
  ].filter((part): part is string => part !== null);

  return (
    <>
      {/* An explorer answer reads the reviews themselves; the ratings plan behind it is not what is shown. */}
      {!answer.explore && !answer.forecast && (
        <PlanChips
          chips={answer.chips}
          plan={plan}
          anchor={answer.dataThrough ?? today()}
          onEdit={
            plan && onAsk
              ? (edit) => onAsk({ question: answer.question, plan: applyEdit(plan, edit), edited: true })
              : null
          }
        />
      )}
      {answer.narrative.length > 0 && (
        <div className="answer-card__narrative" data-testid="narrative">
          {answer.narrative.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      )}
      {answer.explore ? (
        <ExploreAnswer sourceId={answer.sourceId} explore={answer.explore} />
      ) : answer.forecast ? (
        <Suspense fallback={<p className="muted">Drawing the forecast…</p>}>
          <ForecastAnswer forecast={answer.forecast} />
        </Suspense>
      ) : (
        <>
          <AnswerVisual answer={answer} />
          {answer.rows.length === 0 ? (
            <p className="answer-card__empty">No rows match this question.</p>
          ) : (
            <AnswerTable
              columns={answer.columns}
              rows={answer.rows}
              caption={`The numbers behind “${answer.question}”`}
            />
          )}
        </>
      )}
      <Notes notes={answer.notes} />
      <footer className="answer-card__footer">
        <p className="answer-card__meta">
          {meta.map((part) => (
            <span key={part}>{part}</span>
          ))}
        </p>
        <div className="answer-card__actions" role="toolbar" aria-label="Answer actions">
          {answer.sql && (
            <Button
              size="sm"
              variant="ghost"
              icon={<Code2 size={13} />}
              aria-expanded={showSql}
              onClick={() => setShowSql(!showSql)}
            >
              {showSql ? 'Hide SQL' : 'Show SQL'}
            </Button>
          )}
          {answerPin(answer) !== null && (
            <Button
              size="sm"
              variant="ghost"
              icon={pin === 'pinned' ? <Check size={13} /> : <Pin size={13} />}
              disabled={pin !== 'idle'}
              onClick={() => void pinAsReport()}
            >
              {pin === 'pinned' ? 'Pinned' : 'Pin as report'}
            </Button>
          )}
          {answer.narrative.length > 0 && (
            <Button
              size="sm"
              variant="ghost"
              icon={<Copy size={13} />}
              title="Copy the narrative"
              onClick={() => void copy(answer.narrative.join(' '), 'the answer')}
            >
              Copy
            </Button>
          )}
        </div>
      </footer>
      {showSql && answer.sql && (
        <div className="answer-sql">
          <pre aria-label="SQL of the answer">
            <code>{answer.sql}</code>
          </pre>
          <div className="answer-sql__actions">
            <Button size="sm" icon={<SquareArrowOutUpRight size={13} />} onClick={() => void openSql(answer.sql ?? '')}>
              Open in SQL editor
            </Button>
            <Button
              size="sm"
              variant="ghost"
              icon={<Copy size={13} />}
              onClick={() => void copy(answer.sql ?? '', 'the SQL')}
            >
              Copy SQL
            </Button>
          </div>
        </div>
      )}
    </>
  );
};

const ClarifyBody = ({ answer, context }: { answer: AskAnswer; context: CardContext }) => {
  const [chosen, setChosen] = useState<number | null>(null);
  const { onAsk } = context;
  return (
    <>
      <p className="answer-card__message">{answer.message}</p>
      <div className="clarify-options" role="group" aria-label="What did you mean?">
        {answer.options.map((option, index) => (
          <button
            key={option.label}
            type="button"
            className="clarify-option"
            aria-pressed={chosen === index}
            disabled={!onAsk}
            onClick={() => {
              setChosen(index);
              onAsk?.({ question: answer.question, plan: option.plan });
            }}
          >
            {option.label}
          </button>
        ))}
      </div>
      <Notes notes={answer.notes} />
    </>
  );
};

/** One question and what came back: an answer, a choice to make, a refusal, or a problem. */
export const AnswerCard = ({ entry, context }: { entry: ChatEntry; context: CardContext }) => {
  const id = useId();
  if (entry.status === 'failed') {
    return (
      <article className="answer-card answer-card--failed" aria-labelledby={id} data-testid="answer-card">
        <Question id={id} text={entry.question} edited={entry.edited} />
        <div className="answer-card__problem" role="alert">
          <AlertCircle size={16} aria-hidden="true" />
          <p>{entry.message}</p>
          {context.onAsk && (
            <Button
              size="sm"
              icon={<RotateCcw size={13} />}
              onClick={() =>
                context.onAsk?.({
                  question: entry.question,
                  edited: entry.edited,
                  ...(entry.plan ? { plan: entry.plan } : {}),
                })
              }
            >
              Try again
            </Button>
          )}
        </div>
      </article>
    );
  }
  if (entry.status === 'cancelled') {
    return (
      <article className="answer-card answer-card--cancelled" aria-labelledby={id} data-testid="answer-card">
        <Question id={id} text={entry.question} edited={entry.edited} />
        <p className="answer-card__empty">Cancelled.</p>
      </article>
    );
  }
  const { answer } = entry;
  return (
    <article
      className={`answer-card answer-card--${answer.kind}`}
      aria-labelledby={id}
      data-testid="answer-card"
      data-kind={answer.kind}
    >
      <Question id={id} text={answer.question} edited={entry.edited} />
      {answer.kind === 'answer' && <AnswerBody answer={answer} context={context} />}
      {answer.kind === 'clarify' && <ClarifyBody answer={answer} context={context} />}
      {answer.kind === 'refuse' && (
        <div className="answer-card__refusal">
          <Info size={16} aria-hidden="true" />
          <p>{answer.message}</p>
        </div>
      )}
    </article>
  );
};

/** The question being answered now, with what it is doing and a way to stop it. */
export const PendingCard = ({ running, onCancel }: { running: RunningQuestion; onCancel: () => void }) => {
  const id = useId();
  return (
    <article className="answer-card answer-card--pending" aria-labelledby={id} aria-busy="true">
      <Question id={id} text={running.question} edited={running.edited} />
      <div className="answer-card__progress">
        <Loader size={15} className="spin" aria-hidden="true" />
        <span data-testid="ask-progress">{running.progress?.stage ?? 'Reading the question'}…</span>
        <Button size="sm" variant="ghost" icon={<Square size={12} />} onClick={onCancel} title="Cancel (Esc)">
          Cancel
        </Button>
      </div>
      <ProgressBar fraction={running.progress?.fraction ?? null} label="Answer progress" />
    </article>
  );
};
