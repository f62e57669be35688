import { describe, expect, it } from 'vitest';
import { CostGuard, DEFAULT_COST_GUARD, needsCostConfirmation } from './cost-guard';

describe('cost guard', () => {
  it('asks only above the threshold, and never for engines that report no bytes', () => {
    expect(needsCostConfirmation(DEFAULT_COST_GUARD.confirmAboveBytes + 1, DEFAULT_COST_GUARD)).toBe(true);
    expect(needsCostConfirmation(DEFAULT_COST_GUARD.confirmAboveBytes, DEFAULT_COST_GUARD)).toBe(false);
    expect(needsCostConfirmation(null, DEFAULT_COST_GUARD)).toBe(false);
  });

  it('refuses a confirm threshold above the hard limit, naming the field', () => {
    const result = CostGuard.safeParse({ confirmAboveBytes: 2e12, maximumBytesBilled: 1e12 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['confirmAboveBytes']);
  });
});
