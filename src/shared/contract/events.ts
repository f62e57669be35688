import { z } from 'zod';
import { AuthState } from './auth';
import { JobProgress } from './jobs';
import type { EventName } from './names';
import { NetworkStatus } from './network';
import { NavigateRequest } from './ui';

/** Every event main pushes to the renderer, by name, with its payload schema. */
export const events = {
  'job.progress': JobProgress,
  'network.status': NetworkStatus,
  'auth.state': AuthState,
  /** The consent page a browser sign-in opened, so the UI can offer the link when no browser appeared. */
  'auth.consent': z.object({ url: z.url() }),
  'ui.navigate': NavigateRequest,
} as const satisfies Record<EventName, z.ZodType>;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const eventNamesMatchSchemas: Exact<keyof typeof events, EventName> = true;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** One event as it travels: a union over the names, so checking `name` narrows `payload`. */
export type EventMessage = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
