import { describe, expect, it } from 'vitest';
import { refreshBlockedReason } from './refresh-reason';

describe('refreshBlockedReason', () => {
  it('turns Refresh off for a BigQuery report offline, naming the version kept', () => {
    expect(refreshBlockedReason(true, 'bigquery', 3, '2026-11-24T09:30:00.000Z')).toMatch(
      /^You are offline; the report keeps version 3 from Nov 24, 2026/,
    );
    expect(refreshBlockedReason(true, 'bigquery', 1, null)).toBe('You are offline; the report keeps version 1.');
  });

  it('leaves it on online, and for a local warehouse offline', () => {
    expect(refreshBlockedReason(false, 'bigquery', 3, null)).toBeNull();
    expect(refreshBlockedReason(true, 'local', 3, null)).toBeNull();
  });
});
