import type { ServerResponse } from 'node:http';
import type { ErrorCode, ErrorPayload, ResultEnvelope } from '../../shared/contract';

export const statusForError = (code: ErrorCode): number => {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'unknown_method':
    case 'not_found':
      return 404;
    case 'cancelled':
      // What the person asked for, not a failed request: the envelope says so (ok: false), and a
      // non-2xx status would make the browser log every Stop as an error.
      return 200;
    case 'unavailable':
      return 503;
    case 'invalid_output':
    case 'internal':
      return 500;
  }
};

export const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
};

export const sendEnvelope = (response: ServerResponse, envelope: ResultEnvelope<unknown>): void =>
  sendJson(response, envelope.ok ? 200 : statusForError(envelope.error.code), envelope);

/** An error envelope; the status follows the code unless the HTTP semantics need another one. */
export const sendError = (
  response: ServerResponse,
  error: ErrorPayload,
  options: { status?: number; headers?: Record<string, string> } = {},
): void => {
  for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
  sendJson(response, options.status ?? statusForError(error.code), { ok: false, error });
};
