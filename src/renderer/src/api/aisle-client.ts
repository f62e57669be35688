import {
  events,
  methods,
  type ErrorPayload,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type ResultEnvelope,
} from '../../../shared/contract';

/** How a call physically travels: IPC in Electron, HTTP in web mode. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke(method: MethodName, input: unknown): Promise<ResultEnvelope<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Makes a picked file readable by main and returns its path there. */
  fileToPath(file: File): Promise<string>;
  /** Hands a finished export to the person as a download; false where main saved it to disk only. */
  downloadExport(fileName: string): Promise<boolean>;
}

/** A failed call, carrying the message main wrote for the user. */
export class AisleCallError extends Error {
  readonly code: ErrorPayload['code'];
  readonly field: string | undefined;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'AisleCallError';
    this.code = payload.code;
    this.field = payload.field;
  }
}

export interface AisleClient {
  readonly transport: Transport['kind'];
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  fileToPath(file: File): Promise<string>;
  downloadExport(fileName: string): Promise<boolean>;
}

/** Typed calls over either transport; replies and events are checked against the contract too. */
export const createAisleClient = (transport: Transport): AisleClient => ({
  transport: transport.kind,
  async call(method, input) {
    const envelope = await transport.invoke(method, input);
    if (!envelope.ok) throw new AisleCallError(envelope.error);
    return methods[method].output.parse(envelope.value) as MethodOutput<typeof method>;
  },
  fileToPath: (file) => transport.fileToPath(file),
  downloadExport: (fileName) => transport.downloadExport(fileName),
  on(event, listener) {
    return transport.on(event, (payload) => {
      const parsed = events[event].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
    });
  },
});
