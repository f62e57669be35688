import { describe, expect, it } from 'vitest';
import { onDemandCostUsd } from './estimate';

describe('onDemandCostUsd', () => {
  it('prices bytes at $6.25 per TiB', () => {
    expect(onDemandCostUsd(2 ** 40)).toBe(6.25);
    expect(onDemandCostUsd(10 * 2 ** 30)).toBeCloseTo(0.061, 3);
    expect(onDemandCostUsd(0)).toBe(0);
  });
});
