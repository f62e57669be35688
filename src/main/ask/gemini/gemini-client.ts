import {
  FinishReason,
  GoogleGenAI,
  type GenerateContentConfig,
  type GenerateContentResponse,
  type GoogleGenAIOptions,
} from '@google/genai';
import type { AuthClient } from 'google-auth-library';
import type { z } from 'zod';
import { describeIssues } from '../../../shared/contract/validation';
import { AisleError } from '../../core/aisle-error';
import { toGeminiError, type GeminiTarget } from './gemini-errors';
import { toGeminiSchema } from './gemini-schema';

type SdkAuthClient = NonNullable<NonNullable<GoogleGenAIOptions['googleAuthOptions']>['authClient']>;

export const DEFAULT_GEMINI_MODEL = 'gemini-2.5-flash';
export const DEFAULT_GEMINI_LOCATION = 'us-central1';
const DEFAULT_TIMEOUT_SECONDS = 60;

export interface GeminiOptions {
  /** The signed-in credentials (AuthService.client()); throws AisleError 'unauthorized' when signed out. */
  authClient: () => AuthClient;
  /** The Google Cloud project Vertex AI bills (the billing project). */
  project: string;
  /** Vertex AI location; 'us-central1' unless said. */
  location?: string | undefined;
  /** AISLE_GEMINI_API_ENDPOINT (GoogleEndpoints.gemini): another base URL, for the loopback fake or a private endpoint. */
  baseUrl?: string | undefined;
  /** 'gemini-2.5-flash' unless said. */
  model?: string | undefined;
  /** Seconds one call may take (default 60). */
  timeoutSeconds?: number | undefined;
  /** Attempts for a call that fails with a 5xx, the first included (default 2; 1 = no retry). */
  attempts?: number | undefined;
  /** AuthService.handleAuthFailure: hears every failure, true when the sign-in is dead. */
  onAuthFailure?: ((error: unknown) => boolean) | undefined;
  /** Lines for the stderr log; never holds a token, a prompt or an answer. */
  log?: ((message: string) => void) | undefined;
}

/** What one call sends: system instructions, the prompt's parts, and sampling. */
export interface GeminiRequest {
  /** Rules the model follows (the systemInstruction). */
  system?: string | undefined;
  /** The prompt as text parts of one user turn. */
  prompt: string | readonly string[];
  /** 0 (the default) for readings that should not vary between runs. */
  temperature?: number | undefined;
  maxOutputTokens?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface GeminiJsonRequest<S extends z.ZodType> extends GeminiRequest {
  /** The answer's shape: sent as the structured-output schema, and checked again on arrival. */
  schema: S;
  /** A JSON schema to send instead of the one derived from `schema` (a narrower one); the answer is still parsed with `schema`. */
  jsonSchema?: Record<string, unknown> | undefined;
}

/** The few things Aisle asks of Gemini, over @google/genai in Vertex AI mode. */
export interface Gemini {
  readonly target: GeminiTarget;
  /** A JSON answer constrained to `schema`, parsed and validated with it (AisleError 'invalid_output' when it does not fit). */
  generateJson<S extends z.ZodType>(request: GeminiJsonRequest<S>): Promise<z.output<S>>;
  /** A plain text answer. */
  generateText(request: GeminiRequest): Promise<string>;
  /** A plain text answer as it is written (Vertex's server-sent events stream). */
  streamText(request: GeminiRequest): AsyncIterable<string>;
}

/** Finish reasons that mean the model would not answer, not that the answer is complete. */
const declined = new Set<string>([
  FinishReason.SAFETY,
  FinishReason.RECITATION,
  FinishReason.BLOCKLIST,
  FinishReason.PROHIBITED_CONTENT,
  FinishReason.SPII,
  FinishReason.IMAGE_SAFETY,
]);

const declinedError = (reason: string): AisleError =>
  new AisleError(
    'unavailable',
    `Gemini declined to answer this question (${reason}). Rephrase it, or ask without Gemini.`,
  );

/** The answer's text, or an error that says why there is none. */
const textOf = (response: GenerateContentResponse, needComplete: boolean): string => {
  const blocked = response.promptFeedback?.blockReason;
  if (blocked) throw declinedError(blocked);
  const candidate = response.candidates?.[0];
  const reason = candidate?.finishReason;
  if (reason && declined.has(reason)) throw declinedError(reason);
  if (needComplete && reason === FinishReason.MAX_TOKENS) {
    throw new AisleError(
      'invalid_output',
      'Gemini’s answer was cut off before it was complete. Ask a narrower question.',
    );
  }
  const text = response.text;
  if (text === undefined || text.trim() === '') {
    throw new AisleError('invalid_output', 'Gemini sent an empty answer. Try again, or ask without Gemini.');
  }
  return text;
};

const parts = (prompt: string | readonly string[]): { text: string }[] =>
  (typeof prompt === 'string' ? [prompt] : prompt).map((text) => ({ text }));

/**
 * Gemini through `@google/genai` with `vertexai: true`: the person's own Google credentials
 * (the AuthClient the BigQuery client uses), billed to their project. Every failure becomes an
 * AisleError that says what to do (enable the API, grant the role, wait for quota); tokens never
 * appear in errors or logs.
 */
export const createGemini = (options: GeminiOptions): Gemini => {
  const target: GeminiTarget = {
    project: options.project,
    location: options.location ?? DEFAULT_GEMINI_LOCATION,
    model: options.model ?? DEFAULT_GEMINI_MODEL,
  };
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const attempts = Math.max(1, options.attempts ?? 2);
  // One SDK client per credentials object: a new sign-in gets a new one.
  let cached: { auth: AuthClient; ai: GoogleGenAI } | null = null;

  const client = (): GoogleGenAI => {
    const auth = options.authClient();
    if (cached?.auth === auth) return cached.ai;
    const ai = new GoogleGenAI({
      vertexai: true,
      project: target.project,
      location: target.location,
      // The SDK bundles its own google-auth-library major (10, ours is 11), so the class types
      // differ; the SDK only calls getRequestHeaders(), which both majors' clients share.
      googleAuthOptions: { authClient: auth as unknown as SdkAuthClient },
      httpOptions: {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        timeout: timeoutSeconds * 1000,
        retryOptions: { attempts, initialDelay: 0.5, maxDelay: 4, httpStatusCodes: [500, 502, 503, 504] },
      },
    });
    cached = { auth, ai };
    return ai;
  };

  const config = (request: GeminiRequest): GenerateContentConfig => ({
    temperature: request.temperature ?? 0,
    ...(request.system ? { systemInstruction: request.system } : {}),
    ...(request.maxOutputTokens ? { maxOutputTokens: request.maxOutputTokens } : {}),
    ...(request.signal ? { abortSignal: request.signal } : {}),
  });

  const fail = (error: unknown, signal: AbortSignal | undefined): AisleError =>
    toGeminiError(error, {
      target,
      signal,
      timeoutSeconds,
      onAuthFailure: options.onAuthFailure,
      log: options.log,
    });

  const generate = async (request: GeminiRequest, extra: GenerateContentConfig): Promise<GenerateContentResponse> => {
    if (request.signal?.aborted) throw new AisleError('cancelled', 'The question was cancelled.');
    try {
      return await client().models.generateContent({
        model: target.model,
        contents: [{ role: 'user', parts: parts(request.prompt) }],
        config: { ...config(request), ...extra },
      });
    } catch (error) {
      throw fail(error, request.signal);
    }
  };

  return {
    target,

    async generateJson<S extends z.ZodType>(request: GeminiJsonRequest<S>): Promise<z.output<S>> {
      const response = await generate(request, {
        responseMimeType: 'application/json',
        responseJsonSchema: request.jsonSchema ?? toGeminiSchema(request.schema),
      });
      const text = textOf(response, true);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new AisleError('invalid_output', 'Gemini’s answer was not the JSON Aisle asked for. Try again.');
      }
      const parsed = request.schema.safeParse(value);
      if (!parsed.success) {
        throw new AisleError(
          'invalid_output',
          `Gemini’s answer did not fit what Aisle asked for (${describeIssues(parsed.error.issues)}).`,
        );
      }
      return parsed.data;
    },

    async generateText(request: GeminiRequest): Promise<string> {
      return textOf(await generate(request, {}), false);
    },

    async *streamText(request: GeminiRequest): AsyncIterable<string> {
      if (request.signal?.aborted) throw new AisleError('cancelled', 'The question was cancelled.');
      let wrote = false;
      try {
        const stream = await client().models.generateContentStream({
          model: target.model,
          contents: [{ role: 'user', parts: parts(request.prompt) }],
          config: config(request),
        });
        for await (const chunk of stream) {
          const blocked = chunk.promptFeedback?.blockReason;
          const reason = chunk.candidates?.[0]?.finishReason;
          if (blocked) throw declinedError(blocked);
          if (reason && declined.has(reason)) throw declinedError(reason);
          const text = chunk.text;
          if (text) {
            wrote = true;
            yield text;
          }
        }
      } catch (error) {
        throw fail(error, request.signal);
      }
      if (!wrote)
        throw new AisleError('invalid_output', 'Gemini sent an empty answer. Try again, or ask without Gemini.');
    },
  };
};
