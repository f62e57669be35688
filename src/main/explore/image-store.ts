import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { AisleError } from '../core/aisle-error';

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
};

/** Larger files are refused rather than sent to the window as one data URL. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export const imageMime = (path: string): string | null => MIME_BY_EXTENSION[extname(path).toLowerCase()] ?? null;

export interface RemoteImageFetcher {
  /** Path of the cached file for a remote image (http(s) or gs://), fetched once and kept on disk. */
  (uri: string): Promise<{ path: string; mime: string; cached: boolean }>;
}

export interface ImageStoreOptions {
  dataDir: string;
  /** Remote images (signed URLs, gs:// objects); without it only images in the data folder load. */
  fetchRemote?: RemoteImageFetcher;
}

/**
 * Product images for the renderer, as data URLs: the window never fetches an image itself
 * (no network or file access from the renderer). Relative URIs are files in the data folder
 * (the demo store draws its images there); remote ones go through main's disk cache.
 */
export class ImageStore {
  readonly #options: ImageStoreOptions;
  readonly #root: string;

  constructor(options: ImageStoreOptions) {
    this.#options = options;
    this.#root = resolve(options.dataDir);
  }

  async dataUrl(uri: string): Promise<{ dataUrl: string; cached: boolean }> {
    if (/^(?:https?|gs):\/\//i.test(uri)) {
      if (!this.#options.fetchRemote) {
        throw new AisleError('unavailable', 'This copy of Aisle cannot load images from outside its data folder.');
      }
      const fetched = await this.#options.fetchRemote(uri);
      return { dataUrl: await this.#encode(fetched.path, fetched.mime), cached: fetched.cached };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || isAbsolute(uri)) {
      throw new AisleError('invalid_input', `Aisle does not load images from "${uri.slice(0, 60)}".`, { field: 'uri' });
    }
    const path = resolve(this.#root, uri);
    const inside = relative(this.#root, path);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      throw new AisleError('invalid_input', 'That image is outside the data folder.', { field: 'uri' });
    }
    const mime = imageMime(path);
    if (mime === null)
      throw new AisleError('invalid_input', `"${uri.slice(0, 60)}" is not an image file.`, { field: 'uri' });
    return { dataUrl: await this.#encode(path, mime), cached: true };
  }

  async #encode(path: string, mime: string): Promise<string> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      throw new AisleError(
        'not_found',
        'This image is missing from the data folder; regenerating the demo store redraws it.',
      );
    }
    if (bytes.length > MAX_IMAGE_BYTES) throw new AisleError('invalid_input', 'This image is larger than 10 MB.');
    return `data:${mime};base64,${bytes.toString('base64')}`;
  }
}
