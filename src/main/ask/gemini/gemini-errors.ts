import { ApiError } from '@google/genai';
import { classifyAuthFailure, describeGoogleError, isNetworkError } from '../../auth/auth-failure';
import { AisleError } from '../../core/aisle-error';
import { redactSecrets } from '../../core/redact-secrets';

/** Where a Gemini call went: what an error message needs to say what to fix. */
export interface GeminiTarget {
  project: string;
  location: string;
  model: string;
}

/** What Vertex AI put in an error body: `{error:{code, message, status, details:[{reason}]}}`. */
interface VertexProblem {
  status: number;
  /** PERMISSION_DENIED, RESOURCE_EXHAUSTED, … */
  code: string | null;
  /** SERVICE_DISABLED, ACCESS_TOKEN_SCOPE_INSUFFICIENT, … */
  reason: string | null;
  message: string;
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;

const machineCode = /^[A-Z][A-Z0-9_]{1,63}$/;

/** The SDK's ApiError carries the response body, as JSON text, in its message. */
const problemOf = (error: ApiError): VertexProblem => {
  let body: Record<string, unknown> | null = null;
  try {
    body = record(record(JSON.parse(error.message))?.['error']);
  } catch {
    // A body that is not JSON (a proxy's HTML page): only the status says anything.
  }
  const code = body?.['status'];
  const details = Array.isArray(body?.['details']) ? (body['details'] as unknown[]) : [];
  const reason = details.map((detail) => record(detail)?.['reason']).find((value) => typeof value === 'string');
  const message = body?.['message'];
  return {
    status: error.status,
    code: typeof code === 'string' && machineCode.test(code) ? code : null,
    reason: typeof reason === 'string' && machineCode.test(reason) ? reason : null,
    message: typeof message === 'string' ? message : '',
  };
};

/** Google's own words, made safe to show: no token shapes, one line, short. */
const quoted = (message: string): string => {
  const line = redactSecrets(message).replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

const STILL_OFFLINE = 'The offline interpreter still answers meanwhile.';

const forbidden = (problem: VertexProblem, target: GeminiTarget): AisleError => {
  const text = problem.message.toLowerCase();
  if (problem.reason === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' || text.includes('insufficient authentication scopes')) {
    return new AisleError(
      'forbidden',
      'Your Google sign-in does not allow Gemini: sign out, then sign in again and allow access to Google Cloud (the cloud-platform scope).',
    );
  }
  if (problem.reason === 'SERVICE_DISABLED' || /has not been used|is disabled|not been enabled/.test(text)) {
    return new AisleError(
      'forbidden',
      `Gemini is not switched on in project ${target.project}: enable the Vertex AI API (aiplatform.googleapis.com) there ` +
        `and give your account Vertex AI User (roles/aiplatform.user), or choose another billing project in Settings > Google account. ${STILL_OFFLINE}`,
    );
  }
  if (problem.reason === 'BILLING_DISABLED' || text.includes('billing')) {
    return new AisleError(
      'forbidden',
      `Project ${target.project} has no billing account, which Gemini needs: link one in the Google Cloud console, or choose another billing project in Settings > Google account. ${STILL_OFFLINE}`,
    );
  }
  return new AisleError(
    'forbidden',
    `Gemini refused access in project ${target.project}. Enable the Vertex AI API in project ${target.project} ` +
      `and give your account Vertex AI User (roles/aiplatform.user), or choose another billing project in Settings > Google account. ${STILL_OFFLINE}`,
  );
};

const fromApiError = (problem: VertexProblem, target: GeminiTarget): AisleError => {
  const label = [`HTTP ${problem.status}`, problem.code].filter(Boolean).join(' ');
  switch (true) {
    case problem.status === 401:
      return new AisleError(
        'unauthorized',
        'Sign in to Google again: your sign-in has expired or was revoked. Cached results stay available.',
      );
    case problem.status === 403:
      return forbidden(problem, target);
    case problem.status === 404:
      return new AisleError(
        'not_found',
        `The Gemini model "${target.model}" is not available in ${target.location} for project ${target.project}. ` +
          'Pick another model or location (gemini-2.5-flash is offered in us-central1 and most regions).',
      );
    case problem.status === 429:
      return new AisleError(
        'unavailable',
        `Gemini's quota in project ${target.project} is used up for the moment (${target.model} in ${target.location}). ` +
          `Wait a minute and ask again, or request a higher Vertex AI quota for the project. ${STILL_OFFLINE}`,
      );
    case problem.status >= 500:
      return new AisleError(
        'unavailable',
        `Gemini is having trouble right now (${label}). Try again in a moment. ${STILL_OFFLINE}`,
      );
    default:
      return new AisleError(
        'unavailable',
        `Gemini could not take the request (${label}${problem.message ? `: ${quoted(problem.message)}` : ''}). ${STILL_OFFLINE}`,
      );
  }
};

export interface GeminiErrorContext {
  target: GeminiTarget;
  /** The caller's signal: its abort means the person cancelled. */
  signal?: AbortSignal | undefined;
  /** Seconds a call may take before it is given up. */
  timeoutSeconds: number;
  /** Hears every failure first; true when it means the sign-in is dead (AuthService.handleAuthFailure). */
  onAuthFailure?: ((error: unknown) => boolean) | undefined;
  log?: ((message: string) => void) | undefined;
}

/**
 * Any failure of a Gemini call as an AisleError whose message says what to do. Nothing from the
 * request (headers, tokens, the prompt) is ever quoted; from the response only Google's status
 * codes and, for a rejected request, its message with token shapes redacted.
 */
export const toGeminiError = (error: unknown, context: GeminiErrorContext): AisleError => {
  if (error instanceof AisleError) return error;
  if (context.signal?.aborted) return new AisleError('cancelled', 'The question was cancelled.');
  const { target } = context;
  // The auth service signs out dead credentials; a refresh refused or a 401 means sign in again either way.
  if (context.onAuthFailure?.(error) === true || classifyAuthFailure(error) !== null) {
    return new AisleError(
      'unauthorized',
      'Sign in to Google again: your sign-in has expired or was revoked. Cached results stay available.',
    );
  }
  if (error instanceof ApiError) return fromApiError(problemOf(error), target);
  const name = record(error)?.['name'];
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new AisleError(
      'unavailable',
      `Gemini did not answer within ${context.timeoutSeconds} s. Try again, or ask a simpler question. ${STILL_OFFLINE}`,
    );
  }
  const message = record(error)?.['message'];
  if (isNetworkError(error) || (error instanceof TypeError && message === 'fetch failed')) {
    return new AisleError(
      'unavailable',
      `Aisle cannot reach Gemini (Vertex AI in ${target.location}); check your connection. ${STILL_OFFLINE}`,
    );
  }
  context.log?.(`Gemini call failed unexpectedly (${describeGoogleError(error)})`);
  return new AisleError('unavailable', `Gemini failed unexpectedly; the log has the details. ${STILL_OFFLINE}`);
};
