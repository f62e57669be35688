import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeIssues, ImportMapping, ImportResult } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import { createCliCore } from './cli-core';
import { createProgressReporter } from './progress-bar';

export interface ImportCommandOptions {
  name: string;
  mapping?: string;
  /** ISO 4217 code of the file's money (`GBP`); any case. */
  currency?: string;
  json: boolean;
}

const readMapping = (file: string): ImportMapping => {
  if (!existsSync(file)) throw new AisleError('invalid_input', `The mapping file ${file} does not exist.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AisleError('invalid_input', `The mapping file ${file} is not valid JSON.`);
  }
  const parsed = ImportMapping.safeParse(raw);
  if (!parsed.success) {
    throw new AisleError(
      'invalid_input',
      `The mapping in ${file} is not usable: ${describeIssues(parsed.error.issues)}.`,
    );
  }
  return parsed.data;
};

const summary = (result: ImportResult): string =>
  [
    `Imported ${result.rowsLoaded.toLocaleString('en-US')} of ${result.rowsRead.toLocaleString('en-US')} rows as "${result.source.name}" (source id ${result.source.id}) in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
    result.source.currency === null
      ? '  Money shows as plain numbers: no currency was given (--currency CODE, or Settings).'
      : `  Money is in ${result.source.currency}.`,
    ...result.notes.map((note) => `  - ${note}`),
    ...(result.rowsRejected > 0
      ? [
          `${result.rowsRejected.toLocaleString('en-US')} rows were left out:`,
          ...result.rejects.slice(0, 10).map((reject) => `  line ${reject.row}: ${reject.reason}`),
        ]
      : []),
    '',
  ].join('\n');

/** `aisle import FILE --name NAME`: a CSV, CSV.GZ or Parquet file becomes a new local source. */
export const runImport = async (file: string, options: ImportCommandOptions): Promise<void> => {
  const core = createCliCore();
  const progress = createProgressReporter('Import');
  const jobId = 'cli-import';
  const unsubscribe = core.events.subscribe((message) => {
    if (message.name !== 'job.progress') return;
    const payload = message.payload;
    if (payload.jobId === jobId && payload.state === 'running') progress.update(payload.stage, payload.fraction);
  });
  try {
    const mapping = options.mapping ? readMapping(options.mapping) : undefined;
    // The contract wants capitals; `--currency gbp` means the same, and a bad code is refused there.
    const currency = options.currency === undefined ? null : options.currency.trim().toUpperCase();
    const reply = await core.router.invoke(
      'import.run',
      { path: resolve(file), name: options.name, jobId, currency, ...(mapping ? { mapping } : {}) },
      { transport: 'cli' },
    );
    if (!reply.ok) throw new AisleError(reply.error.code, reply.error.message);
    const result = ImportResult.parse(reply.value);
    progress.done('Import finished.');
    if (options.json) {
      const { source, rowsRead, rowsLoaded, rowsRejected, mapping: used, notes, rejects } = result;
      process.stdout.write(
        `${JSON.stringify({ source: source.id, name: source.name, currency: source.currency, rowsRead, rowsLoaded, rowsRejected, mapping: used, notes, rejects })}\n`,
      );
    } else {
      process.stdout.write(summary(result));
    }
  } finally {
    unsubscribe();
    await core.stop();
  }
};
