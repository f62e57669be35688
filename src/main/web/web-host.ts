import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Core } from '../core/create-core';
import { toErrorPayload } from '../core/aisle-error';
import type { Log } from '../core/logger';
import { streamEvents } from './event-stream';
import { sendEnvelope, sendError } from './http-replies';
import { readJsonBody } from './read-json-body';
import { applySecurityHeaders } from './security-headers';
import { receiveUpload } from './upload';
import { sendExportFile } from './send-export';
import { bearerToken, generateToken, isAllowedHost, isAllowedOrigin, tokensMatch } from './security';

export interface WebHostOptions {
  core: Pick<Core, 'router' | 'events' | 'dataDir'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  log: Log;
  /** Fixed only in tests; a real launch always draws a new one. */
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The only interface web mode listens on. Never 0.0.0.0: the API must not reach the LAN. */
export const LOOPBACK = '127.0.0.1';

const API_PREFIX = '/api/';

/** Web mode: the built renderer and the core's contract over HTTP, on loopback only. */
export const startWebHost = async (options: WebHostOptions): Promise<WebHost> => {
  const token = options.token ?? generateToken();
  const openStreams = new Set<() => void>();
  let port = options.port;

  const serveStatic = existsSync(options.rendererDir)
    ? sirv(options.rendererDir, { single: true, etag: true, dotfiles: false })
    : null;

  const handleApi = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (!tokensMatch(bearerToken(request.headers.authorization) ?? '', token)) {
      sendError(
        response,
        {
          code: 'unauthorized',
          message: 'This request has no valid launch token. Open the address that `aisle serve` printed.',
        },
        { headers: { 'WWW-Authenticate': 'Bearer' } },
      );
      return;
    }
    const name = path.slice(API_PREFIX.length);
    if (name === 'events' && request.method === 'GET') {
      const close = streamEvents(response, options.core.events);
      openStreams.add(close);
      response.on('close', () => openStreams.delete(close));
      return;
    }
    if (name.startsWith('exports/') && request.method === 'GET') {
      await sendExportFile(response, options.core.dataDir, name.slice('exports/'.length));
      return;
    }
    if (name === 'upload' && request.method === 'POST') {
      if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/octet-stream')) {
        sendError(response, { code: 'invalid_input', message: 'Send the file as application/octet-stream.' });
        return;
      }
      sendEnvelope(response, { ok: true, value: await receiveUpload(request, options.core.dataDir) });
      return;
    }
    if (request.method !== 'POST') {
      sendError(
        response,
        { code: 'invalid_input', message: `Use POST for ${path}.` },
        { status: 405, headers: { Allow: 'POST' } },
      );
      return;
    }
    // A JSON content type makes the request non-simple, so no HTML form can forge it.
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      sendError(response, { code: 'invalid_input', message: 'Send the request body as application/json.' });
      return;
    }
    const input = await readJsonBody(request);
    sendEnvelope(response, await options.core.router.invoke(name, input, { transport: 'http' }));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    applySecurityHeaders(response);
    if (!isAllowedHost(request.headers.host, port)) {
      sendError(response, {
        code: 'forbidden',
        message: 'Refused: this server only answers to 127.0.0.1 and localhost.',
      });
      return;
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      sendError(response, { code: 'forbidden', message: 'Refused: requests from other sites are not allowed.' });
      return;
    }
    const path = new URL(request.url ?? '/', `http://${LOOPBACK}`).pathname;
    if (path.startsWith(API_PREFIX)) {
      await handleApi(request, response, path);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!serveStatic) {
      response
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('The Aisle interface is not built yet. Run `npm run build`, then start again.\n');
      return;
    }
    serveStatic(request, response, () => {
      response.writeHead(404).end();
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendError(
        response,
        toErrorPayload(error, (e) => options.log('web request failed', e)),
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      for (const close of openStreams) close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
};
