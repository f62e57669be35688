/**
 * What a BigQuery forecast may be asked, checked with zod before any request: the engine, a
 * history query that is one read-only SELECT (it is inlined into the forecasting statement,
 * since AI.FORECAST and CREATE MODEL take their input as a query, not as parameters), the
 * horizon, the interval coverage and, for ARIMA_PLUS, a workspace dataset it may write.
 */
import { z } from 'zod';
import { scanSql, splitStatements } from '../../../shared/sql';
import { NAME, PROJECT_ID } from '../../bigquery-ai/identifiers';

export const bigQueryForecastEngines = ['timesfm', 'arima_plus'] as const;
export type BigQueryForecastEngine = (typeof bigQueryForecastEngines)[number];

export const MAX_HORIZON = 500;

export const HISTORY_NOT_SELECT_MESSAGE =
  'The history for a BigQuery forecast must be one read-only query (SELECT or WITH … SELECT) returning id, ds and y.';

export const NO_WORKSPACE_MESSAGE =
  'ARIMA_PLUS on BigQuery creates a model, so it needs a workspace dataset you can write to (Settings > Google account). TimesFM (AI.FORECAST) needs none.';

/**
 * The history as one statement without its `;`, or null when it is not exactly one SELECT or
 * WITH statement. Lexical (strings and comments skipped), so a `;` or keyword inside a string
 * does not count; a script, DDL, DML or anything else is refused.
 */
export const singleSelect = (sql: string): string | null => {
  const statements = splitStatements(sql, 'bigquery');
  if (statements.length !== 1 || !statements[0]) return null;
  const text = statements[0].text;
  const firstCode = scanSql(text, 'bigquery').find(
    (segment) => segment.kind === 'code' && text.slice(segment.start, segment.end).trim() !== '',
  );
  if (!firstCode) return null;
  const code = text.slice(firstCode.start, firstCode.end).replace(/^[\s(]+/, '');
  return /^(SELECT|WITH)\b/i.test(code) ? text : null;
};

const Dataset = z.object({
  projectId: z.string().regex(PROJECT_ID, 'The workspace project id is not a valid Google Cloud project id.'),
  datasetId: z.string().regex(NAME, 'The workspace dataset name may hold only letters, digits and underscores.'),
});

export const BigQueryForecastRequestSchema = z
  .object({
    engine: z.enum(bigQueryForecastEngines, { message: 'The BigQuery forecast engine must be timesfm or arima_plus.' }),
    historySql: z.string().transform((sql, context) => {
      const statement = singleSelect(sql);
      if (statement === null) {
        context.addIssue({ code: 'custom', message: HISTORY_NOT_SELECT_MESSAGE });
        return z.NEVER;
      }
      return statement;
    }),
    horizon: z
      .number()
      .int('The forecast horizon must be a whole number of periods.')
      .min(1, 'The forecast horizon must be at least 1 period.')
      .max(MAX_HORIZON, `The forecast horizon may be at most ${MAX_HORIZON} periods on BigQuery.`),
    level: z
      .number()
      .min(50, 'The interval coverage must be between 50 and 99 percent.')
      .max(99, 'The interval coverage must be between 50 and 99 percent.'),
    backtest: z.boolean().optional().default(false),
    workspace: Dataset.optional(),
  })
  .superRefine((request, context) => {
    if (request.engine === 'arima_plus' && request.workspace === undefined) {
      context.addIssue({ code: 'custom', path: ['workspace'], message: NO_WORKSPACE_MESSAGE });
    }
  });

export type BigQueryForecastRequestInput = z.input<typeof BigQueryForecastRequestSchema>;
export type ValidForecastRequest = z.output<typeof BigQueryForecastRequestSchema>;
