import type { IncomingMessage } from 'node:http';
import { AisleError } from '../core/aisle-error';

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a JSON request body of at most 1 MiB; an empty body reads as `{}`. */
export const readJsonBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new AisleError('invalid_input', 'The request body is larger than 1 MiB.');
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AisleError('invalid_input', 'The request body is not valid JSON.');
  }
};
