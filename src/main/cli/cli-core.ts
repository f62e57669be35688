import { createCore, type Core } from '../core/create-core';
import { DEMO_JOB_ID } from '../demo/demo-service';
import { createStderrLog } from '../core/logger';
import { defaultDataDir } from '../platform/data-dir';
import { APP_VERSION } from '../version';
import { createProgressReporter } from './progress-bar';

/**
 * The core as one CLI command uses it: no background work, demo progress drawn on stderr.
 * `openBrowser: false` (`aisle login --no-browser`) only prints the sign-in link.
 */
export const createCliCore = (options: { openBrowser?: boolean } = {}): Core => {
  const core = createCore({
    mode: 'cli',
    version: APP_VERSION,
    dataDir: defaultDataDir(),
    electronVersion: null,
    chromiumVersion: null,
    log: createStderrLog('cli'),
    prepareDemo: false,
    ...(options.openBrowser === false ? { openBrowser: () => Promise.resolve() } : {}),
  });
  const progress = createProgressReporter('Demo store');
  core.events.subscribe((message) => {
    if (message.name !== 'job.progress') return;
    const { jobId, stage, fraction, state } = message.payload;
    if (jobId === DEMO_JOB_ID && state === 'running') progress.update(stage, fraction);
  });
  return core;
};
