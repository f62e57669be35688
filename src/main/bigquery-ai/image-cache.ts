/**
 * Product images behind signed URLs (OBJ.GET_ACCESS_URL), downloaded by main, never by the
 * renderer, and kept on disk so they show offline and after the URL expires. The file is named
 * after the object (the URL without its query string, which holds the signature and changes on
 * every query), so a second call for the same object reads the disk and makes no request.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AisleError } from '../core/aisle-error';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};
const KNOWN_EXTENSIONS = [...new Set([...Object.values(EXTENSIONS), 'img'])];

/** Query parameters of a signed Cloud Storage URL: they change on every signing, the object does not. */
const SIGNATURE_PARAMETER = /^(?:x-goog-|googleaccessid$|signature$|expires$)/i;

/**
 * The cache key of an image URL: a signed URL's object (origin and path, its signature
 * dropped); any other URL whole, since `?id=1` and `?id=2` may be different pictures.
 */
export const imageCacheKey = (url: string): string => {
  const parsed = new URL(url);
  const signed = [...parsed.searchParams.keys()].some((key) => SIGNATURE_PARAMETER.test(key));
  return createHash('sha256')
    .update(signed ? `${parsed.origin}${parsed.pathname}` : parsed.href)
    .digest('hex');
};

/** The cached file for a URL, if it was downloaded before. */
export const cachedImagePath = (url: string, cacheDir: string): string | null => {
  const key = imageCacheKey(url);
  for (const extension of KNOWN_EXTENSIONS) {
    const path = join(cacheDir, `${key}.${extension}`);
    if (existsSync(path)) return path;
  }
  return null;
};

/** https only; plain http to this computer only when the caller allows it (loopback test fakes). */
const checkUrl = (url: string, allowLoopback: boolean): URL => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AisleError('invalid_input', 'The image link is not a valid URL.');
  }
  const loopback = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback && allowLoopback)) {
    throw new AisleError('invalid_input', 'Aisle downloads product images over https only.');
  }
  return parsed;
};

const readCapped = async (response: Response): Promise<Buffer> => {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_IMAGE_BYTES) {
      await reader.cancel();
      throw new AisleError('invalid_input', 'The image is larger than 10 MB; Aisle does not keep images that big.');
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
};

/**
 * Downloads the image a (signed) URL points at into `cacheDir` and returns the file's path; a
 * second call for the same object returns the cached file without a request. Refuses anything
 * that is not `image/*` or is over 10 MB. Written to a temporary file and renamed, so a crash
 * never leaves half an image under the final name.
 */
export interface FetchImageOptions {
  fetchImpl?: typeof fetch;
  /** Allow plain http to 127.0.0.1/localhost: only where Google's endpoints are loopback fakes (tests). */
  allowLoopback?: boolean;
}

export const fetchImageToCache = async (
  url: string,
  cacheDir: string,
  { fetchImpl = fetch, allowLoopback = false }: FetchImageOptions = {},
): Promise<string> => {
  const parsed = checkUrl(url, allowLoopback);
  const cached = cachedImagePath(url, cacheDir);
  if (cached) return cached;
  let response: Response;
  try {
    response = await fetchImpl(parsed, { redirect: 'error' });
  } catch (error) {
    throw new AisleError('unavailable', 'Could not download the product image; check the network and try again.', {
      cause: error,
    });
  }
  if (!response.ok) {
    await response.body?.cancel();
    const expired = response.status === 400 || response.status === 403;
    throw new AisleError(
      expired ? 'forbidden' : 'unavailable',
      expired
        ? `The image link was refused (HTTP ${response.status}); signed links expire after a few hours, so run the image task again for fresh ones.`
        : `Could not download the product image (HTTP ${response.status}).`,
    );
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!contentType.startsWith('image/')) {
    await response.body?.cancel();
    throw new AisleError(
      'invalid_input',
      `The link did not return an image (it returned ${contentType || 'no content type'}); Aisle keeps images only.`,
    );
  }
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_IMAGE_BYTES) {
    await response.body?.cancel();
    throw new AisleError('invalid_input', 'The image is larger than 10 MB; Aisle does not keep images that big.');
  }
  const body = await readCapped(response);
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, `${imageCacheKey(url)}.${EXTENSIONS[contentType] ?? 'img'}`);
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, body);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return path;
};
