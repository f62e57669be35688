import type { ServerResponse } from 'node:http';
import type { EventBus } from '../core/event-bus';

const HEARTBEAT_MS = 25_000;

/** Streams every core event to one client as server-sent events until either side closes. */
export const streamEvents = (response: ServerResponse, events: EventBus): (() => void) => {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write('retry: 2000\n: connected\n\n');
  const unsubscribe = events.subscribe((message) => {
    response.write(`event: ${message.name}\ndata: ${JSON.stringify(message.payload)}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  const stop = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  response.on('close', stop);
  return () => {
    stop();
    response.end();
  };
};
