import { existsSync, readFileSync } from 'node:fs';
import type { DemoStatus, JobProgress } from '../../shared/contract';
import { AisleError } from '../core/aisle-error';
import type { Log } from '../core/logger';
import {
  DEMO_DEFAULTS,
  demoDatabasePath,
  demoManifestPath,
  generateDemoStore,
  type DemoManifest,
  type DemoSummary,
} from './generate-demo';

export const DEMO_JOB_ID = 'demo-generate';

const firstLaunchScale = (): number => {
  const fromEnv = Number(process.env['AISLE_DEMO_SCALE']);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEMO_DEFAULTS.scale;
};

export interface DemoServiceOptions {
  dataDir: string;
  log: Log;
  onProgress: (progress: JobProgress) => void;
  /** Called before the store file is replaced, so open warehouses can let go of it. */
  beforeReplace: () => Promise<void>;
}

/**
 * Owns the demo store's life: generated on first launch (scale 1), reused afterwards,
 * regenerated on request. One generation at a time; progress goes out as job events.
 */
export class DemoService {
  #running: Promise<DemoSummary> | null = null;
  #lastProgress: JobProgress | null = null;
  #failure: string | null = null;
  readonly #options: DemoServiceOptions;

  constructor(options: DemoServiceOptions) {
    this.#options = options;
  }

  get path(): string {
    return demoDatabasePath(this.#options.dataDir);
  }

  exists(): boolean {
    return existsSync(this.path) && existsSync(demoManifestPath(this.#options.dataDir));
  }

  manifest(): DemoManifest | null {
    if (!this.exists()) return null;
    return JSON.parse(readFileSync(demoManifestPath(this.#options.dataDir), 'utf8')) as DemoManifest;
  }

  status(): DemoStatus {
    if (this.#running && this.#lastProgress) return { state: 'generating', progress: this.#lastProgress };
    const manifest = this.manifest();
    if (manifest) {
      return {
        state: 'ready',
        scale: manifest.scale,
        seed: manifest.seed,
        orderLines: manifest.tables['order_items'] ?? 0,
      };
    }
    return this.#failure ? { state: 'failed', message: this.#failure } : { state: 'missing' };
  }

  /**
   * Generates the store if there is none; resolves when it is ready. The first-launch scale is
   * 1 unless AISLE_DEMO_SCALE says otherwise (tests and small machines use a smaller store).
   */
  async ensure(): Promise<void> {
    if (this.exists() && !this.#running) return;
    await this.generate(firstLaunchScale(), DEMO_DEFAULTS.seed);
  }

  /** Starts (or joins) a generation. */
  generate(scale: number, seed: number = DEMO_DEFAULTS.seed): Promise<DemoSummary> {
    if (this.#running) return this.#running;
    const emit = (progress: JobProgress): void => {
      this.#lastProgress = progress;
      this.#options.onProgress(progress);
    };
    emit({ jobId: DEMO_JOB_ID, stage: 'Preparing the demo store', fraction: 0, state: 'running' });
    this.#failure = null;
    this.#running = (async () => {
      await this.#options.beforeReplace();
      return generateDemoStore({
        dataDir: this.#options.dataDir,
        scale,
        seed,
        onProgress: ({ stage, fraction }) => emit({ jobId: DEMO_JOB_ID, stage, fraction, state: 'running' }),
      });
    })()
      .then((summary) => {
        emit({ jobId: DEMO_JOB_ID, stage: 'Demo store ready', fraction: 1, state: 'done' });
        this.#options.log(
          `demo store generated: scale ${scale}, ${summary.tables['order_items'] ?? 0} order lines in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
        );
        return summary;
      })
      .catch((error: unknown) => {
        const message = error instanceof AisleError ? error.message : 'Generating the demo store failed; see the log.';
        this.#failure = message;
        emit({ jobId: DEMO_JOB_ID, stage: 'Generation failed', fraction: null, state: 'failed', message });
        this.#options.log('demo store generation failed', error);
        throw error;
      })
      .finally(() => {
        this.#running = null;
        this.#lastProgress = null;
      });
    return this.#running;
  }
}
