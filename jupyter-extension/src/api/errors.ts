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

/** Maps an HTTP status from the proxy to an error kind: 502/503/504 mean the StageSense server is not there. */
export function kindForStatus(status: number): ServiceErrorKind {
  if (status === 404) {
    return 'not-found';
  }
  if (status === 502 || status === 503 || status === 504) {
    return 'unavailable';
  }
  if (status >= 400 && status < 500) {
    return 'bad-request';
  }
  return 'server';
}

/** Pulls the server's message out of an error body (`{"message": ...}` or `{"error": ...}`), or falls back. */
export function messageFromBody(body: unknown, fallback: string): string {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['message', 'error', 'reason']) {
      if (typeof record[key] === 'string' && record[key]) {
        return record[key] as string;
      }
    }
  }
  return fallback;
}
