import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthClient } from 'google-auth-library';
import { RemoteImages, storageMediaUrl } from './remote-images';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A stand-in for Cloud Storage and signed URLs: counts requests and checks the bearer token. */
describe('remote product images', () => {
  let server: Server;
  let base: string;
  const requests: { path: string; authorization: string | undefined }[] = [];
  let dir: string;
  const authClient = {
    getRequestHeaders: () => Promise.resolve(new Headers({ authorization: 'Bearer user-token' })),
  } as unknown as AuthClient;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
      if (req.url?.startsWith('/storage/v1/b/shop-images/o/')) {
        if (req.headers.authorization !== 'Bearer user-token') return void res.writeHead(401).end();
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      }
      if (req.url?.startsWith('/signed/')) return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      if (req.url?.startsWith('/expired/')) return void res.writeHead(403).end();
      if (req.url === '/page.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'aisle-remote-images-'));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a gs:// object with the user’s sign-in once, then from disk, also after a restart', async () => {
    const images = new RemoteImages({
      cacheDir: dir,
      authClient: () => authClient,
      storageEndpoint: base,
      allowLoopback: true,
    });
    const first = await images.fetch('gs://shop-images/coats/puffer front.png');
    expect(first).toMatchObject({ mime: 'image/png', cached: false });
    expect(requests.at(-1)).toEqual({
      path: '/storage/v1/b/shop-images/o/coats%2Fpuffer%20front.png?alt=media',
      authorization: 'Bearer user-token',
    });
    const count = requests.length;
    expect((await images.fetch('gs://shop-images/coats/puffer front.png')).cached).toBe(true);
    const restarted = new RemoteImages({
      cacheDir: dir,
      authClient: () => authClient,
      storageEndpoint: base,
      allowLoopback: true,
    });
    expect((await restarted.fetch('gs://shop-images/coats/puffer front.png')).path).toBe(first.path);
    expect(requests.length).toBe(count);
  });

  it('uses a signed URL from BigQuery when it has one, with no credentials', async () => {
    const images = new RemoteImages({
      cacheDir: dir,
      allowLoopback: true,
      authClient: () => {
        throw new Error('not signed in');
      },
    });
    images.rememberSignedUrl('gs://shop-images/dress.png', `${base}/signed/shop-images/dress.png?X-Goog-Signature=abc`);
    const fetched = await images.fetch('gs://shop-images/dress.png');
    expect(fetched.cached).toBe(false);
    expect(requests.at(-1)).toEqual({
      path: '/signed/shop-images/dress.png?X-Goog-Signature=abc',
      authorization: undefined,
    });
  });

  it('falls back to the sign-in when a remembered signed URL has expired', async () => {
    const images = new RemoteImages({
      cacheDir: dir,
      authClient: () => authClient,
      storageEndpoint: base,
      allowLoopback: true,
    });
    images.rememberSignedUrl('gs://shop-images/skirt.png', `${base}/expired/skirt.png?X-Goog-Signature=old`);
    const fetched = await images.fetch('gs://shop-images/skirt.png');
    expect(fetched.cached).toBe(false);
    expect(requests.at(-1)).toEqual({
      path: '/storage/v1/b/shop-images/o/skirt.png?alt=media',
      authorization: 'Bearer user-token',
    });
  });

  it('refuses what is not an image and links that are not gs://bucket/object', async () => {
    const images = new RemoteImages({ cacheDir: dir, authClient: () => authClient, allowLoopback: true });
    await expect(images.fetch(`${base}/page.html`)).rejects.toThrow(/did not return an image/);
    expect(() => storageMediaUrl('gs://')).toThrow(/gs:\/\/bucket\/object/);
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(false);
  });
});
