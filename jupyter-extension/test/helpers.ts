import { ITransport, ITransportRequest, ITransportResponse } from '../src/api/transport';

export interface IRecordedRequest {
  path: string;
  method: string;
  body: unknown;
  signal?: AbortSignal;
}

type Handler = (request: IRecordedRequest) => Promise<ITransportResponse> | ITransportResponse;

/** A response as the Jupyter proxy would send it. */
export function json(status: number, body: unknown): ITransportResponse {
  return { status, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
}

/**
 * A transport that records what the client sends and answers through `handler`; it rejects when the request's
 * signal is aborted, as `fetch` does.
 */
export class RecordingTransport implements ITransport {
  readonly requests: IRecordedRequest[] = [];

  constructor(public handler: Handler) {}

  request(path: string, init: ITransportRequest): Promise<ITransportResponse> {
    const recorded: IRecordedRequest = {
      path,
      method: init.method,
      body: init.body === undefined ? undefined : JSON.parse(init.body),
      signal: init.signal
    };
    this.requests.push(recorded);
    return new Promise((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new TypeError('aborted')));
      Promise.resolve(this.handler(recorded)).then(resolve, reject);
    });
  }
}

/** A handler whose answers the test releases by hand, to hold requests "in flight"; `release` answers the newest. */
export function held(): { handler: Handler; release: (response: ITransportResponse) => void } {
  const waiting: Array<(response: ITransportResponse) => void> = [];
  return {
    handler: () => new Promise(resolve => waiting.push(resolve)),
    release: response => waiting.pop()?.(response)
  };
}
