import { randomUUID } from 'node:crypto';
import { AnalysisPlan } from '../../shared/contract/analysis-plan';
import { AskAnswer, type JobProgress, type MethodParsedInput } from '../../shared/contract';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import { onDemandCostUsd } from '../query/estimate';
import type { QueryRunner } from '../query/query-runner';
import { compilePlan, type CompiledQuery } from '../semantic';
import type { SourceRegistry } from '../sources/source-registry';
import { chooseChart } from './chart-choice';
import { findDrivers } from './drivers';
import { interpret } from './interpret';
import type { Interpretation } from './interpretation';
import { narrate } from './narrative';
import { planChips } from './plan-chips';
import type { SourceContext, SourceContexts } from './source-context';

export type AskRequest = MethodParsedInput<'ask.question'>;

/** Rows an answer carries; the whole result stays in the cache. */
const ANSWER_ROWS = 500;

export interface AskServiceDeps {
  cache: Cache;
  sources: Pick<SourceRegistry, 'find' | 'warehouse'>;
  queries: Pick<QueryRunner, 'run' | 'rows'>;
  contexts: SourceContexts;
  /** Stages of a question, under the caller's job id (the query's own progress shares it). */
  onProgress?: (progress: JobProgress) => void;
}

const withoutData = (
  base: Omit<
    AskAnswer,
    | 'kind'
    | 'message'
    | 'options'
    | 'notes'
    | 'plan'
    | 'chips'
    | 'sql'
    | 'columns'
    | 'rows'
    | 'resultId'
    | 'chart'
    | 'narrative'
    | 'asOf'
    | 'bytesProcessed'
    | 'costUsd'
  >,
): Omit<AskAnswer, 'kind' | 'message' | 'options' | 'notes'> => ({
  ...base,
  plan: null,
  chips: [],
  sql: null,
  columns: [],
  rows: [],
  resultId: null,
  chart: null,
  narrative: [],
  asOf: null,
  bytesProcessed: null,
  costUsd: null,
});

/** Reads what the person meant, in words, for the answer's heading. */
const describeReading = (
  interpretation: Extract<Interpretation, { kind: 'plan' }>,
  chips: AskAnswer['chips'],
): string => chips.map((chip) => chip.label).join(' · ') || interpretation.plan.intent;

/**
 * Ask: question -> plan (offline interpreter, or the plan the person edited) -> SQL for the
 * source's engine -> a run through the query runner (history, cache, cancel, cost guard) ->
 * chart, table and narrative; every turn is kept in the chat, so it reopens offline.
 */
export class AskService {
  readonly #deps: AskServiceDeps;

  constructor(deps: AskServiceDeps) {
    this.#deps = deps;
  }

  async ask(request: AskRequest): Promise<AskAnswer> {
    const started = performance.now();
    const stage = (name: string, state: JobProgress['state'] = 'running'): void => {
      if (request.jobId) this.#deps.onProgress?.({ jobId: request.jobId, stage: name, fraction: null, state });
    };
    const source = this.#deps.sources.find(request.sourceId);
    const { chatId, previous } = this.#chat(request, source.id);
    stage('Reading the names in the data');
    const context = await this.#deps.contexts.get(source.id);
    stage('Reading the question');
    const interpretation: Interpretation = request.plan
      ? { kind: 'plan', plan: AnalysisPlan.parse(request.plan), notes: [] }
      : interpret(request.question, { ...context, previous });

    const base = { chatId, question: request.question, sourceId: source.id, dataThrough: context.anchor, elapsedMs: 0 };
    let answer: AskAnswer;
    switch (interpretation.kind) {
      case 'refuse':
        answer = { ...withoutData(base), kind: 'refuse', message: interpretation.message, options: [], notes: [] };
        break;
      case 'clarify':
        answer = {
          ...withoutData(base),
          kind: 'clarify',
          message: interpretation.message,
          options: interpretation.options,
          notes: [],
        };
        break;
      case 'plan':
        answer = await this.#answer(request, interpretation, context, base);
        break;
    }
    answer.elapsedMs = Math.round(performance.now() - started);
    stage('Answered', 'done');
    const checked = AskAnswer.parse(answer);
    this.#deps.cache.chats.appendMessage(chatId, { role: 'user', content: { question: request.question } });
    this.#deps.cache.chats.appendMessage(chatId, { role: 'assistant', content: checked });
    return checked;
  }

  /** The chat to continue (and its last plan, for follow-ups), or a new one. */
  #chat(request: AskRequest, sourceId: string): { chatId: string; previous: AnalysisPlan | null } {
    if (request.chatId === undefined) {
      const chat = this.#deps.cache.chats.create({ sourceId, title: request.question.slice(0, 120) });
      return { chatId: chat.id, previous: null };
    }
    const existing = this.#deps.cache.chats.get(request.chatId);
    if (!existing) {
      throw new AisleError('not_found', 'That conversation no longer exists; start a new one.', { field: 'chatId' });
    }
    // Follow-ups only make sense on the same source: another source starts from scratch.
    const last = [...existing.messages].reverse().find((message) => message.role === 'assistant');
    const parsed = AskAnswer.safeParse(last?.content);
    const previous = parsed.success && parsed.data.sourceId === sourceId ? parsed.data.plan : null;
    return { chatId: existing.chat.id, previous };
  }

  async #answer(
    request: AskRequest,
    interpretation: Extract<Interpretation, { kind: 'plan' }>,
    context: SourceContext,
    base: { chatId: string; question: string; sourceId: string; dataThrough: string; elapsedMs: number },
  ): Promise<AskAnswer> {
    const { model, currency } = context;
    const warehouse = await this.#deps.sources.warehouse(base.sourceId);
    const notes = [...interpretation.notes];
    let plan = interpretation.plan;
    let compiled: CompiledQuery;
    let narrative: string[];
    if (plan.intent === 'forecast') {
      notes.push('Forecasts arrive with the Forecast page; here is the history a forecast would start from.');
    }
    if (plan.intent === 'reviews') {
      const reviewMeasures = ['average_rating', 'review_count'].filter((id) =>
        model.measures.some((measure) => measure.id === id),
      );
      if (reviewMeasures.length > 0) plan = { ...plan, measures: reviewMeasures };
      notes.push('Review text arrives with the Explore page; here are the ratings and review counts.');
    }
    const drivers = plan.intent === 'drivers' ? await findDrivers(plan, model, warehouse, currency) : null;
    if (drivers) {
      plan = drivers.plan;
      compiled = drivers.compiled;
      narrative = drivers.sentences;
    } else {
      compiled = compilePlan(plan, model, warehouse.dialect);
      narrative = [];
    }

    const meta = await this.#deps.queries.run({
      sourceId: base.sourceId,
      sql: compiled.sql,
      ...(request.jobId ? { jobId: request.jobId } : {}),
    });
    if (meta.status === 'cancelled') throw new AisleError('cancelled', 'The question was cancelled.');
    if (meta.status !== 'complete') {
      throw new AisleError('unavailable', meta.error ?? 'The answer could not be computed; try again.');
    }
    const rows = this.#deps.queries.rows(meta.resultId, 0, ANSWER_ROWS);
    const keyDimensions = new Set(
      model.dimensions.flatMap((dimension) =>
        dimension.kind === 'categorical' && dimension.key ? [dimension.key] : [],
      ),
    );
    if (request.jobId)
      this.#deps.onProgress?.({ jobId: request.jobId, stage: 'Writing the answer', fraction: null, state: 'running' });
    if (narrative.length === 0) narrative = narrate({ plan, columns: compiled.columns, rows, currency, keyDimensions });
    const chips = planChips(plan, model);
    return {
      ...base,
      kind: 'answer',
      message: describeReading({ ...interpretation, plan }, chips),
      options: [],
      notes,
      plan,
      chips,
      sql: compiled.sql,
      columns: meta.columns,
      rows,
      resultId: meta.resultId,
      chart: chooseChart(plan, compiled.columns, rows.length, request.question, keyDimensions),
      narrative,
      asOf: meta.finishedAt ?? meta.startedAt,
      bytesProcessed: meta.bytesProcessed,
      costUsd: meta.bytesBilled === null ? null : onDemandCostUsd(meta.bytesBilled),
    };
  }

  /** First questions that make sense for the source, using its own names. */
  async suggestions(sourceId: string): Promise<string[]> {
    const context = await this.#deps.contexts.get(sourceId);
    const has = (id: string): boolean => context.model.dimensions.some((dimension) => dimension.id === id);
    return [
      'Revenue by month over the last year',
      has('category') ? 'Top 10 categories by revenue last quarter' : 'Top 10 products by revenue last quarter',
      has('country') ? 'Revenue by country vs same period last year' : 'Revenue vs same period last year',
      'What was the average order value last month?',
      has('category') ? 'Which category grew the most this year?' : 'Which product grew the most this year?',
      'How many units did we sell last week?',
    ];
  }

  newJobId(): string {
    return `ask-${randomUUID()}`;
  }
}
