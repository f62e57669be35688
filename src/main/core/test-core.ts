import type { Probe } from '../network/network-monitor';
import { createCore, type Core } from './create-core';

/**
 * The real core for tests: web mode on a given data folder, silent, offline (the network probe
 * answers "unreachable" without touching the network, unless a test gives its own) and without
 * first-launch generation.
 * `env` stands in for process.env (Google endpoints, client id, access token).
 */
export const createTestCore = (dataDir: string, env: NodeJS.ProcessEnv = {}, options: { probe?: Probe } = {}): Core =>
  createCore({
    mode: 'web',
    version: '0.0.0-test',
    dataDir,
    electronVersion: null,
    chromiumVersion: null,
    log: () => undefined,
    probe: options.probe ?? (() => Promise.resolve({ reachable: false, detail: 'test' })),
    prepareDemo: false,
    // The machine's own Google settings (tokens, endpoints) must not leak into tests.
    env,
    openBrowser: () => Promise.resolve(),
  });
