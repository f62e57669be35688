import type { AskAnswer } from '../../shared/contract';
import { cellLabel } from '../ask/format-value';
import { pinnedChartOf } from '../ask/pinned-chart';
import { AisleError } from '../core/aisle-error';
import { pinReport } from '../reports/pin-report';
import { createCliCore } from './cli-core';
import { formatTable, isNumericType } from './format-result';

export interface AskCommandOptions {
  source: string;
  json: boolean;
  pin?: string;
}

/** Label columns as text, measures as numbers: what `--json` promises. */
const jsonRows = (answer: AskAnswer): (string | number | null)[][] =>
  answer.rows.map((row) =>
    row.map((cell, index) => {
      if (cell === null) return null;
      const numeric = isNumericType(answer.columns[index]?.type ?? '');
      return numeric && Number.isFinite(Number(cell)) ? Number(cell) : cellLabel(cell);
    }),
  );

/** Floating sums print as 462835.2, not 462835.19999998587; ratios keep four places. */
const readable = (rows: AskAnswer['rows']): AskAnswer['rows'] =>
  rows.map((row) =>
    row.map((cell) =>
      typeof cell === 'number' && !Number.isInteger(cell) ? Number(cell.toFixed(Math.abs(cell) < 1 ? 4 : 2)) : cell,
    ),
  );

/** `aisle ask "QUESTION"`: the answer's table and narrative, or one JSON object. */
export const runAsk = async (question: string, options: AskCommandOptions): Promise<void> => {
  const core = createCliCore();
  try {
    const source = core.sources.find(options.source);
    if (source.kind === 'bigquery') await core.google.auth.restore();
    const reply = await core.router.invoke('ask.question', { sourceId: source.id, question }, { transport: 'ipc' });
    if (!reply.ok) throw new AisleError(reply.error.code, reply.error.message);
    const answer = reply.value as AskAnswer;
    let reportId: string | null = null;
    if (options.pin !== undefined) {
      if (answer.resultId === null)
        throw new AisleError('invalid_input', `There is no answer to pin: ${answer.message}`);
      reportId = pinReport(core.cache, {
        title: options.pin,
        resultId: answer.resultId,
        chart: pinnedChartOf(answer),
        tags: ['ask'],
      }).id;
    }
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({
          question: answer.question,
          interpretation: {
            kind: answer.kind,
            message: answer.message,
            notes: answer.notes,
            options: answer.options.map((option) => option.label),
          },
          plan: answer.plan,
          sql: answer.sql,
          columns: answer.columns,
          rows: jsonRows(answer),
          narrative: answer.narrative.join(' '),
          chart: answer.chart,
          source: answer.sourceId,
          asOf: answer.asOf,
          ...(reportId ? { reportId } : {}),
        })}\n`,
      );
    } else {
      if (answer.kind !== 'answer') {
        process.stdout.write(
          `${answer.message}\n${answer.options.map((option, index) => `  ${index + 1}. ${option.label}`).join('\n')}\n`,
        );
      } else {
        process.stdout.write(
          `${answer.message}\n\n${formatTable(answer.columns, readable(answer.rows))}\n${answer.narrative.join(' ')}\n`,
        );
        for (const note of answer.notes) process.stderr.write(`Note: ${note}\n`);
      }
      if (reportId) process.stdout.write(`Pinned as report ${reportId}\n`);
    }
    if (answer.kind === 'refuse') process.exitCode = 2;
  } finally {
    await core.stop();
  }
};
