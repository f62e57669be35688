import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageStore } from './image-store';

describe('the image store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-image-store-'));
  mkdirSync(join(dir, 'images'));
  writeFileSync(join(dir, 'images', 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'notes.txt'), 'not an image');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads images in the data folder as data URLs', async () => {
    const store = new ImageStore({ dataDir: dir });
    const { dataUrl } = await store.dataUrl('images/a.svg');
    expect(dataUrl).toBe(
      `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`,
    );
  });

  it('refuses paths outside the folder, other schemes and files that are not images', async () => {
    const store = new ImageStore({ dataDir: dir });
    await expect(store.dataUrl('../etc/passwd.png')).rejects.toThrow(/outside the data folder/);
    await expect(store.dataUrl('/etc/passwd')).rejects.toThrow(/does not load images/);
    await expect(store.dataUrl('file:///etc/passwd')).rejects.toThrow(/does not load images/);
    await expect(store.dataUrl('notes.txt')).rejects.toThrow(/not an image/);
    await expect(store.dataUrl('images/missing.svg')).rejects.toThrow(/missing/);
  });

  it('sends remote images through the remote fetcher, and says when there is none', async () => {
    const without = new ImageStore({ dataDir: dir });
    await expect(without.dataUrl('https://cdn.example.com/a.png')).rejects.toThrow(/cannot load images from outside/);
    const withFetcher = new ImageStore({
      dataDir: dir,
      fetchRemote: () => Promise.resolve({ path: join(dir, 'images', 'a.svg'), mime: 'image/svg+xml', cached: true }),
    });
    expect((await withFetcher.dataUrl('gs://bucket/a.svg')).cached).toBe(true);
  });
});
