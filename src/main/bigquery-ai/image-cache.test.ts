import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../../../test/google-fakes/fake-bigquery-ai';
import { AisleError } from '../core/aisle-error';
import { bigQueryAi, folder, server, useFakeShop } from './bigquery-ai.fixture';
import { fetchImageToCache, imageCacheKey, MAX_IMAGE_BYTES } from './image-cache';

/** The fake serves its signed URLs on 127.0.0.1. */
const LOOPBACK = { allowLoopback: true } as const;

useFakeShop();

const failure = async (promise: Promise<unknown>): Promise<AisleError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AisleError);
    return error as AisleError;
  }
  throw new Error('expected the call to fail');
};

const signed = (object: string, signature = 'abc123'): string =>
  `${server.url}/signed/${object}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Expires=21600&X-Goog-Signature=${signature}`;

describe('fetchImageToCache', () => {
  it('downloads the signed URL BigQuery returned once, then reads the disk even when the signature changes', async () => {
    const ai = bigQueryAi();
    const [first] = (await ai.run('imageAttributes', { productId: '102' })).rows;
    const cacheDir = join(folder, 'images');
    const path = await fetchImageToCache(first!.accessUrl!, cacheDir, LOOPBACK);
    expect(path).toBe(join(cacheDir, `${imageCacheKey(first!.accessUrl!)}.png`));
    expect(readFileSync(path)).toEqual(TINY_PNG);
    expect(server.fake.ai.objectFetches).toEqual(['aisle-shop-images/jeans/navy-plain-front.png']);

    // A later query signs the same object differently: same file, no request.
    const [again] = (await ai.run('imageAttributes', { productId: '102' }, { refresh: true })).rows;
    expect(again!.accessUrl).not.toBe(first!.accessUrl);
    expect(await fetchImageToCache(again!.accessUrl!, cacheDir, LOOPBACK)).toBe(path);
    expect(server.fake.ai.objectFetches).toHaveLength(1);
    expect(readdirSync(cacheDir)).toEqual([`${imageCacheKey(first!.accessUrl!)}.png`]);
  });

  it('uses the fetch it is given, and none for a cached object', async () => {
    const requested: string[] = [];
    const counting: typeof fetch = (input, init) => {
      requested.push(input instanceof Request ? input.url : input.toString());
      return fetch(input, init);
    };
    const cacheDir = join(folder, 'images');
    await fetchImageToCache(signed('shop/a.png', 'one'), cacheDir, { fetchImpl: counting, allowLoopback: true });
    await fetchImageToCache(signed('shop/a.png', 'two'), cacheDir, { fetchImpl: counting, allowLoopback: true });
    expect(requested).toHaveLength(1);
  });

  it('refuses what is not an image, and keeps nothing', async () => {
    server.fake.ai.objects.set('shop/page.png', {
      contentType: 'text/html; charset=utf-8',
      body: Buffer.from('<html>'),
    });
    const cacheDir = join(folder, 'images');
    const error = await failure(fetchImageToCache(signed('shop/page.png'), cacheDir, LOOPBACK));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('The link did not return an image (it returned text/html); Aisle keeps images only.');
    expect(() => readdirSync(cacheDir)).toThrow();
  });

  it('refuses images over 10 MB', async () => {
    server.fake.ai.objects.set('shop/huge.png', { contentType: 'image/png', body: Buffer.alloc(MAX_IMAGE_BYTES + 1) });
    const error = await failure(fetchImageToCache(signed('shop/huge.png'), join(folder, 'images'), LOOPBACK));
    expect(error.message).toMatch(/larger than 10 MB/);
  });

  it('says to run the task again when the signed link was refused', async () => {
    const error = await failure(fetchImageToCache(`${server.url}/signed/shop/a.png`, join(folder, 'images'), LOOPBACK));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/signed links expire after a few hours, so run the image task again/);
  });

  it('downloads over https only (plain http only from this machine), before any request', async () => {
    const requested: string[] = [];
    const never: typeof fetch = (input) => {
      requested.push(input instanceof Request ? input.url : input.toString());
      return Promise.reject(new Error('no'));
    };
    expect(
      (await failure(fetchImageToCache('http://example.com/a.png', folder, { fetchImpl: never, allowLoopback: true })))
        .message,
    ).toMatch(/https only/);
    expect(
      (await failure(fetchImageToCache('file:///etc/passwd', folder, { fetchImpl: never, allowLoopback: true })))
        .message,
    ).toMatch(/https only/);
    expect(
      (await failure(fetchImageToCache('not a url', folder, { fetchImpl: never, allowLoopback: true }))).message,
    ).toMatch(/not a valid URL/);
    expect(requested).toEqual([]);
  });

  it('keys signed URLs by object, and any other URL whole', () => {
    expect(imageCacheKey('https://storage.googleapis.com/b/o.png?X-Goog-Signature=1')).toBe(
      imageCacheKey('https://storage.googleapis.com/b/o.png?X-Goog-Signature=2&X-Goog-Date=3'),
    );
    expect(imageCacheKey('https://cdn.example.com/image?id=1')).not.toBe(
      imageCacheKey('https://cdn.example.com/image?id=2'),
    );
  });

  it('refuses plain http to this computer unless the caller allows it', async () => {
    const error = await failure(fetchImageToCache(signed('shop/a.png'), join(folder, 'loopback')));
    expect(error.message).toMatch(/https only/);
  });
});
