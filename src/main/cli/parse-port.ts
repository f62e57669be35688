import { InvalidArgumentError } from 'commander';

/** `--port`: an integer from 0 (any free port) to 65535. */
export const parsePort = (value: string): number => {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65535) {
    throw new InvalidArgumentError('Use a whole number from 0 to 65535 (0 picks a free port).');
  }
  return port;
};
