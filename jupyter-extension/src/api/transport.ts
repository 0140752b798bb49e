/**
 * How the front-end reaches the StageSense server: always through its own Jupyter server's `/stagesense/` proxy
 * (same origin, Jupyter's auth and XSRF), never directly, so the StageSense token stays on the server side.
 */
export interface ITransportRequest {
  method: 'GET' | 'POST';
  body?: string;
  signal?: AbortSignal;
}

/** The part of a fetch `Response` the client reads. */
export interface ITransportResponse {
  readonly status: number;
  text(): Promise<string>;
}

export interface ITransport {
  /** `path` is relative to the proxy root, e.g. `v1/complete` or `status`. */
  request(path: string, init: ITransportRequest): Promise<ITransportResponse>;
}
