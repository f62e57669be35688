import { describe, expect, it } from 'vitest';
import { formatBytes, formatUsd } from './bytes';

describe('formatBytes', () => {
  it('writes sizes as Settings names them (GB of 1024³ bytes)', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(16_860)).toBe('16.5 KB');
    expect(formatBytes(10 * 1024 ** 2)).toBe('10 MB');
    expect(formatBytes(12.4 * 1024 ** 3)).toBe('12.4 GB');
    expect(formatBytes(250 * 1024 ** 3)).toBe('250 GB');
    expect(formatBytes(3 * 1024 ** 4)).toBe('3 TB');
  });
});

describe('formatUsd', () => {
  it('never shows a small cost as nothing', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.004)).toBe('< $0.01');
    expect(formatUsd(1.234)).toBe('$1.23');
    expect(formatUsd(640.4)).toBe('$640');
  });
});
