import type { NetworkStatus } from '../../shared/contract';

/** Tells whether a URL answers at all; any HTTP reply means the network path is up. */
export type Probe = (url: string, timeoutMs: number) => Promise<{ reachable: boolean; detail: string }>;

export const httpProbe: Probe = async (url, timeoutMs) => {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    return { reachable: true, detail: `${new URL(url).host} answered (HTTP ${response.status})` };
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : 'could not connect';
    return { reachable: false, detail: `${new URL(url).host}: ${reason}` };
  }
};

export interface NetworkMonitorOptions {
  /**
   * What must answer for Aisle to be online: Google's API host and its sign-in (token) host, as
   * a session whose token cannot be refreshed cannot reach BigQuery either.
   */
  urls: readonly string[];
  probe?: Probe;
  intervalMs?: number;
  timeoutMs?: number;
  onChange: (status: NetworkStatus) => void;
}

/** Probes Google's hosts now and then; reports only changes of state. */
export class NetworkMonitor {
  #status: NetworkStatus = { state: 'checking', detail: 'Checking the connection…', checkedAt: null };
  #timer: NodeJS.Timeout | undefined;
  readonly #options: Required<NetworkMonitorOptions>;

  constructor(options: NetworkMonitorOptions) {
    this.#options = { probe: httpProbe, intervalMs: 60_000, timeoutMs: 4_000, ...options };
  }

  get status(): NetworkStatus {
    return this.#status;
  }

  start(): void {
    void this.check();
    this.#timer = setInterval(() => void this.check(), this.#options.intervalMs);
    // The monitor must never be what keeps a CLI process alive.
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async check(): Promise<NetworkStatus> {
    const urls = [...new Set(this.#options.urls.map((url) => new URL(url).href))];
    const answers = await Promise.all(urls.map((url) => this.#options.probe(url, this.#options.timeoutMs)));
    const failed = answers.find((answer) => !answer.reachable);
    const next: NetworkStatus = {
      state: failed ? 'offline' : 'online',
      detail: (failed ?? answers[0])?.detail ?? 'Nothing to check',
      checkedAt: new Date().toISOString(),
    };
    const changed = next.state !== this.#status.state;
    this.#status = next;
    if (changed) this.#options.onChange(next);
    return next;
  }
}
