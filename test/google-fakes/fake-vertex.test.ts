import { ApiError, GoogleGenAI } from '@google/genai';
import { OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeOAuth } from './fake-oauth';
import { startFakeVertexServer, type FakeVertexOptions, type FakeVertexServer } from './fake-vertex';

const servers: FakeVertexServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const sdk = (baseUrl: string, token = 'ya29.fake-test-token'): GoogleGenAI => {
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: token });
  return new GoogleGenAI({
    vertexai: true,
    project: 'aisle-test-project',
    location: 'us-central1',
    // The SDK's google-auth-library major differs from ours; the client works the same.
    googleAuthOptions: { authClient: authClient as never },
    httpOptions: { baseUrl },
  });
};

const start = async (options: FakeVertexOptions = {}) => {
  const server = await startFakeVertexServer(options);
  servers.push(server);
  return { server, fake: server.fake, ai: sdk(server.url) };
};

describe('fake Vertex AI (Gemini) server', () => {
  it('answers generateContent on the path the real SDK builds, and records what was sent', async () => {
    const { fake, ai } = await start();
    fake.enqueue({ json: { kind: 'refuse', message: 'No.' } });
    const response = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: [{ role: 'user', parts: [{ text: 'grounding' }, { text: 'the question' }] }],
      config: {
        systemInstruction: 'the rules',
        responseMimeType: 'application/json',
        responseJsonSchema: { type: 'object', properties: { kind: { type: 'string' } } },
        temperature: 0,
      },
    });
    expect(JSON.parse(response.text ?? '')).toEqual({ kind: 'refuse', message: 'No.' });
    expect(response.usageMetadata?.totalTokenCount).toBeGreaterThan(0);
    const [request] = fake.requests;
    expect(request).toMatchObject({
      method: 'generateContent',
      apiVersion: 'v1beta1',
      project: 'aisle-test-project',
      location: 'us-central1',
      model: 'gemini-2.5-flash',
      prompt: 'grounding\nthe question',
      system: 'the rules',
      authorized: true,
    });
    expect(request!.generationConfig).toMatchObject({
      responseMimeType: 'application/json',
      responseJsonSchema: { type: 'object', properties: { kind: { type: 'string' } } },
      temperature: 0,
    });
  });

  it('streams a text answer as server-sent events that the SDK reads chunk by chunk', async () => {
    const { fake, ai } = await start();
    fake.enqueue({ chunks: ['Revenue ', 'rose ', 'in November.'] });
    const pieces: string[] = [];
    const stream = await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'Say something' });
    for await (const chunk of stream) pieces.push(chunk.text ?? '');
    expect(pieces).toEqual(['Revenue ', 'rose ', 'in November.']);
    expect(fake.requests[0]?.method).toBe('streamGenerateContent');
  });

  it('cuts a text reply into pieces for a stream', async () => {
    const { fake, ai } = await start();
    fake.on(() => true, { text: 'A longer answer in a few pieces.' });
    const pieces: string[] = [];
    for await (const chunk of await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'x' })) {
      pieces.push(chunk.text ?? '');
    }
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe('A longer answer in a few pieces.');
  });

  it('uses queued answers for the requests they match, before standing rules', async () => {
    const { fake, ai } = await start();
    fake.on(() => true, { text: 'rule' });
    fake.enqueue({ text: 'for dresses' }, (request) => request.prompt.includes('dresses'));
    const ask = async (text: string): Promise<string> =>
      (await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: text })).text ?? '';
    expect(await ask('about tops')).toBe('rule');
    expect(await ask('about dresses')).toBe('for dresses');
    expect(await ask('about dresses again')).toBe('rule');
  });

  it('answers scripted errors in Google’s error shape, and 500 when nothing is scripted', async () => {
    const { fake, ai } = await start();
    fake.enqueue({ error: 403, reason: 'SERVICE_DISABLED', message: 'Vertex AI API has not been used in project.' });
    fake.enqueue({ error: 429 });
    const call = () => ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' });
    const denied = await call().catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(ApiError);
    expect((denied as ApiError).status).toBe(403);
    expect(JSON.parse((denied as ApiError).message)).toMatchObject({
      error: { code: 403, status: 'PERMISSION_DENIED', details: [{ reason: 'SERVICE_DISABLED' }] },
    });
    expect(((await call().catch((error: unknown) => error)) as ApiError).status).toBe(429);
    const unscripted = (await call().catch((error: unknown) => error)) as ApiError;
    expect(unscripted.status).toBe(500);
    expect(unscripted.message).toContain('nothing scripted');
  });

  it('accepts only the tokens its authorize check accepts (composed with the OAuth fake)', async () => {
    const oauth = createFakeOAuth();
    const { server, fake } = await start({ authorize: (header) => oauth.isAuthorized(header) });
    fake.on(() => true, { text: 'hello' });
    const refused = await sdk(server.url, 'ya29.not-issued')
      .models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' })
      .catch((error: unknown) => error);
    expect((refused as ApiError).status).toBe(401);
    expect(fake.requests[0]?.authorized).toBe(false);
    expect(oauth.state.authorizationChecks).toEqual([{ token: 'ya29.not-issued', accepted: false }]);
  });

  it('refuses a response schema without the JSON MIME type, as Vertex does', async () => {
    const { server, fake } = await start();
    fake.on(() => true, { text: 'unused' });
    const response = await fetch(
      `${server.url}/v1beta1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent`,
      {
        method: 'POST',
        headers: { Authorization: 'Bearer ya29.x', 'Content-Type': 'application/json' },
        body: JSON.stringify({ contents: [], generationConfig: { responseJsonSchema: { type: 'object' } } }),
      },
    );
    expect(response.status).toBe(400);
  });
});
