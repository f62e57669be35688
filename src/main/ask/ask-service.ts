import { AnalysisPlan } from '../../shared/contract/analysis-plan';
import { AskAnswer, type JobProgress, type MethodParsedInput, type QueryResultMeta } from '../../shared/contract';
import type { Row } from '../warehouse/warehouse';
import type { Cache } from '../cache';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import { guardGeneratedSql, interpretWithGemini, planSummary, rewriteNarrative, type Gemini } from './gemini';
import { onDemandCostUsd } from '../query/estimate';
import type { QueryRunner } from '../query/query-runner';
import { compilePlan, type CompiledQuery } from '../semantic';
import type { SourceRegistry } from '../sources/source-registry';
import { chooseChart } from './chart-choice';
import { findDrivers } from './drivers';
import { interpret } from './interpret';
import type { Interpretation } from './interpretation';
import { findEarlierAnswer } from './earlier-answer';
import { narrate } from './narrative';
import { planChips } from './plan-chips';
import type { SourceContext, SourceContexts } from './source-context';
import type { ExploreService } from '../explore/explore-service';
import type { ForecastService } from '../forecast/forecast-service';
import { ForecastRequest, type ForecastResult } from '../../shared/contract/forecast';
import { forecastNarrative, forecastRequestOf } from './forecast-answer';
import { reviewNarrative } from '../explore/review-answer';
import type { AskExplore } from '../../shared/contract/explore';
import { formatMoment } from '../../shared/format/day';

export type AskRequest = MethodParsedInput<'ask.question'>;

/** Rows an answer carries; the whole result stays in the cache. */
const ANSWER_ROWS = 500;

export interface AskServiceDeps {
  cache: Cache;
  sources: Pick<SourceRegistry, 'find' | 'warehouse' | 'semanticModel'>;
  queries: Pick<QueryRunner, 'run' | 'rows'>;
  contexts: SourceContexts;
  /** Stages of a question, under the caller's job id (the query's own progress shares it). */
  onProgress?: (progress: JobProgress) => void;
  /** Gemini when it can be used (signed in, a billing project, online); null means the offline interpreter. */
  gemini?: () => Gemini | null;
  /** The explorer, which answers questions about what reviews say (absent where there is none). */
  explore?: Pick<ExploreService, 'reviewAnswer'>;
  /** Whether Google is reachable: offline, a BigQuery question is answered from an earlier answer. */
  online?: () => boolean;
  /** The forecaster, which answers "forecast dresses for the next 8 weeks" (absent where there is none). */
  forecasts?: Pick<ForecastService, 'run' | 'members'>;
  log?: Log;
}

/** What the reading step produced: an interpretation, or SQL written by Gemini for a question no plan expresses. */
type Reading = Interpretation | { kind: 'sql'; sql: string; explanation: string };

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

type AnswerBase = { chatId: string; question: string; sourceId: string; dataThrough: string; elapsedMs: number };

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
    if (source.kind === 'bigquery' && this.#deps.online && !this.#deps.online()) {
      return this.#offlineAnswer(request, source.id);
    }
    const { chatId, previous, history } = this.#chat(request, source.id);
    stage('Reading the names in the data');
    const context = await this.#deps.contexts.get(source.id);
    stage('Reading the question');
    const gemini = request.plan ? null : (this.#deps.gemini?.() ?? null);
    const reading: Reading = request.plan
      ? { kind: 'plan', plan: AnalysisPlan.parse(request.plan), notes: [] }
      : gemini
        ? await this.#readWithGemini(request.question, gemini, context, previous, history, source.id)
        : interpret(request.question, { ...context, previous });

    const base = { chatId, question: request.question, sourceId: source.id, dataThrough: context.anchor, elapsedMs: 0 };
    let answer: AskAnswer;
    switch (reading.kind) {
      case 'refuse':
        answer = { ...withoutData(base), kind: 'refuse', message: reading.message, options: [], notes: [] };
        break;
      case 'clarify':
        answer = {
          ...withoutData(base),
          kind: 'clarify',
          message: reading.message,
          options: reading.options,
          notes: [],
        };
        break;
      case 'plan':
        answer = await this.#answer(request, reading, context, base, gemini);
        break;
      case 'sql':
        answer = await this.#answerSql(request, reading, base);
        break;
    }
    answer.elapsedMs = Math.round(performance.now() - started);
    stage('Answered', 'done');
    // Stored as JSON: an answer without explorer results says so with null rather than leaving the key out.
    const checked = { ...AskAnswer.parse(answer), explore: answer.explore ?? null, forecast: answer.forecast ?? null };
    this.#deps.cache.chats.appendMessage(chatId, { role: 'user', content: { question: request.question } });
    this.#deps.cache.chats.appendMessage(chatId, { role: 'assistant', content: checked });
    return checked;
  }

  /**
   * Gemini's reading, held to the same rules as the offline one; when Gemini cannot answer
   * (offline, no permission, quota, a reply that does not fit), the offline interpreter does,
   * and the answer says so.
   */
  async #readWithGemini(
    question: string,
    gemini: Gemini,
    context: SourceContext,
    previous: AnalysisPlan | null,
    history: { question: string; planSummary: string }[],
    sourceId: string,
  ): Promise<Reading> {
    try {
      const warehouse = await this.#deps.sources.warehouse(sourceId);
      return await interpretWithGemini(question, {
        gemini,
        model: context.model,
        dialect: warehouse.dialect,
        samples: context.samples,
        knownValues: context.knownValues,
        anchor: context.anchor,
        previous,
        history,
      });
    } catch (error) {
      if (!(error instanceof AisleError) || error.code === 'cancelled') throw error;
      this.#deps.log?.(`Ask: Gemini could not read the question (${error.code}); the offline interpreter answers`);
      const offline = interpret(question, { ...context, previous });
      return offline.kind === 'plan'
        ? {
            ...offline,
            notes: [`Gemini could not help: ${error.message} This is the offline reading.`, ...offline.notes],
          }
        : offline;
    }
  }

  /** Offline on BigQuery: the same question's earlier answer, saying when its numbers were read. */
  #offlineAnswer(request: AskRequest, sourceId: string): AskAnswer {
    const earlier = request.plan ? null : findEarlierAnswer(this.#deps.cache, sourceId, request.question);
    // Checked before any chat is made: a refused question leaves no empty chat behind.
    if (!earlier) {
      throw new AisleError(
        'unavailable',
        'You are offline, and this question has not been answered before on this source. Ask it again when Google is reachable, or ask one from your chat history.',
      );
    }
    const { chatId } = this.#chat(request, sourceId);
    const answer: AskAnswer = {
      ...earlier,
      chatId,
      notes: [
        `Offline: this is the answer from ${earlier.asOf === null ? 'an earlier visit' : formatMoment(earlier.asOf)}, kept on this computer. It refreshes when Google is reachable again.`,
        ...earlier.notes,
      ],
      elapsedMs: 0,
    };
    this.#deps.cache.chats.appendMessage(chatId, { role: 'user', content: { question: request.question } });
    this.#deps.cache.chats.appendMessage(chatId, {
      role: 'assistant',
      content: { ...answer, explore: answer.explore ?? null, forecast: answer.forecast ?? null },
    });
    return answer;
  }

  /** The chat to continue (its last plan and earlier turns, for follow-ups), or a new one. */
  #chat(
    request: AskRequest,
    sourceId: string,
  ): { chatId: string; previous: AnalysisPlan | null; history: { question: string; planSummary: string }[] } {
    if (request.chatId === undefined) {
      const chat = this.#deps.cache.chats.create({ sourceId, title: request.question.slice(0, 120) });
      return { chatId: chat.id, previous: null, history: [] };
    }
    const existing = this.#deps.cache.chats.get(request.chatId);
    if (!existing) {
      throw new AisleError('not_found', 'That conversation no longer exists; start a new one.', { field: 'chatId' });
    }
    // Follow-ups only make sense on the same source: another source starts from scratch.
    const answers = existing.messages.flatMap((message) => {
      if (message.role !== 'assistant') return [];
      const parsed = AskAnswer.safeParse(message.content);
      return parsed.success && parsed.data.sourceId === sourceId ? [parsed.data] : [];
    });
    const last = answers[answers.length - 1];
    const model = this.#deps.sources.semanticModel(sourceId);
    const history = answers
      .slice(-6)
      .flatMap((answer) =>
        answer.plan && model ? [{ question: answer.question, planSummary: planSummary(answer.plan, model) }] : [],
      );
    return { chatId: existing.chat.id, previous: last?.plan ?? null, history };
  }

  async #answer(
    request: AskRequest,
    interpretation: Extract<Interpretation, { kind: 'plan' }>,
    context: SourceContext,
    base: AnswerBase,
    gemini: Gemini | null,
  ): Promise<AskAnswer> {
    const { model, currency, keyDimensions } = context;
    const warehouse = await this.#deps.sources.warehouse(base.sourceId);
    const notes = [...interpretation.notes];
    let plan = interpretation.plan;
    let compiled: CompiledQuery;
    let narrative: string[];
    let forecast: ForecastResult | null = null;
    let forecastTarget: string | null = null;
    if (plan.intent === 'forecast' && this.#deps.forecasts) {
      const wanted = forecastRequestOf(plan, request.question, context.anchor);
      forecastTarget = wanted.horizon.target;
      forecast = await this.#forecast(base.sourceId, wanted, request.jobId);
      notes.push(
        `Forecast with the local engine; ${forecast.confidence}% of outcomes should fall inside the band. Open the Forecast page to change the level, horizon or engine.`,
      );
    } else if (plan.intent === 'forecast') {
      notes.push('Here is the history a forecast would start from.');
    }
    let explore: AskExplore | null = null;
    if (plan.intent === 'reviews') {
      const reviewMeasures = ['average_rating', 'review_count'].filter((id) =>
        model.measures.some((measure) => measure.id === id),
      );
      if (reviewMeasures.length > 0) plan = { ...plan, measures: reviewMeasures };
      try {
        explore = (await this.#deps.explore?.reviewAnswer(base.sourceId, plan, request.question)) ?? null;
      } catch (error) {
        // The reviews could not be read (an index build failed, BigQuery refused): the ratings still answer.
        if (error instanceof AisleError && error.code === 'cancelled') throw error;
        this.#deps.log?.('Ask: the explorer could not answer from the reviews', error);
      }
      notes.push(
        explore
          ? 'From the reviews in Explore; open it there to read them.'
          : 'Open Explore to read the reviews themselves; here are the ratings and review counts.',
      );
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

    const { meta, rows } = await this.#run(request, base.sourceId, compiled.sql);
    if (request.jobId)
      this.#deps.onProgress?.({ jobId: request.jobId, stage: 'Writing the answer', fraction: null, state: 'running' });
    if (narrative.length === 0 && explore) narrative = reviewNarrative(explore);
    if (narrative.length === 0 && forecast) narrative = forecastNarrative(forecast, forecastTarget, currency);
    if (narrative.length === 0) narrative = narrate({ plan, columns: compiled.columns, rows, currency, keyDimensions });
    // Gemini may reword the narrative; a sentence whose numbers are not in the facts is dropped.
    // The explorer's sentences quote customers and count reviews outside the table: kept as they are.
    if (gemini && !explore && !forecast) {
      narrative = await rewriteNarrative(gemini, {
        question: request.question,
        computedSentences: narrative,
        table: { columns: meta.columns, rows },
        currency,
      });
    }
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
      explore,
      forecast,
    };
  }

  /** A forecast for Ask: members named in the question found among the level's biggest (products by name). */
  async #forecast(
    sourceId: string,
    wanted: ReturnType<typeof forecastRequestOf>,
    jobId: string | undefined,
  ): Promise<ForecastResult> {
    const forecasts = this.#deps.forecasts;
    if (!forecasts) throw new AisleError('unavailable', 'Forecasts are not available here.');
    let members: string[] = [];
    if (wanted.level !== 'total' && wanted.memberNames.length > 0) {
      const known = (await forecasts.members({ sourceId, level: wanted.level, measure: wanted.measure })).members;
      const names = new Set(wanted.memberNames.map((name) => name.toLowerCase()));
      members = known.filter((member) => names.has(member.label.toLowerCase())).map((member) => member.key);
      if (members.length === 0) {
        throw new AisleError(
          'invalid_input',
          `No ${wanted.level} called ${wanted.memberNames.map((name) => `"${name}"`).join(' or ')} is among the 200 biggest; choose it on the Forecast page.`,
        );
      }
    }
    return forecasts.run(
      ForecastRequest.parse({
        sourceId,
        measure: wanted.measure,
        level: wanted.level,
        members: members.slice(0, 24),
        top: 6,
        grain: wanted.horizon.grain,
        horizon: wanted.horizon.horizon,
        ...(jobId ? { jobId } : {}),
      }),
    );
  }

  /** Runs an answer's statement through the query runner (history, cache, cancel) and reads its first rows. */
  async #run(request: AskRequest, sourceId: string, sql: string): Promise<{ meta: QueryResultMeta; rows: Row[] }> {
    const meta = await this.#deps.queries.run({ sourceId, sql, ...(request.jobId ? { jobId: request.jobId } : {}) });
    if (meta.status === 'cancelled') throw new AisleError('cancelled', 'The question was cancelled.');
    if (meta.status !== 'complete') {
      throw new AisleError('unavailable', meta.error ?? 'The answer could not be computed; try again.');
    }
    return { meta, rows: this.#deps.queries.rows(meta.resultId, 0, ANSWER_ROWS) };
  }

  /** Gemini's SQL for a question no plan expresses: only after the read-only check and a dry run. */
  async #answerSql(
    request: AskRequest,
    reading: { sql: string; explanation: string },
    base: AnswerBase,
  ): Promise<AskAnswer> {
    const warehouse = await this.#deps.sources.warehouse(base.sourceId);
    const guarded = await guardGeneratedSql(warehouse, reading.sql);
    const { meta, rows } = await this.#run(request, base.sourceId, guarded.sql);
    return {
      ...base,
      kind: 'answer',
      message: 'Gemini wrote SQL for this question (checked read-only and dry-run first).',
      options: [],
      notes: [reading.explanation],
      plan: null,
      chips: [],
      sql: guarded.sql,
      columns: meta.columns,
      rows,
      resultId: meta.resultId,
      chart: { type: 'table' },
      narrative: [],
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
}
