import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core/create-core';
import { createTestCore } from '../core/test-core';
import { startWebHost, type WebHost } from './web-host';

interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch, because fetch will not let a test forge the Host header. */
const raw = (
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawReply> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });

describe('web host', () => {
  const token = 'test-token-0123456789abcdefghijklmnopqrstuv';
  let host: WebHost;
  let core: Core;
  const replies: RawReply[] = [];

  const call = async (method: string, body: unknown, headers: Record<string, string> = {}) => {
    const reply = await raw(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: {
        Host: `127.0.0.1:${host.port}`,
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        ...headers,
      },
      body: JSON.stringify(body),
    });
    replies.push(reply);
    return reply;
  };

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aisle-web-'));
    const rendererDir = mkdtempSync(join(tmpdir(), 'aisle-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Aisle</title>');
    core = createTestCore(dataDir);
    host = await startWebHost({ core, rendererDir, port: 0, token, log: () => undefined });
  });

  afterAll(async () => {
    await host.close();
  });

  it('prints a loopback URL carrying the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${token}`);
  });

  it('answers a call that carries the token', async () => {
    const reply = await call('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { mode: 'web', version: '0.0.0-test' } });
  });

  it('refuses a call without the token with 401', async () => {
    const reply = await call('app.info', {}, { Authorization: '' });
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a call with a wrong token with 401', async () => {
    expect((await call('app.info', {}, { Authorization: `Bearer ${token.slice(0, -1)}X` })).status).toBe(401);
  });

  it('refuses a request with a foreign Host (DNS rebinding), even with the token', async () => {
    const api = await call('app.info', {}, { Host: `attacker.example:${host.port}` });
    expect(api.status).toBe(403);
    const page = await raw(host.port, { path: '/', headers: { Host: 'attacker.example' } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('<title>Aisle</title>');
  });

  it('refuses a request from a foreign Origin, even with the token', async () => {
    const reply = await call('app.info', {}, { Origin: 'http://attacker.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('accepts our own Origin', async () => {
    expect((await call('app.info', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('returns 400 naming the field for bad input', async () => {
    const reply = await call('sources.list', { everything: true });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'invalid_input', field: 'everything' } });
  });

  it('returns 400 for a body that is not JSON, and for a non-JSON content type', async () => {
    const notJson = await raw(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ error: { message: 'The request body is not valid JSON.' } });
    const form = await call('app.info', {}, { 'Content-Type': 'text/plain' });
    expect(form.status).toBe(400);
  });

  it('returns 404 for an unknown method and 405 for a GET on a method', async () => {
    expect((await call('app.nothing', {})).status).toBe(404);
    const get = await raw(host.port, {
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${token}` },
    });
    expect(get.status).toBe(405);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const page = await raw(host.port, { path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Aisle</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a CORS preflight without any CORS permission', async () => {
    const reply = await raw(host.port, {
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: { Host: `127.0.0.1:${host.port}`, Origin: `http://127.0.0.1:${host.port}` },
    });
    expect(reply.status).toBe(401);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never sends a CORS header on any reply', () => {
    expect(replies.length).toBeGreaterThan(5);
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('streams core events to a client that carries the token', async () => {
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${host.port}/api/events`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes(': connected')) text += (await reader.read()).value ?? '';
    core.events.emit('ui.navigate', { page: 'forecast' });
    while (!text.includes('"forecast"')) text += (await reader.read()).value ?? '';
    expect(text).toContain('event: ui.navigate\ndata: {"page":"forecast"}\n\n');
    controller.abort();
  });

  it('takes an upload into the data folder, under a cleaned-up name', async () => {
    const body = 'InvoiceNo,Quantity\n536365,6\n';
    const reply = await raw(host.port, {
      method: 'POST',
      path: '/api/upload',
      headers: {
        Host: `127.0.0.1:${host.port}`,
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/octet-stream',
        'X-Aisle-Filename': encodeURIComponent('../../etc/passwd sales.csv'),
      },
      body,
    });
    expect(reply.status).toBe(200);
    const { value } = JSON.parse(reply.body) as { value: { path: string; bytes: number } };
    expect(value.path.startsWith(join(core.dataDir, 'uploads'))).toBe(true);
    expect(value.path).toMatch(/[0-9a-f-]{36}-passwd_sales\.csv$/);
    expect(value.bytes).toBe(body.length);
    expect(readFileSync(value.path, 'utf8')).toBe(body);
  });

  it('refuses an upload without the token or as a form post', async () => {
    const headers = { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/octet-stream' };
    expect((await raw(host.port, { method: 'POST', path: '/api/upload', headers, body: 'x' })).status).toBe(401);
    const form = await raw(host.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { ...headers, Authorization: `Bearer ${token}`, 'Content-Type': 'multipart/form-data; boundary=x' },
      body: 'x',
    });
    expect(form.status).toBe(400);
  });

  it('refuses the event stream without the token', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/events`);
    expect(response.status).toBe(401);
  });
});
