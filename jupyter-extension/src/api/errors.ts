/**
 * Why a StageSense call failed, sorted by what the UI does about it: `unavailable` and `timeout` flip the quiet status
 * indicator, `stale` is our own cancellation (never a failure), the rest are answers about this one request.
 */
export type ServiceErrorKind =
  | 'unavailable'
  | 'timeout'
  | 'stale'
  | 'not-found'
  | 'bad-request'
  | 'server';

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
    readonly status?: number
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  /** Whether the failure says something about the server's health rather than about the request. */
  get affectsHealth(): boolean {
    return this.kind === 'unavailable' || this.kind === 'timeout';
  }
}

/**
 * Maps an HTTP answer to an error kind. Only the Jupyter proxy's own replies say the StageSense server is not
 * there: they carry its `state` (down/starting) or, for a server that answers too slowly, 504 with state ready.
 * A 503 from the StageSense server itself (an endpoint whose optional model is not shipped) is about that request.
 */
export function kindForStatus(status: number, body?: unknown): ServiceErrorKind {
  const state = body && typeof body === 'object' ? (body as Record<string, unknown>).state : undefined;
  if (status === 404) {
    return 'not-found';
  }
  if (status >= 502 && status <= 504 && (state === 'down' || state === 'starting')) {
    return 'unavailable';
  }
  if (status === 504 && state === 'ready') {
    return 'timeout';
  }
  if (status >= 400 && status < 500) {
    return 'bad-request';
  }
  return 'server';
}

/**
 * Pulls the server's message out of an error body, or falls back: `{"message": ...}` from the proxy,
 * `{"error": ..., "reason": ...}` from the StageSense server (reason says why an endpoint is unavailable).
 */
export function messageFromBody(body: unknown, fallback: string): string {
  if (!body || typeof body !== 'object') {
    return fallback;
  }
  const record = body as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' && record[key] ? (record[key] as string) : '');
  const message = text('message') || text('error');
  const reason = text('reason');
  if (message && reason) {
    return `${message} (${reason})`;
  }
  return message || reason || fallback;
}
