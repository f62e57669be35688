import type { MethodOutput } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import { PUBLISH_JOB_ID } from '../google/publish-demo-handler';
import { BIGQUERY_PREFIX, parseBigQueryName } from '../sources/bigquery-sources';
import { createCliCore } from './cli-core';
import { createProgressReporter } from './progress-bar';

export interface PublishDemoCommandOptions {
  location: string;
  json: boolean;
}

/** `aisle publish-demo bq:PROJECT.DATASET`: uploads the demo store's tables to BigQuery. */
export const runPublishDemo = async (target: string, options: PublishDemoCommandOptions): Promise<void> => {
  const name = target.toLowerCase().startsWith(BIGQUERY_PREFIX)
    ? `${BIGQUERY_PREFIX}${target.slice(BIGQUERY_PREFIX.length)}`
    : `${BIGQUERY_PREFIX}${target}`;
  const { projectId, datasetId } = parseBigQueryName(name);
  const core = createCliCore();
  const progress = createProgressReporter('Publishing');
  const unsubscribe = core.events.subscribe((message) => {
    if (
      message.name === 'job.progress' &&
      message.payload.jobId === PUBLISH_JOB_ID &&
      message.payload.state === 'running'
    ) {
      progress.update(message.payload.stage, message.payload.fraction);
    }
  });
  try {
    await core.google.auth.restore();
    const reply = await core.router.invoke(
      'demo.publish',
      { projectId, datasetId, location: options.location },
      { transport: 'ipc' },
    );
    if (!reply.ok) throw new AisleError(reply.error.code, reply.error.message);
    // The router validated the value against the contract's output schema.
    const result = reply.value as MethodOutput<'demo.publish'>;
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    progress.done(`Published to ${result.source.name} (source ${result.source.id}):`);
    if (result.note) process.stderr.write(`Note: ${result.note}\n`);
    for (const table of result.tables) {
      process.stdout.write(`  ${table.name.padEnd(22)}${table.rows.toLocaleString('en-US').padStart(12)} rows\n`);
    }
  } finally {
    unsubscribe();
    await core.stop();
  }
};
