import { EventSourceParserStream } from 'eventsource-parser/stream';
import { ResultEnvelopeSchema, UploadReply } from './result-envelope';
import type { EventName } from '../../../shared/contract';
import type { Transport } from './aisle-client';

type Listener = (payload: unknown) => void;

const RECONNECT_DELAYS_MS = [500, 1000, 2000, 5000];

/**
 * Web mode: `POST /api/<method>` with the launch token, and one server-sent event stream for
 * all events. The stream is read with fetch (not EventSource) because EventSource cannot send
 * the Authorization header.
 */
export const createHttpTransport = (token: string, baseUrl = ''): Transport => {
  const listeners = new Map<string, Set<Listener>>();
  let streaming = false;

  const headers = { Authorization: `Bearer ${token}` };

  const readStream = async (): Promise<void> => {
    const response = await fetch(`${baseUrl}/api/events`, { headers, cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`event stream refused (HTTP ${response.status})`);
    const reader = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream())
      .getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const payload: unknown = JSON.parse(value.data);
      for (const listener of listeners.get(value.event ?? '') ?? []) listener(payload);
    }
  };

  const keepStreaming = async (): Promise<void> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await readStream();
        attempt = 0;
      } catch {
        // The server is gone or restarting: wait and try again, more slowly each time.
      }
      const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };

  return {
    kind: 'http',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message: 'Aisle is not answering. Is `aisle serve` still running? Start it again and reload.',
          },
        };
      }
      const parsed = ResultEnvelopeSchema.safeParse(await response.json().catch(() => null));
      if (parsed.success) return parsed.data;
      return {
        ok: false,
        error: { code: 'internal', message: `Aisle sent an unreadable reply (HTTP ${response.status}).` },
      };
    },
    async fileToPath(file: File) {
      const response = await fetch(`${baseUrl}/api/upload`, {
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': 'application/octet-stream',
          'X-Aisle-Filename': encodeURIComponent(file.name),
        },
        body: file,
      });
      const parsed = UploadReply.safeParse(await response.json().catch(() => null));
      if (!parsed.success) throw new Error(`The upload failed (HTTP ${response.status}). Try again.`);
      if (!parsed.data.ok) throw new Error(parsed.data.error.message);
      return parsed.data.value.path;
    },
    async downloadExport(fileName: string) {
      const response = await fetch(`${baseUrl}/api/exports/${encodeURIComponent(fileName)}`, { headers });
      if (!response.ok) throw new Error(`The download failed (HTTP ${response.status}). Export again.`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    on(event: EventName, listener: Listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      if (!streaming) {
        streaming = true;
        void keepStreaming();
      }
      return () => set.delete(listener);
    },
  };
};
