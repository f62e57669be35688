import { createCore, type Core } from './create-core';

/**
 * The real core for tests: web mode on a given data folder, silent, offline (the network probe
 * answers "unreachable" without touching the network) and without first-launch generation.
 */
export const createTestCore = (dataDir: string): Core =>
  createCore({
    mode: 'web',
    version: '0.0.0-test',
    dataDir,
    electronVersion: null,
    chromiumVersion: null,
    log: () => undefined,
    probe: () => Promise.resolve({ reachable: false, detail: 'test' }),
    prepareDemo: false,
  });
