import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parsePort } from './parse-port';

describe('parsePort', () => {
  it('accepts 0 to 65535', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('65535')).toBe(65535);
  });

  it('refuses anything else with a message saying what to type', () => {
    for (const value of ['-1', '65536', '80.5', 'http', '', ' 80']) {
      expect(() => parsePort(value)).toThrow(InvalidArgumentError);
    }
    expect(() => parsePort('abc')).toThrow('Use a whole number from 0 to 65535 (0 picks a free port).');
  });
});
