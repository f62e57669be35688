import { events, type EventMessage, type EventName, type EventPayload } from '../../shared/contract';

type Listener = (message: EventMessage) => void;

/** Main's single source of events; both shells subscribe and forward to their renderers. */
export class EventBus {
  readonly #listeners = new Set<Listener>();

  /** Validates the payload against the contract, so a bad event fails where it is made. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = events[name].parse(payload) as EventPayload<E>;
    const message = { name, payload: checked } as EventMessage;
    for (const listener of this.#listeners) listener(message);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }
}
