import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

import { ITransport, ITransportRequest, ITransportResponse } from './transport';

/** Proxy root on the Jupyter server, registered by the `stagesense_jupyter` server extension. */
export const PROXY_ROOT = 'stagesense';

/**
 * Transport over `ServerConnection.makeRequest`, which adds Jupyter's token/XSRF headers and the base URL of the
 * page's own Jupyter server. `signal` is passed through to `fetch`, which is what makes cancellation real: an aborted
 * request is dropped by the browser and by the proxy.
 */
export class JupyterTransport implements ITransport {
  constructor(private readonly settings: ServerConnection.ISettings = ServerConnection.makeSettings()) {}

  request(path: string, init: ITransportRequest): Promise<ITransportResponse> {
    const url = URLExt.join(this.settings.baseUrl, PROXY_ROOT, path);
    const headers: Record<string, string> = {};
    if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    // `no-cache` rather than Jupyter's default `no-store`, for which makeRequest appends a `?<timestamp>` cache
    // buster to the URL: the proxy would have to strip it before the StageSense API sees it.
    return ServerConnection.makeRequest(
      url,
      { method: init.method, body: init.body, signal: init.signal, headers, cache: 'no-cache' },
      this.settings
    );
  }
}
