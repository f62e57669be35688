import { describe, expect, it } from 'vitest';
import { OFFLINE_BIGQUERY_REASON } from '../../api/use-offline';
import { pinViewBlockedReason } from './pin-view-reason';

describe('pinViewBlockedReason', () => {
  it('needs Google on BigQuery only, and products to pin', () => {
    expect(pinViewBlockedReason(true, true, 12)).toBe(OFFLINE_BIGQUERY_REASON);
    expect(pinViewBlockedReason(true, false, 12)).toBeNull();
    expect(pinViewBlockedReason(false, true, 12)).toBeNull();
    expect(pinViewBlockedReason(false, false, null)).toMatch(/still being read/);
    expect(pinViewBlockedReason(false, false, 0)).toMatch(/nothing to pin/);
  });
});
