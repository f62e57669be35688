import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkStatus } from '../../shared/contract';
import { httpProbe, NetworkMonitor } from './network-monitor';

const servers: Server[] = [];

const listen = async (): Promise<string> => {
  const server = createServer((_req, res) => res.writeHead(404).end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
};

/** A loopback port with nothing listening: take a free port, then close it. */
const closedPortUrl = async (): Promise<string> => {
  const url = await listen();
  const server = servers.pop()!;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return url;
};

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('httpProbe', () => {
  it('calls any HTTP answer reachable, even an error status', async () => {
    const url = await listen();
    expect(await httpProbe(url, 2000)).toEqual({ reachable: true, detail: `${new URL(url).host} answered (HTTP 404)` });
  });

  it('calls a refused connection unreachable', async () => {
    const url = await closedPortUrl();
    expect(await httpProbe(url, 2000)).toEqual({ reachable: false, detail: `${new URL(url).host}: could not connect` });
  });
});

describe('NetworkMonitor', () => {
  it('starts as checking, then reports online and offline, notifying only on change', async () => {
    const changes: NetworkStatus[] = [];
    let reachable = true;
    const monitor = new NetworkMonitor({
      urls: ['http://127.0.0.1:9/'],
      probe: () => Promise.resolve({ reachable, detail: reachable ? 'up' : 'down' }),
      onChange: (status) => changes.push(status),
    });
    expect(monitor.status.state).toBe('checking');
    await monitor.check();
    await monitor.check();
    reachable = false;
    await monitor.check();
    expect(changes.map((change) => change.state)).toEqual(['online', 'offline']);
    expect(monitor.status).toMatchObject({ state: 'offline', detail: 'down' });
    expect(Date.parse(monitor.status.checkedAt ?? '')).not.toBeNaN();
  });

  it('is offline when the sign-in host cannot be reached, even if the API host answers', async () => {
    const down = new Set(['https://oauth2.example.test/']);
    const asked: string[] = [];
    const monitor = new NetworkMonitor({
      urls: ['https://api.example.test/', 'https://oauth2.example.test/', 'https://api.example.test/'],
      probe: (url) => {
        asked.push(url);
        return Promise.resolve({
          reachable: !down.has(url),
          detail: `${new URL(url).host}: ${down.has(url) ? 'could not connect' : 'answered'}`,
        });
      },
      onChange: () => undefined,
    });
    expect(await monitor.check()).toMatchObject({ state: 'offline', detail: 'oauth2.example.test: could not connect' });
    // Each host once per check.
    expect(asked).toEqual(['https://api.example.test/', 'https://oauth2.example.test/']);
    down.clear();
    expect(await monitor.check()).toMatchObject({ state: 'online', detail: 'api.example.test: answered' });
  });
});
