/**
 * A loopback fake of Vertex AI's Gemini endpoints, close enough that the real `@google/genai`
 * SDK (vertexai: true, httpOptions.baseUrl) runs against it unchanged:
 *
 *   POST /v1beta1/projects/P/locations/L/publishers/google/models/M:generateContent
 *   POST /v1beta1/projects/P/locations/L/publishers/google/models/M:streamGenerateContent?alt=sse
 *
 * (the paths the SDK builds; v1 is served too). Answers are scripted: a queue consumed in order
 * (each entry optionally only for requests it matches) and standing rules. Every request is
 * recorded with its model, contents, system instruction and generationConfig (including the
 * response schema), so tests can check what was sent. `handle` composes with the other fakes on
 * one server (fake-google-server.ts); `startFakeVertexServer` serves it alone.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeVertexRequest {
  method: 'generateContent' | 'streamGenerateContent';
  apiVersion: string;
  project: string;
  location: string;
  model: string;
  /** The request body's `contents`, as sent. */
  contents: unknown[];
  systemInstruction: unknown;
  /** The request body's `generationConfig` (responseMimeType, responseJsonSchema, temperature, …). */
  generationConfig: Record<string, unknown>;
  /** Every text part of the contents, joined with newlines: what a test greps for grounding. */
  prompt: string;
  /** The system instruction's text. */
  system: string;
  /** Whether the Authorization header passed `authorize`. */
  authorized: boolean;
}

/** A Google API error as Vertex AI writes it. */
export interface FakeVertexError {
  error: 400 | 401 | 403 | 404 | 429 | 500 | 503;
  /** PERMISSION_DENIED, RESOURCE_EXHAUSTED, …; derived from the code when left out. */
  status?: string;
  message?: string;
  /** A `google.rpc.ErrorInfo` reason: SERVICE_DISABLED, ACCESS_TOKEN_SCOPE_INSUFFICIENT, … */
  reason?: string;
}

/** What the fake answers. `json` is sent as the text of a structured-output answer. */
export type FakeVertexReply =
  | { json: unknown }
  | { text: string }
  /** A stream in these pieces (a `text` reply to a stream is cut into a few pieces). */
  | { chunks: string[] }
  /** No answer: finishReason SAFETY and friends. */
  | { finishReason: string; text?: string }
  | FakeVertexError;

export type FakeVertexScript = FakeVertexReply | ((request: FakeVertexRequest) => FakeVertexReply);

export interface FakeVertexOptions {
  /** Checks an `Authorization: Bearer ...` header; by default any bearer token passes. */
  authorize?: (authorization: string | undefined) => boolean;
}

export interface FakeVertex {
  /** Every request that reached a Gemini route, in order. */
  readonly requests: FakeVertexRequest[];
  /** Answers the next matching request once (queued answers are used before rules). */
  enqueue(reply: FakeVertexScript, match?: (request: FakeVertexRequest) => boolean): void;
  /** Answers every matching request, when no queued answer matched. Later rules win. */
  on(match: (request: FakeVertexRequest) => boolean, reply: FakeVertexScript): void;
  /** Forgets scripts and recorded requests. */
  reset(): void;
  /** Serves the Gemini routes; false when the request is for another fake. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
}

const route =
  /^\/(v1|v1beta1)\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

const statusNames: Record<FakeVertexError['error'], string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const defaultMessages: Record<FakeVertexError['error'], string> = {
  400: 'Request contains an invalid argument.',
  401: 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  403: "Permission 'aiplatform.endpoints.predict' denied on resource (or it may not exist).",
  404: 'Publisher Model was not found or your project does not have access to it.',
  429: 'Resource exhausted. Please try again later.',
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
};

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The text parts of a Content, or of a list of them. */
const textsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  const content = record(value);
  if (Array.isArray(content['parts'])) return content['parts'].flatMap(textsOf);
  return typeof content['text'] === 'string' ? [content['text']] : [];
};

const json = (res: ServerResponse, status: number, body: object): void => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
};

const errorBody = (reply: FakeVertexError): object => ({
  error: {
    code: reply.error,
    message: reply.message ?? defaultMessages[reply.error],
    status: reply.status ?? statusNames[reply.error],
    ...(reply.reason
      ? {
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: reply.reason,
              domain: 'googleapis.com',
              metadata: { service: 'aiplatform.googleapis.com' },
            },
          ],
        }
      : {}),
  },
});

const candidate = (text: string | null, finishReason: string | null) => ({
  content: { role: 'model', parts: text === null ? [] : [{ text }] },
  ...(finishReason ? { finishReason } : {}),
  index: 0,
});

const usage = (request: FakeVertexRequest, text: string) => {
  // About four characters a token, as Gemini's tokenizer roughly counts English.
  const promptTokenCount = Math.ceil((request.prompt.length + request.system.length) / 4);
  const candidatesTokenCount = Math.ceil(text.length / 4);
  return { promptTokenCount, candidatesTokenCount, totalTokenCount: promptTokenCount + candidatesTokenCount };
};

/** A text cut into up to three pieces, as a stream would deliver it. */
const pieces = (text: string): string[] => {
  if (text.length < 6) return [text];
  const third = Math.ceil(text.length / 3);
  return [text.slice(0, third), text.slice(third, 2 * third), text.slice(2 * third)].filter((piece) => piece !== '');
};

export const createFakeVertex = (options: FakeVertexOptions = {}): FakeVertex => {
  const authorize = options.authorize ?? ((header) => /^Bearer \S+$/i.test(header ?? ''));
  const requests: FakeVertexRequest[] = [];
  let queue: { reply: FakeVertexScript; match?: ((request: FakeVertexRequest) => boolean) | undefined }[] = [];
  let rules: { match: (request: FakeVertexRequest) => boolean; reply: FakeVertexScript }[] = [];

  const scripted = (request: FakeVertexRequest): FakeVertexReply | null => {
    const at = queue.findIndex((entry) => entry.match?.(request) ?? true);
    const entry = at >= 0 ? queue.splice(at, 1)[0] : [...rules].reverse().find((rule) => rule.match(request));
    if (!entry) return null;
    return typeof entry.reply === 'function' ? entry.reply(request) : entry.reply;
  };

  const answer = (res: ServerResponse, request: FakeVertexRequest, reply: FakeVertexReply): void => {
    if ('error' in reply) {
      json(res, reply.error, errorBody(reply));
      return;
    }
    const finishReason = 'finishReason' in reply ? reply.finishReason : 'STOP';
    const text =
      'json' in reply ? JSON.stringify(reply.json) : 'chunks' in reply ? reply.chunks.join('') : (reply.text ?? null);
    const responseId = randomUUID();
    if (request.method === 'generateContent') {
      json(res, 200, {
        candidates: [candidate(text, finishReason)],
        usageMetadata: usage(request, text ?? ''),
        modelVersion: request.model,
        responseId,
      });
      return;
    }
    const parts = 'chunks' in reply ? reply.chunks : text === null ? [] : pieces(text);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      res.write(
        `data: ${JSON.stringify({
          candidates: [candidate(part, last ? finishReason : null)],
          ...(last ? { usageMetadata: usage(request, text ?? '') } : {}),
          modelVersion: request.model,
          responseId,
        })}\r\n\r\n`,
      );
    });
    if (parts.length === 0) {
      res.write(`data: ${JSON.stringify({ candidates: [candidate(null, finishReason)], responseId })}\r\n\r\n`);
    }
    res.end();
  };

  return {
    requests,
    enqueue: (reply, match) => {
      queue.push({ reply, match });
    },
    on: (match, reply) => {
      rules.push({ match, reply });
    },
    reset: () => {
      queue = [];
      rules = [];
      requests.length = 0;
    },
    handle: async (req, res, url) => {
      const found = route.exec(url.pathname);
      if (!found || req.method !== 'POST') return false;
      const [, apiVersion = '', project = '', location = '', model = '', method = ''] = found;
      const streaming = method === 'streamGenerateContent';
      const authorized = authorize(req.headers.authorization);
      let body: Record<string, unknown>;
      try {
        body = record(JSON.parse(await readBody(req)));
      } catch {
        json(res, 400, errorBody({ error: 400, message: 'Invalid JSON payload received.' }));
        return true;
      }
      const generationConfig = record(body['generationConfig']);
      const request: FakeVertexRequest = {
        method: streaming ? 'streamGenerateContent' : 'generateContent',
        apiVersion,
        project: decodeURIComponent(project),
        location: decodeURIComponent(location),
        model: decodeURIComponent(model),
        contents: Array.isArray(body['contents']) ? body['contents'] : [],
        systemInstruction: body['systemInstruction'] ?? null,
        generationConfig,
        prompt: textsOf(body['contents']).join('\n'),
        system: textsOf(body['systemInstruction']).join('\n'),
        authorized,
      };
      requests.push(request);
      if (!authorized) {
        json(res, 401, errorBody({ error: 401 }));
        return true;
      }
      if (streaming && url.searchParams.get('alt') !== 'sse') {
        json(res, 400, errorBody({ error: 400, message: 'Streaming needs alt=sse in this fake.' }));
        return true;
      }
      // Vertex refuses a schema without the JSON MIME type, and both kinds of schema at once.
      const schema = generationConfig['responseJsonSchema'] ?? generationConfig['responseSchema'];
      if (schema !== undefined && generationConfig['responseMimeType'] !== 'application/json') {
        json(
          res,
          400,
          errorBody({ error: 400, message: 'responseMimeType must be application/json with a response schema.' }),
        );
        return true;
      }
      if (generationConfig['responseJsonSchema'] !== undefined && generationConfig['responseSchema'] !== undefined) {
        json(res, 400, errorBody({ error: 400, message: 'Set responseSchema or responseJsonSchema, not both.' }));
        return true;
      }
      const reply = scripted(request);
      if (!reply) {
        json(
          res,
          500,
          errorBody({ error: 500, message: `fake-vertex: nothing scripted for this ${request.method} request` }),
        );
        return true;
      }
      answer(res, request, reply);
      return true;
    },
  };
};

export interface FakeVertexServer {
  /** Base URL (no trailing slash): what AISLE_GEMINI_API_ENDPOINT would hold. */
  url: string;
  fake: FakeVertex;
  close(): Promise<void>;
}

/** Serves only the Vertex fake on 127.0.0.1 and a free port. */
export const startFakeVertexServer = async (options: FakeVertexOptions = {}): Promise<FakeVertexServer> => {
  const fake = createFakeVertex(options);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    fake.handle(req, res, url).then(
      (handled) => {
        if (!handled)
          json(res, 404, errorBody({ error: 404, message: `No route for ${req.method ?? ''} ${url.pathname}` }));
      },
      () => {
        if (!res.headersSent) json(res, 500, errorBody({ error: 500 }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fake,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
};
