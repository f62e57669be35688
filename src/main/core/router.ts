import {
  describeIssues,
  issuePath,
  methodNames,
  methods,
  type MethodParsedInput,
  type MethodName,
  type MethodOutput,
  type ResultEnvelope,
} from '../../shared/contract';
import { AisleError, toErrorPayload } from './aisle-error';

/** What a handler knows about the call besides its input. */
export interface CallContext {
  /** Which shell the call came through. */
  transport: 'ipc' | 'http' | 'cli';
}

/** A handler receives the parsed input (defaults applied) and returns the reply. */
export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  context: CallContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

/** A handler map for some of the methods: one per domain folder. */
export type HandlerMap<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

export interface Router {
  invoke(method: string, input: unknown, context: CallContext): Promise<ResultEnvelope<unknown>>;
}

const isMethodName = (name: string): name is MethodName => (methodNames as readonly string[]).includes(name);

/**
 * Validates the input, runs the handler and validates its output. Every failure comes back as
 * an error envelope: the transports never see a throw.
 */
export const createRouter = (handlers: HandlerMap, log: (message: string, error?: unknown) => void): Router => ({
  async invoke(method, rawInput, context) {
    try {
      if (!isMethodName(method)) {
        throw new AisleError('unknown_method', `Aisle has no call named "${method}".`);
      }
      const spec = methods[method];
      const parsedInput = spec.input.safeParse(rawInput ?? {});
      if (!parsedInput.success) {
        const first = parsedInput.error.issues[0];
        throw new AisleError(
          'invalid_input',
          `The request to ${method} is not valid: ${describeIssues(parsedInput.error.issues)}.`,
          first ? { field: issuePath(first) } : undefined,
        );
      }
      // The map type ties each name to its handler; TypeScript cannot follow that through a
      // union-typed key, so the call goes through one widened signature.
      const handler = handlers[method] as (input: unknown, context: CallContext) => unknown;
      const output: unknown = await handler(parsedInput.data, context);
      const parsedOutput = spec.output.safeParse(output);
      if (!parsedOutput.success) {
        log(`${method} returned a value that breaks the contract: ${describeIssues(parsedOutput.error.issues)}`);
        throw new AisleError(
          'invalid_output',
          `Aisle produced an unexpected reply for ${method}. This is a bug; the log has the details.`,
        );
      }
      return { ok: true, value: parsedOutput.data };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error, (e) => log(`${method} failed`, e)) };
    }
  },
});
