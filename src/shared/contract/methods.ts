import type { z } from 'zod';
import { appMethods } from './app';
import { askMethods } from './ask';
import { authMethods } from './auth';
import { costGuardMethods } from './cost-guard';
import { demoMethods } from './demo';
import { exploreMethods } from './explore';
import { exploreAiMethods } from './explore-ai';
import { exportMethods } from './export';
import { forecastMethods } from './forecast';
import { importMethods } from './import-methods';
import type { MethodName } from './names';
import { networkMethods } from './network';
import { queryMethods } from './query';
import { reportMethods } from './reports';
import { sourceMethods } from './sources';

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** Every call the renderer can make, by name: input schema and output schema. */
export const methods = {
  ...appMethods,
  ...networkMethods,
  ...authMethods,
  ...sourceMethods,
  ...demoMethods,
  ...importMethods,
  ...queryMethods,
  ...exportMethods,
  ...reportMethods,
  ...costGuardMethods,
  ...askMethods,
  ...exploreMethods,
  ...exploreAiMethods,
  ...forecastMethods,
} as const satisfies Record<MethodName, MethodSpec>;

// The reverse direction of the check above: no schema without a listed name.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const methodNamesMatchSchemas: Exact<keyof typeof methods, MethodName> = true;

/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
/** What a handler receives after validation. */
export type MethodParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<(typeof methods)[M]['output']>;
