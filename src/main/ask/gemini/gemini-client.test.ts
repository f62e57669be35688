import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AisleError } from '../../core/aisle-error';
import { createGemini } from './gemini-client';
import { startGemini, TEST_PROJECT, TEST_TOKEN } from './gemini-test-setup';

const Answer = z.object({ kind: z.literal('fact'), value: z.number().min(0) }).strict();

const failure = async (promise: Promise<unknown>): Promise<AisleError> => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AisleError);
  return error as AisleError;
};

/** Everything a failure could show or log, for the token check. */
const surfaces = (error: AisleError, logs: readonly string[]): string =>
  [error.message, String(error), JSON.stringify(error.toPayload()), error.stack ?? '', ...logs].join('\n');

describe('createGemini (real @google/genai against the Vertex fake)', () => {
  it('sends a structured-output request to the Vertex path for the project, location and model, and validates the JSON', async () => {
    const { gemini, fake } = await startGemini();
    fake.enqueue({ json: { kind: 'fact', value: 42 } });
    const answer = await gemini.generateJson({ system: 'rules', prompt: ['part one', 'part two'], schema: Answer });
    expect(answer).toEqual({ kind: 'fact', value: 42 });
    const [request] = fake.requests;
    expect(request).toMatchObject({
      project: TEST_PROJECT,
      location: 'us-central1',
      model: 'gemini-2.5-flash',
      apiVersion: 'v1beta1',
      prompt: 'part one\npart two',
      system: 'rules',
    });
    expect(request!.generationConfig['responseMimeType']).toBe('application/json');
    expect(request!.generationConfig['temperature']).toBe(0);
    // The zod schema as Vertex's JSON schema: literals as enums, no keywords Vertex ignores.
    expect(request!.generationConfig['responseJsonSchema']).toEqual({
      type: 'object',
      properties: { kind: { type: 'string', enum: ['fact'] }, value: { type: 'number', minimum: 0 } },
      required: ['kind', 'value'],
      additionalProperties: false,
      propertyOrdering: ['kind', 'value'],
    });
  });

  it('uses the model and location it is given', async () => {
    const { gemini, fake } = await startGemini({ model: 'gemini-2.5-pro', location: 'europe-west4' });
    fake.enqueue({ text: 'hi' });
    expect(await gemini.generateText({ prompt: 'hello' })).toBe('hi');
    expect(fake.requests[0]).toMatchObject({ model: 'gemini-2.5-pro', location: 'europe-west4' });
  });

  it('turns JSON that does not fit the schema into invalid_output, never a crash', async () => {
    const { gemini, fake } = await startGemini();
    fake.enqueue({ json: { kind: 'fact', value: -1 } });
    fake.enqueue({ text: 'not json at all' });
    const wrongShape = await failure(gemini.generateJson({ prompt: 'x', schema: Answer }));
    expect(wrongShape.code).toBe('invalid_output');
    expect(wrongShape.message).toContain('value');
    expect((await failure(gemini.generateJson({ prompt: 'x', schema: Answer }))).code).toBe('invalid_output');
  });

  it('streams text chunks over server-sent events', async () => {
    const { gemini, fake } = await startGemini();
    fake.enqueue({ chunks: ['Dresses ', 'led ', 'revenue.'] });
    const pieces: string[] = [];
    for await (const piece of gemini.streamText({ prompt: 'summarise' })) pieces.push(piece);
    expect(pieces).toEqual(['Dresses ', 'led ', 'revenue.']);
    expect(fake.requests[0]?.method).toBe('streamGenerateContent');
  });

  it('says how to fix a 403: enable the Vertex AI API in the project and grant Vertex AI User', async () => {
    const { gemini, fake, logs } = await startGemini();
    fake.enqueue({ error: 403 });
    const error = await failure(gemini.generateText({ prompt: 'x' }));
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain(`Enable the Vertex AI API in project ${TEST_PROJECT}`);
    expect(error.message).toContain('Vertex AI User (roles/aiplatform.user)');
    expect(surfaces(error, logs)).not.toContain(TEST_TOKEN);
  });

  it('tells a disabled API and a missing scope apart from a missing role', async () => {
    const { gemini, fake } = await startGemini();
    fake.enqueue({
      error: 403,
      reason: 'SERVICE_DISABLED',
      message: 'Vertex AI API has not been used in project 123 before or it is disabled.',
    });
    fake.enqueue({
      error: 403,
      reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      message: 'Request had insufficient authentication scopes.',
    });
    const disabled = await failure(gemini.generateText({ prompt: 'x' }));
    expect(disabled.message).toContain('enable the Vertex AI API (aiplatform.googleapis.com)');
    const scope = await failure(gemini.generateText({ prompt: 'x' }));
    expect(scope.message).toContain('sign in again');
  });

  it('names the model and location on a 404, and says to wait on a 429', async () => {
    const { gemini, fake } = await startGemini({ model: 'gemini-9-ultra', location: 'asia-south1' });
    fake.enqueue({ error: 404 });
    fake.enqueue({ error: 429 });
    const missing = await failure(gemini.generateText({ prompt: 'x' }));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toContain('"gemini-9-ultra" is not available in asia-south1');
    const quota = await failure(gemini.generateText({ prompt: 'x' }));
    expect(quota.code).toBe('unavailable');
    expect(quota.message).toMatch(/quota .* used up/);
  });

  it('retries a 500 once when allowed, and reports a lasting one as unavailable', async () => {
    const { gemini, fake } = await startGemini({ attempts: 2 });
    fake.enqueue({ error: 500 });
    fake.enqueue({ text: 'second time lucky' });
    expect(await gemini.generateText({ prompt: 'x' })).toBe('second time lucky');
    expect(fake.requests).toHaveLength(2);
    const { gemini: once, fake: other } = await startGemini();
    other.enqueue({ error: 503 });
    const error = await failure(once.generateText({ prompt: 'x' }));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('HTTP 503 UNAVAILABLE');
  });

  it('hands a 401 to the auth service and asks to sign in again', async () => {
    const heard: unknown[] = [];
    const { url } = await startGemini();
    const { OAuth2Client } = await import('google-auth-library');
    const stale = new OAuth2Client();
    stale.setCredentials({ access_token: 'ya29.stale-token-not-accepted' });
    const gemini = createGemini({
      authClient: () => stale,
      project: TEST_PROJECT,
      baseUrl: url,
      onAuthFailure: (error) => {
        heard.push(error);
        return true;
      },
    });
    const error = await failure(gemini.generateText({ prompt: 'x' }));
    expect(error.code).toBe('unauthorized');
    expect(heard).toHaveLength(1);
    expect(error.message).not.toContain('ya29.stale');
  });

  it('passes the signed-out error through without sending anything', async () => {
    const { url, fake } = await startGemini();
    const gemini = createGemini({
      authClient: () => {
        throw new AisleError('unauthorized', 'Sign in to Google first.');
      },
      project: TEST_PROJECT,
      baseUrl: url,
    });
    const error = await failure(gemini.generateJson({ prompt: 'x', schema: Answer }));
    expect(error.code).toBe('unauthorized');
    expect(fake.requests).toHaveLength(0);
  });

  it('reports an unreachable endpoint as unavailable', async () => {
    const { url } = await startGemini();
    const { authClient } = await startGemini();
    const closed = url.replace(/:\d+$/, ':1');
    const gemini = createGemini({ authClient: () => authClient, project: TEST_PROJECT, baseUrl: closed, attempts: 1 });
    const error = await failure(gemini.generateText({ prompt: 'x' }));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('cannot reach Gemini');
  });

  it('says when Gemini declines to answer, and when the caller cancels', async () => {
    const { gemini, fake } = await startGemini();
    fake.enqueue({ finishReason: 'SAFETY' });
    expect((await failure(gemini.generateText({ prompt: 'x' }))).message).toContain(
      'declined to answer this question (SAFETY)',
    );
    const controller = new AbortController();
    controller.abort();
    expect((await failure(gemini.generateText({ prompt: 'x', signal: controller.signal }))).code).toBe('cancelled');
  });

  it('never shows or logs a token, even when the server echoes one back', async () => {
    const { gemini, fake, logs } = await startGemini();
    fake.enqueue({ error: 400, message: `Bad header Authorization: Bearer ${TEST_TOKEN}` });
    fake.enqueue((request) => ({ error: 400, message: `echo ${request.prompt} ${TEST_TOKEN}` }));
    for (let round = 0; round < 2; round += 1) {
      const error = await failure(gemini.generateText({ prompt: 'x' }));
      expect(error.code).toBe('unavailable');
      expect(surfaces(error, logs)).not.toContain(TEST_TOKEN);
      expect(error.message).toContain('[redacted]');
    }
  });
});
