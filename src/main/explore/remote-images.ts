import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthClient } from 'google-auth-library';
import { fetchImageToCache } from '../bigquery-ai';
import { AisleError } from '../core/aisle-error';
import { imageMime } from './image-store';

const GOOGLE_STORAGE = 'https://storage.googleapis.com';

export interface RemoteImagesOptions {
  /** `<dataDir>/image-cache`: downloaded images, kept for offline review. */
  cacheDir: string;
  /** The signed-in session's client, for gs:// objects read with the user's own access. */
  authClient: () => AuthClient;
  /** Cloud Storage JSON API base (AISLE_STORAGE_API_ENDPOINT in tests); Google's by default. */
  storageEndpoint?: string;
  /** Plain http to this computer: only when Google's endpoints are loopback fakes (tests). */
  allowLoopback?: boolean;
}

/** gs://bucket/path/to/object → the JSON API's media URL for it. */
export const storageMediaUrl = (uri: string, endpoint = GOOGLE_STORAGE): string => {
  const match = /^gs:\/\/([a-z0-9][a-z0-9._-]{1,220})\/(.+)$/i.exec(uri);
  if (!match?.[1] || !match[2])
    throw new AisleError('invalid_input', `"${uri.slice(0, 80)}" is not a gs://bucket/object link.`);
  return `${endpoint}/storage/v1/b/${encodeURIComponent(match[1])}/o/${encodeURIComponent(match[2])}?alt=media`;
};

/**
 * Product images that live outside the data folder (gs:// objects, https links), downloaded by
 * main and kept on disk: the window never fetches them, and they still show offline. A gs://
 * image is read through the signed URL a BigQuery AI run returned for it when there is one
 * (OBJ.GET_ACCESS_URL), otherwise through Cloud Storage with the user's own sign-in.
 */
export class RemoteImages {
  readonly #options: RemoteImagesOptions;
  readonly #signed = new Map<string, string>();
  readonly #indexPath: string;
  #index: Record<string, string> | null = null;

  constructor(options: RemoteImagesOptions) {
    this.#options = options;
    this.#indexPath = join(options.cacheDir, 'index.json');
  }

  /** Remembers a signed read URL for a gs:// object (valid for hours), so the next fetch needs no credentials. */
  rememberSignedUrl(uri: string, url: string): void {
    this.#signed.set(uri, url);
  }

  #readIndex(): Record<string, string> {
    if (this.#index) return this.#index;
    try {
      this.#index = JSON.parse(readFileSync(this.#indexPath, 'utf8')) as Record<string, string>;
    } catch {
      this.#index = {};
    }
    return this.#index;
  }

  async #fetchWithSignIn(uri: string, allowLoopback: boolean): Promise<string> {
    const client = this.#options.authClient();
    const headers = await client.getRequestHeaders();
    const fetchImpl: typeof fetch = (input, init) => fetch(input, { ...init, headers });
    return fetchImageToCache(storageMediaUrl(uri, this.#options.storageEndpoint), this.#options.cacheDir, {
      fetchImpl,
      allowLoopback,
    });
  }

  async fetch(uri: string): Promise<{ path: string; mime: string; cached: boolean }> {
    const index = this.#readIndex();
    const known = index[uri];
    if (known !== undefined && existsSync(join(this.#options.cacheDir, known))) {
      const path = join(this.#options.cacheDir, known);
      return { path, mime: imageMime(path) ?? 'image/png', cached: true };
    }
    const allowLoopback = this.#options.allowLoopback === true;
    let path: string;
    if (/^https?:\/\//i.test(uri)) {
      path = await fetchImageToCache(uri, this.#options.cacheDir, { allowLoopback });
    } else {
      const signed = this.#signed.get(uri);
      const viaSignedUrl =
        signed === undefined
          ? null
          : await fetchImageToCache(signed, this.#options.cacheDir, { allowLoopback }).catch(() => {
              // Signed links expire after hours: forget it and read with the user's own sign-in.
              this.#signed.delete(uri);
              return null;
            });
      path = viaSignedUrl ?? (await this.#fetchWithSignIn(uri, allowLoopback));
    }
    index[uri] = path.slice(this.#options.cacheDir.length + 1);
    mkdirSync(this.#options.cacheDir, { recursive: true });
    writeFileSync(this.#indexPath, JSON.stringify(index));
    return { path, mime: imageMime(path) ?? 'image/png', cached: false };
  }
}
